"use client";

import { useState } from "react";
import { SubmitButton } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { Switch } from "@/components/ui/switch";
import { useActionForm } from "@/components/ui/use-action-form";
import { createApiKey } from "./actions";

type Group = { label: string; permissions: { key: string; label: string; description: string }[] };

/** `groups`: the permissions the person holds, by category; a key may use only those. */
export function CreateKeyForm({ orgId, groups, defaultDays, maxDays }: { orgId: string; groups: Group[]; defaultDays: number; maxDays: number }) {
  const form = useActionForm(createApiKey);
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const state = form.state;
  // The new key's secret, in this answer only.
  const token = state?.ok && "token" in state && typeof state.token === "string" ? state.token : null;
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const toggle = (key: string, on: boolean) =>
    setChosen((current) => {
      const next = new Set(current);
      if (on) next.add(key);
      else next.delete(key);
      return next;
    });
  return (
    <form onSubmit={form.onSubmit} className="space-y-4">
      <input type="hidden" name="orgId" value={orgId} />
      <Field
        label="Key name"
        name="name"
        required
        maxLength={60}
        autoComplete="off"
        hint="Say where it is used, for example “CI role sync”."
        errors={errors?.name}
      />
      <Field
        label="Expires after (days)"
        name="expiresInDays"
        type="number"
        inputMode="numeric"
        min={1}
        max={maxDays}
        defaultValue={defaultDays}
        required
        hint={`At most ${maxDays} days.`}
        errors={errors?.expiresInDays}
      />
      <fieldset>
        <legend className="text-sm font-medium text-slate-800">Permissions the key may use</legend>
        <p className="text-xs text-slate-600">Only permissions you hold. If you lose one later, the key loses it too.</p>
        {errors?.permissions && <p className="mt-1 text-sm text-red-700">{errors.permissions.join(" ")}</p>}
        {groups.map((group) => (
          <div key={group.label} className="mt-2">
            <p className="text-xs font-semibold uppercase tracking-wide text-slate-600">{group.label}</p>
            {group.permissions.map((p) => (
              <Switch
                key={p.key}
                label={p.label}
                description={p.description}
                name="permissions"
                value={p.key}
                checked={chosen.has(p.key)}
                onCheckedChange={(on) => toggle(p.key, on)}
              />
            ))}
          </div>
        ))}
      </fieldset>
      <FormStatus state={form.state} />
      {token && (
        <div className="rounded-md border border-amber-300 bg-amber-50 p-3">
          <Field
            label="Your new API key"
            name="token"
            readOnly
            value={token}
            spellCheck={false}
            className="font-mono"
            hint="Copy it now: Switchboard keeps only a hash and cannot show it again."
          />
        </div>
      )}
      <SubmitButton pending={form.pending} pendingText="Creating…">
        Create API key
      </SubmitButton>
    </form>
  );
}
