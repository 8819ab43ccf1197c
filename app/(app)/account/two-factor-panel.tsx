"use client";

import { useState } from "react";
import { Button, SubmitButton } from "@/components/ui/button";
import { CodeField } from "@/components/ui/code-field";
import { Field } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";
import type { ActionState } from "@/lib/action";
import { confirmTwoFactor, disableTwoFactor, regenerateRecoveryCodes, startTwoFactor } from "./actions";

type Props = {
  email: string;
  on: boolean;
  required: boolean;
  /** A set-up waiting for its first code: the secret as text and as a QR code. */
  setUp: { secret: string; qr: { size: number; path: string } } | null;
};

/** The codes an answer carried (RecoveryCodesResult in lib/two-factor/actions.ts). */
function codesOf(state: ActionState): string[] | undefined {
  if (!state?.ok || !("recoveryCodes" in state) || !Array.isArray(state.recoveryCodes)) return undefined;
  return state.recoveryCodes.filter((code): code is string => typeof code === "string");
}

// One component whatever the state, so the recovery codes an answer carried stay on screen
// after the page behind it re-renders with two-factor on.
export function TwoFactorPanel({ email, on, required, setUp }: Props) {
  const start = useActionForm(startTwoFactor);
  const confirm = useActionForm(confirmTwoFactor);
  const regenerate = useActionForm(regenerateRecoveryCodes);
  const disable = useActionForm(disableTwoFactor);
  const codes = codesOf(regenerate.state) ?? codesOf(confirm.state);
  const errors = (state: typeof start.state) => (state && !state.ok ? state.fieldErrors : undefined);

  return (
    <div className="space-y-6">
      {on && codes && <RecoveryCodes codes={codes} email={email} />}
      {!on && !setUp && (
        <form onSubmit={start.onSubmit} aria-label="Set up two-factor" className="space-y-4">
          <PasswordCheck email={email} errors={errors(start.state)?.password} />
          <FormStatus state={start.state && !start.state.ok ? start.state : null} />
          <SubmitButton pending={start.pending} pendingText="Starting…">
            Set up two-factor
          </SubmitButton>
        </form>
      )}
      {setUp && (
        <div className="space-y-4">
          <FormStatus state={start.state} />
          <ol className="list-decimal space-y-1 pl-5 text-sm text-slate-800">
            <li>Open an authenticator app on your phone (Google Authenticator, Microsoft Authenticator, 1Password, Authy…).</li>
            <li>Scan this QR code, or type the key below into the app.</li>
            <li>Enter the 6-digit code the app shows for Switchboard.</li>
          </ol>
          <svg
            role="img"
            aria-label={`QR code for adding Switchboard (${email}) to your authenticator app. The same key is written below it.`}
            viewBox={`-4 -4 ${setUp.qr.size + 8} ${setUp.qr.size + 8}`}
            className="h-48 w-48 bg-white"
            shapeRendering="crispEdges"
          >
            <path d={setUp.qr.path} fill="#000" />
          </svg>
          <Field
            label="Set-up key"
            name="setUpKey"
            value={setUp.secret.replace(/(.{4})/g, "$1 ").trim()}
            readOnly
            className="font-mono"
            hint="For typing into the app when it can't scan."
          />
          <form onSubmit={confirm.onSubmit} aria-label="Confirm two-factor" className="space-y-4">
            <CodeField errors={errors(confirm.state)?.code} />
            <FormStatus state={confirm.state && !confirm.state.ok ? confirm.state : null} />
            <SubmitButton pending={confirm.pending} pendingText="Turning on…">
              Turn on two-factor
            </SubmitButton>
          </form>
        </div>
      )}
      {on && !setUp && (
        <>
          <form onSubmit={regenerate.onSubmit} aria-label="New recovery codes" className="space-y-4">
            <PasswordCheck email={email} hint="New recovery codes replace all of the earlier ones." errors={errors(regenerate.state)?.password} />
            <FormStatus state={regenerate.state && !regenerate.state.ok ? regenerate.state : null} />
            <SubmitButton variant="secondary" pending={regenerate.pending} pendingText="Generating…">
              Generate new recovery codes
            </SubmitButton>
          </form>
          <form onSubmit={disable.onSubmit} aria-label="Turn off two-factor" className="space-y-4 border-t border-slate-200 pt-4">
            {required ? (
              <p className="text-sm text-slate-700">Your organisation requires two-factor authentication, so it stays on.</p>
            ) : (
              <>
                <PasswordCheck
                  email={email}
                  hint="Turning it off removes your authenticator app and recovery codes."
                  errors={errors(disable.state)?.password}
                />
                <FormStatus state={disable.state} />
                <SubmitButton variant="danger" pending={disable.pending} pendingText="Turning off…">
                  Turn off two-factor
                </SubmitButton>
              </>
            )}
          </form>
        </>
      )}
      {!on && !setUp && disable.state?.ok && <FormStatus state={disable.state} />}
    </div>
  );
}

/** The password asked again before a two-factor change, with the username password managers look for. */
function PasswordCheck({ email, hint, errors }: { email: string; hint?: string; errors?: string[] }) {
  return (
    <>
      <input type="text" name="username" autoComplete="username" value={email} readOnly hidden />
      <Field label="Password" name="password" type="password" autoComplete="current-password" required hint={hint} errors={errors} />
    </>
  );
}

/** Shown once, right after they are made: the page never shows them again. */
function RecoveryCodes({ codes, email }: { codes: string[]; email: string }) {
  const [copied, setCopied] = useState(false);
  const text = `Switchboard recovery codes for ${email}\nEach code signs you in once, in place of an authentication code.\n\n${codes.join("\n")}\n`;
  const copy = async () => {
    await navigator.clipboard.writeText(text);
    setCopied(true);
  };
  const download = () => {
    const url = URL.createObjectURL(new Blob([text], { type: "text/plain" }));
    const link = document.createElement("a");
    link.href = url;
    link.download = "switchboard-recovery-codes.txt";
    link.click();
    URL.revokeObjectURL(url);
  };
  return (
    <div className="rounded-md border border-amber-300 bg-amber-50 p-3">
      <h3 id="recovery-codes-heading" className="font-medium text-amber-950">
        Your recovery codes
      </h3>
      <p className="mb-2 text-sm text-amber-950">
        Save these now: they are not shown again. If you lose your phone, each code signs you in once instead of an authentication code.
      </p>
      <ul aria-labelledby="recovery-codes-heading" className="mb-3 grid grid-cols-2 gap-1 font-mono text-sm">
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ul>
      <div className="flex flex-wrap gap-2">
        <Button variant="secondary" onClick={() => void copy()}>
          {copied ? "Copied" : "Copy codes"}
        </Button>
        <Button variant="secondary" onClick={download}>
          Download codes
        </Button>
      </div>
    </div>
  );
}
