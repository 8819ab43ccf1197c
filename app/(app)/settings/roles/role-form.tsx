"use client";

import { useEffect, useState } from "react";
import { useRouter } from "next/navigation";
import { Button, SubmitButton } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";
import { useLeaveGuard } from "@/components/ui/use-leave-guard";
import { CATEGORIES, sortPermissions, type Permission } from "@/lib/authz/permissions";
import { describeRoleChanges, rebaseRoleEdits, type RoleFields } from "@/lib/roles/rebase";
import { createRole, updateRole } from "./actions";
import { PermissionCategory } from "./_components/permission-category";
import { useSaveRoleConfirmation } from "./_components/save-role-confirmation";
import { FormPanel, FormSection } from "@/components/ui/form-section";
import { ROLE_DESCRIPTION_MAX, ROLE_NAME_MAX } from "@/lib/roles/limits";

type RoleFormProps = {
  mode: "create" | "edit";
  initial: { name: string; description: string; permissions: Permission[] };
  /** What the person saving holds: only these can be granted. */
  grantable: Permission[];
  roleId?: string;
  version?: number;
  duplicatedFromId?: string;
  /** The template a new role starts from, recorded as its origin. */
  template?: string;
  /** Members holding the role: when any, Save Role first shows what each gains and loses. */
  memberCount?: number;
};

export function RoleForm({ mode, initial, grantable, roleId, version, duplicatedFromId, template, memberCount = 0 }: RoleFormProps) {
  const { state, pending, onSubmit } = useActionForm(mode === "create" ? createRole : updateRole);
  // Controlled fields: a refused save keeps everything the person entered.
  const [name, setName] = useState(initial.name);
  const [description, setDescription] = useState(initial.description);
  const [permissions, setPermissions] = useState<Set<Permission>>(new Set(initial.permissions));
  const [announcement, setAnnouncement] = useState("");
  // What the edits started from. The page's props are the latest saved version: when they move
  // on and differ from the form, someone else saved meanwhile.
  const [base, setBase] = useState<{ version?: number; fields: RoleFields }>({ version, fields: initial });
  const [rebasedFrom, setRebasedFrom] = useState<typeof state>(null);
  const router = useRouter();
  const mine: RoleFields = { name, description, permissions: sortPermissions(permissions) };
  if (version !== base.version && sameFields(initial, mine)) setBase({ version, fields: initial });
  const stale = version !== base.version;
  useLeaveGuard(!sameFields(base.fields, mine), "Leave this page? Your changes to this role are not saved.");
  // Refused as stale: fetch the latest version, which the page hands back as props.
  useEffect(() => {
    if (state && !state.ok && state.code === "conflict") router.refresh();
  }, [state, router]);

  function applyOnLatest() {
    const merged = rebaseRoleEdits(base.fields, mine, initial);
    setName(merged.name);
    setDescription(merged.description);
    setPermissions(new Set(merged.permissions));
    setBase({ version, fields: initial });
    setRebasedFrom(state);
    setAnnouncement("Your changes are applied to the latest version. Review them, then Save Role.");
  }

  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const canGrant = new Set(grantable);
  const tooLong = name.trim().length > ROLE_NAME_MAX || description.trim().length > ROLE_DESCRIPTION_MAX;
  const { formRef, intercept, checking, dialog } = useSaveRoleConfirmation(mode === "edit" && memberCount > 0, initial.name);

  function change(next: Set<Permission>, message: string) {
    setAnnouncement(message);
    setPermissions(next);
  }

  return (
    // Too long: straight to Save Role, whose refusal names the field; the impact preview would only stop short.
    <form ref={formRef} onSubmit={(e) => (tooLong ? onSubmit(e) : intercept(e) || onSubmit(e))} className="space-y-6" noValidate>
      {roleId && <input type="hidden" name="roleId" value={roleId} />}
      {base.version !== undefined && <input type="hidden" name="version" value={base.version} />}
      {stale && <ChangedUnderneath lines={describeRoleChanges(base.fields, initial)} onApply={applyOnLatest} />}
      {duplicatedFromId && <input type="hidden" name="duplicatedFromId" value={duplicatedFromId} />}
      {template && <input type="hidden" name="template" value={template} />}
      <FormPanel columns>
        <Field
          label="Name"
          name="name"
          required
          limit={ROLE_NAME_MAX}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          errors={errors?.name}
          hint='Name it after a job function, e.g. "QA Supervisor" or "Regional Manager".'
        />
        <Field
          label="Description"
          name="description"
          multiline
          limit={ROLE_DESCRIPTION_MAX}
          value={description}
          onChange={(e) => setDescription(e.currentTarget.value)}
          errors={errors?.description}
          hint={`Optional. Up to ${ROLE_DESCRIPTION_MAX} characters.`}
        />
      </FormPanel>

      <FormSection
        title="Permissions"
        description={`${permissions.size} turned on. Turning a permission on also turns on what it needs; turning one off also turns off what depends on it.`}
        errors={errors?.permissions}
        className="space-y-4"
      >
        <p role="status" aria-live="polite" className="min-h-5 text-sm text-brand-700">
          {announcement}
        </p>
        {CATEGORIES.map((category) => (
          <PermissionCategory key={category.key} category={category} selected={permissions} canGrant={canGrant} onChange={change} />
        ))}
      </FormSection>

      <div className="sticky bottom-0 flex flex-wrap items-center gap-4 border-t border-slate-200 bg-slate-50/95 py-3">
        <SubmitButton pending={pending || checking} pendingText="Saving…">
          Save Role
        </SubmitButton>
        <FormStatus state={state === rebasedFrom ? null : state} className="min-w-0 flex-1" />
        {dialog}
      </div>
    </form>
  );
}

const sameFields = (a: RoleFields, b: RoleFields) =>
  a.name.trim() === b.name.trim() &&
  a.description.trim() === b.description.trim() &&
  a.permissions.length === b.permissions.length &&
  a.permissions.every((p) => b.permissions.includes(p));

function ChangedUnderneath({ lines, onApply }: { lines: string[]; onApply: () => void }) {
  return (
    <section aria-labelledby="changed-underneath" className="rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950">
      <h2 id="changed-underneath" className="font-semibold">
        Someone saved this role while you were editing
      </h2>
      <p className="mt-1">Your edits are kept below. What changed underneath:</p>
      <ul aria-label="Changed underneath" className="mt-1 list-disc pl-5">
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <Button type="button" variant="secondary" className="mt-3" onClick={onApply}>
        Apply my changes to the latest version
      </Button>
    </section>
  );
}
