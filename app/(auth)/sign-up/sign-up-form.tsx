"use client";

import Link from "next/link";
import { SubmitButton } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { NewPasswordFields } from "@/components/ui/new-password-fields";
import { useActionForm } from "@/components/ui/use-action-form";
import { signUpAction } from "./actions";
import { AuthLinks } from "@/components/auth-card";

export function SignUpForm() {
  const { state, pending, onSubmit } = useActionForm(signUpAction);
  if (state?.ok) {
    return (
      <div>
        <h1 className="text-xl font-semibold">Check your email</h1>
        <p role="status" className="mt-2 text-sm text-slate-800">
          {state.message}
        </p>
        <AuthLinks links={[{ href: "/sign-in", label: "Go to sign in" }]} />
      </div>
    );
  }
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <>
      <h1 className="text-xl font-semibold">Create your organisation</h1>
      <p className="mt-2 text-sm text-slate-700">Start with a 14-day Business trial, custom roles included. No card needed.</p>
      <form onSubmit={onSubmit} className="mt-4 space-y-4" noValidate>
        <Field label="Organisation name" name="orgName" autoComplete="organization" required limit={80} errors={errors?.orgName} />
        <Field label="Your name" name="name" autoComplete="name" required limit={80} errors={errors?.name} />
        <Field label="Work email" name="email" type="email" autoComplete="username" required errors={errors?.email} />
        <NewPasswordFields name="password" label="Password" confirmLabel="Confirm password" errors={errors} />
        <FormStatus state={state && !state.ok ? state : null} />
        <SubmitButton pending={pending} pendingText="Creating your organisation…" className="w-full">
          Create organisation
        </SubmitButton>
      </form>
      <p className="mt-4 text-sm text-slate-700">
        Already have an account?{" "}
        <Link href="/sign-in" className="text-brand-700 underline underline-offset-2">
          Sign in
        </Link>
      </p>
    </>
  );
}
