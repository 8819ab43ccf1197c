"use client";

import { useRef } from "react";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { Select } from "@/components/ui/select";
import { BULK_ASSIGN_FORM } from "./bulk-assign-form-id";
import { BulkAssignDialog, useBulkAssignReview } from "./bulk-assign-review";
import { roleOption } from "./role-option";

type Props = {
  roles: { id: string; name: string; unavailable?: string }[];
  /** How many members the current search and filter match ("400+ members"), which "Select all matching" covers. */
  matching: string;
  q: string;
  filterRoleId?: string;
};

/** Pick members, pick a role, review who gains and loses what, then confirm once. */
export function BulkAssignForm({ roles, matching, q, filterRoleId }: Props) {
  const formRef = useRef<HTMLFormElement>(null);
  const { review, pending, status, dialog } = useBulkAssignReview(() => formRef.current?.reset());

  return (
    <section aria-labelledby="bulk-assign-heading" className="mb-4 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="bulk-assign-heading" className="font-semibold">
        Change the role of several members
      </h2>
      <form
        id={BULK_ASSIGN_FORM}
        ref={formRef}
        onSubmit={(event) => {
          event.preventDefault();
          review(new FormData(event.currentTarget));
        }}
        className="mt-2 flex flex-wrap items-end gap-4"
      >
        <input type="hidden" name="q" value={q} />
        <input type="hidden" name="filterRoleId" value={filterRoleId ?? ""} />
        <p className="w-full text-sm text-slate-700">Tick members in the list below, or every member the search and filter match.</p>
        <div className="flex items-center gap-2 py-2 text-sm">
          <input id="bulk-all" type="checkbox" name="allMatching" value="1" aria-describedby="bulk-matching-count" className="h-4 w-4" />
          <label htmlFor="bulk-all">Select all matching</label>
          <span id="bulk-matching-count" className="text-slate-700">
            ({matching} match the search and filter)
          </span>
        </div>
        <Select label="New role" name="roleId" required defaultValue="" options={roles.map((role) => roleOption(role))}>
          <option value="" disabled>
            Choose a role
          </option>
        </Select>
        <Button type="submit" variant="secondary" disabled={pending} aria-busy={pending || undefined}>
          Review role change
        </Button>
        <FormStatus state={status} className="w-full" />
      </form>
      <BulkAssignDialog {...dialog} />
    </section>
  );
}
