"use client";

import { useState } from "react";
import { Button, SubmitButton } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";
import type { ActionState } from "@/lib/action";
import { updateProfile } from "../actions";

type Profile = {
  id: string;
  name: string;
  email: string;
  title: string | null;
  extension: string | null;
  memberSince: string;
  /** The profile's version when loaded: the server refuses the edit if it changed since. */
  version: string;
};

/** The profile as read, and for those who may edit it, the same fields as a form. */
/** `managed`: provisioned by the directory, whose name and email are read-only here. */
export function ProfileCard({ profile, locked, managed = false }: { profile: Profile; locked?: string; managed?: boolean }) {
  const [editing, setEditing] = useState(false);
  const { state, pending, onSubmit } = useActionForm(async (previous: ActionState, data: FormData) => {
    const result = await updateProfile(previous, data);
    if (result.ok) setEditing(false);
    return result;
  });
  const errors = state && !state.ok ? state.fieldErrors : undefined;

  if (!editing) {
    return (
      <>
        {managed && <p className="mb-2 text-sm text-slate-700">Name and email: Managed by your directory.</p>}
        <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-2 text-sm">
          <dt className="text-slate-700">Name</dt>
          <dd>{profile.name}</dd>
          <dt className="text-slate-700">Email</dt>
          <dd className="break-all">{profile.email}</dd>
          <dt className="text-slate-700">Title</dt>
          <dd>{profile.title || "—"}</dd>
          <dt className="text-slate-700">Extension</dt>
          <dd>{profile.extension || "—"}</dd>
          <dt className="text-slate-700">Member since</dt>
          <dd>{profile.memberSince}</dd>
        </dl>
        <FormStatus state={state} className="mt-3" />
        {locked ? (
          <p className="mt-3 text-sm text-slate-700">{locked}</p>
        ) : (
          <Button variant="secondary" className="mt-3" onClick={() => setEditing(true)}>
            Edit profile
          </Button>
        )}
      </>
    );
  }

  return (
    <form onSubmit={onSubmit} className="space-y-3" noValidate>
      <input type="hidden" name="memberId" value={profile.id} />
      <input type="hidden" name="version" value={profile.version} />
      {/* Focus follows the click on Edit profile into the form it opened. */}
      {managed ? (
        <>
          <input type="hidden" name="name" value={profile.name} />
          <p className="text-sm">
            <span className="text-slate-700">Name:</span> {profile.name} <span className="text-slate-700">(Managed by your directory)</span>
          </p>
        </>
      ) : (
        // eslint-disable-next-line jsx-a11y/no-autofocus -- the form opens on a click of Edit profile, so focus follows it
        <Field label="Name" name="name" defaultValue={profile.name} required limit={80} autoComplete="off" autoFocus errors={errors?.name} />
      )}
      <Field label="Title" name="title" defaultValue={profile.title ?? ""} limit={80} autoComplete="off" errors={errors?.title} />
      <Field
        label="Extension"
        name="extension"
        defaultValue={profile.extension ?? ""}
        inputMode="numeric"
        maxLength={6}
        autoComplete="off"
        hint="2 to 6 digits, unique in your organisation. Leave empty for none."
        errors={errors?.extension}
      />
      <FormStatus state={state && !state.ok ? state : null} />
      <div className="flex flex-wrap gap-2">
        <SubmitButton pending={pending} pendingText="Saving…">
          Save profile
        </SubmitButton>
        <Button variant="secondary" onClick={() => setEditing(false)} disabled={pending}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
