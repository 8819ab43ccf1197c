"use client";

import { useEffect, useRef } from "react";
import { SubmitButton } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";
import { MESSAGE_MAX } from "@/lib/messaging/limits";
import { createTemplate, updateTemplate } from "../actions";

type Props = { mode: "create"; orgId: string } | { mode: "edit"; template: { id: string; name: string; body: string; version: number } };

/** Name and text of a template; editing sends the version it was opened at. */
export function TemplateForm(props: Props) {
  const { state, pending, onSubmit } = useActionForm(props.mode === "create" ? createTemplate : updateTemplate);
  const form = useRef<HTMLFormElement>(null);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const existing = props.mode === "edit" ? props.template : null;

  useEffect(() => {
    if (state?.ok && props.mode === "create") form.current?.reset();
  }, [state, props.mode]);

  return (
    <form ref={form} onSubmit={onSubmit} className="space-y-3" aria-label={existing ? `Template ${existing.name}` : "New template"}>
      {existing ? (
        <>
          <input type="hidden" name="templateId" value={existing.id} />
          <input type="hidden" name="version" value={existing.version} />
        </>
      ) : (
        <input type="hidden" name="orgId" value={props.mode === "create" ? props.orgId : ""} />
      )}
      <Field label="Name" name="name" defaultValue={existing?.name} limit={60} required errors={errors?.name} />
      <Field label="Text" name="body" multiline rows={3} defaultValue={existing?.body} limit={MESSAGE_MAX} required errors={errors?.body} />
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton pending={pending} pendingText="Saving…" variant={existing ? "secondary" : "primary"}>
          {existing ? "Save template" : "Create template"}
        </SubmitButton>
        <FormStatus state={state} className="min-w-0 flex-1" />
      </div>
    </form>
  );
}
