"use client";

import { Field } from "@/components/ui/field";
import { SecretForm, SwitchSet } from "@/components/ui/secret-form";
import { createApiKey } from "./actions";

type Group = { label: string; permissions: { key: string; label: string; description: string }[] };

const SECRET = { name: "token", label: "Your new API key", hint: "Copy it now: Switchboard keeps only a hash and cannot show it again." };

/** `groups`: the permissions the person holds, by category; a key may use only those. */
export function CreateKeyForm({ orgId, groups, defaultDays, maxDays }: { orgId: string; groups: Group[]; defaultDays: number; maxDays: number }) {
  return (
    <SecretForm action={createApiKey} orgId={orgId} secret={SECRET} submit={{ label: "Create API key", pendingText: "Creating…" }}>
      {(errors) => (
        <>
          <Field
            label="Key name"
            name="name"
            required
            limit={60}
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
                <SwitchSet name="permissions" options={group.permissions.map((p) => ({ value: p.key, label: p.label, description: p.description }))} />
              </div>
            ))}
          </fieldset>
        </>
      )}
    </SecretForm>
  );
}
