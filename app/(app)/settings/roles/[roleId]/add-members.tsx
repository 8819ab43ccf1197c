"use client";

import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { BulkAssignDialog, useBulkAssignReview } from "../../team/_components/bulk-assign-review";

type Candidate = { id: string; name: string; email: string; roleName: string };

type Props = { roleId: string; roleName: string; candidates: Candidate[]; more: boolean };

/** Give this role to members picked here, through the team list's bulk change and its impact preview. */
export function AddMembers({ roleId, roleName, candidates, more }: Props) {
  const [open, setOpen] = useState(false);
  const [filter, setFilter] = useState("");
  const panelId = useId();
  const { review, pending, status, dialog } = useBulkAssignReview(() => setOpen(false));
  const needle = filter.trim().toLowerCase();
  const matches = (c: Candidate) => !needle || c.name.toLowerCase().includes(needle) || c.email.toLowerCase().includes(needle);

  return (
    <div className="mt-3">
      <Button variant="secondary" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen(!open)}>
        Add members
      </Button>
      <FormStatus state={status} className="mt-2" />
      {open && (
        <form
          id={panelId}
          aria-label={`Add members to ${roleName}`}
          onSubmit={(event) => {
            event.preventDefault();
            review(new FormData(event.currentTarget));
          }}
          className="mt-2 space-y-3 rounded-lg border border-slate-200 bg-white p-4"
        >
          <input type="hidden" name="roleId" value={roleId} />
          {candidates.length === 0 ? (
            <p className="text-sm text-slate-700">Everyone who could get this role here already has it. Owners change role on their own page.</p>
          ) : (
            <>
              <label className="block text-sm font-medium">
                Find a member
                <input
                  type="search"
                  value={filter}
                  onChange={(event) => setFilter(event.target.value)}
                  className="mt-1 block w-full max-w-sm rounded-md border border-slate-300 px-3 py-2 text-sm font-normal"
                />
              </label>
              <fieldset>
                <legend className="text-sm font-medium">Members to add</legend>
                <ul className="mt-1 max-h-72 divide-y divide-slate-100 overflow-y-auto rounded-md border border-slate-200 text-sm">
                  {candidates.map((c) => (
                    // Filtered out rows stay in the form (hidden), so a ticked member is not lost by narrowing the search.
                    <li key={c.id} hidden={!matches(c)} className="px-3 py-2">
                      <label className="flex items-start gap-2">
                        <input type="checkbox" name="memberIds" value={c.id} className="mt-0.5 h-4 w-4 shrink-0" />
                        <span className="min-w-0 break-words">
                          <span className="font-medium">{c.name}</span> <span className="text-slate-700">{c.email}</span>
                          <span className="block text-xs text-slate-700">Now: {c.roleName}</span>
                        </span>
                      </label>
                    </li>
                  ))}
                </ul>
              </fieldset>
              {more && <p className="text-sm text-slate-700">Only the first {candidates.length} members are listed: use Team Members for the rest.</p>}
              <Button type="submit" disabled={pending} aria-busy={pending || undefined}>
                Review adding members
              </Button>
            </>
          )}
        </form>
      )}
      <BulkAssignDialog {...dialog} />
    </div>
  );
}
