"use client";

import { useState } from "react";
import { SubmitButton } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";
import { Select } from "@/components/ui/select";
import type { ActionState } from "@/lib/action";
import { inviteMember } from "../actions";
import { InviteLink } from "./invite-link";
import { roleOption } from "./role-option";

export type InviteRoleOption = { id: string; name: string; custom: boolean; unavailable?: string };

export function InviteMemberForm({ roles, defaultRoleId }: { roles: InviteRoleOption[]; defaultRoleId: string }) {
  const [email, setEmail] = useState("");
  const [roleId, setRoleId] = useState(defaultRoleId);
  // Shown once: the server keeps only its hash. It stays here until the next invitation.
  const [link, setLink] = useState<{ email: string; url: string } | null>(null);
  const { state, pending, onSubmit } = useActionForm(async (previous: ActionState, data: FormData) => {
    const result = await inviteMember(previous, data);
    if (result.ok && "inviteLink" in result && typeof result.inviteLink === "string") {
      const email = data.get("email");
      setLink({ email: typeof email === "string" ? email : "", url: result.inviteLink });
      setEmail("");
    }
    return result;
  });
  const errors = state && !state.ok ? state.fieldErrors : undefined;

  const groups = [
    { label: "Built-in roles", options: roles.filter((r) => !r.custom).map((r) => roleOption(r)) },
    { label: "Custom roles", options: roles.filter((r) => r.custom).map((r) => roleOption(r)) },
  ];
  return (
    <div className="space-y-3">
      <form onSubmit={onSubmit} className="flex flex-wrap items-start gap-3" noValidate>
        <div className="w-72 max-w-full">
          <Field
            label="Email address"
            name="email"
            type="email"
            autoComplete="off"
            required
            limit={254}
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
            errors={errors?.email}
          />
        </div>
        <Select label="Role" name="roleId" value={roleId} onChange={(e) => setRoleId(e.currentTarget.value)} errors={errors?.roleId} groups={groups} />
        <div className="sm:pt-6">
          <SubmitButton pending={pending} pendingText="Creating…">
            Create invitation
          </SubmitButton>
        </div>
      </form>
      <FormStatus state={state} />
      {link && <InviteLink key={link.url} email={link.email} link={link.url} />}
    </div>
  );
}
