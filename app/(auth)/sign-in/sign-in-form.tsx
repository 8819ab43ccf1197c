"use client";

import { useActionState, useEffect, useState } from "react";
import { SubmitButton } from "@/components/ui/button";
import { CodeField } from "@/components/ui/code-field";
import { Field } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { signInAction } from "./actions";

// Email first: an address in a verified single sign-on domain goes to its identity provider
// (Continue with single sign-on, or Sign in with the password left empty). Otherwise two
// steps in one form: email and password first; when the member has two-factor on, the
// server asks for a code and the form sends email, password and code together. Nothing is
// signed in between the steps: the password stays only in this form's state.
export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const [state, action] = useActionState(signInAction, null);
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [recovery, setRecovery] = useState(false);
  // Controlled, like email and password: React's reset after each answer must not clear what is typed next.
  const [code, setCode] = useState("");
  const codeStep = state?.ok === false && state.twoFactor === true;
  const ssoUrl = state?.ok ? state.ssoUrl : undefined;
  useEffect(() => {
    if (ssoUrl) window.location.assign(ssoUrl);
  }, [ssoUrl]);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const startOver = () => {
    // A fresh form state: back to the first step, nothing kept.
    window.location.reload();
  };
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      {codeStep ? (
        <>
          <input type="hidden" name="email" value={email} />
          <input type="hidden" name="password" value={password} />
          <p className="text-sm text-slate-700">
            Signing in as <span className="font-medium text-slate-900">{email}</span>.
          </p>
          <CodeField
            recovery={recovery}
            value={code}
            onChange={setCode}
            hint={
              recovery
                ? "One of the 10 codes you saved when you set up two-factor. Each works once."
                : "The 6-digit code your authenticator app shows for Switchboard."
            }
            errors={errors?.code}
          />
        </>
      ) : (
        <>
          <Field
            label="Email"
            name="email"
            type="email"
            autoComplete="username"
            required
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
            errors={errors?.email}
          />
          <Field
            label="Password"
            name="password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            errors={errors?.password}
          />
        </>
      )}
      <FormStatus state={state} />
      <SubmitButton pendingText="Signing in…" className="w-full">
        Sign in
      </SubmitButton>
      {codeStep ? (
        <div className="flex flex-wrap justify-between gap-2 text-sm">
          <button
            type="button"
            onClick={() => {
              setRecovery(!recovery);
              setCode("");
            }}
            className="text-brand-700 underline underline-offset-2"
          >
            {recovery ? "Use your authenticator app" : "Use a recovery code"}
          </button>
          <button type="button" onClick={startOver} className="text-brand-700 underline underline-offset-2">
            Sign in as someone else
          </button>
        </div>
      ) : (
        <div className="border-t border-slate-200 pt-4">
          <p className="mb-2 text-sm text-slate-700">Your organisation uses single sign-on? Enter your email only.</p>
          <SubmitButton name="intent" value="sso" variant="secondary" pendingText="Going to your identity provider…" className="w-full">
            Continue with single sign-on
          </SubmitButton>
        </div>
      )}
    </form>
  );
}
