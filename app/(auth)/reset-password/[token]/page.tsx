import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { getDb } from "@/db";
import { FORGOT_PASSWORD_PATH, findResetLink } from "@/lib/auth/password-reset";
import { ResetPasswordForm } from "./reset-password-form";

// The token is in this page's URL: never send it on to another site in a Referer header.
export const metadata: Metadata = { title: "Choose a new password", referrer: "no-referrer" };

// Public by design (lib/authz/routes.ts): the link's token is the credential. It is checked here
// for display and again, under the member's and the link's row locks, when the form is sent.
export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  await connection();
  const { token } = await params;
  const link = await findResetLink(getDb(), token);

  return (
    <main className="mx-auto flex min-h-screen max-w-md flex-col justify-center px-4 py-10">
      <p className="mb-2 text-center text-lg font-semibold text-brand-700">Switchboard</p>
      <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        {link.ok ? (
          <>
            <h1 className="text-xl font-semibold">Choose a new password</h1>
            <p className="mt-2 text-sm text-slate-700">
              For <strong>{link.email}</strong>. Setting it signs this account out everywhere; then you sign in with the new password.
            </p>
            <ResetPasswordForm token={token} email={link.email} />
          </>
        ) : (
          <>
            <h1 className="text-xl font-semibold">This link can't be used</h1>
            <p className="mt-2 text-sm text-slate-700">{link.problem}</p>
            <p className="mt-4 flex flex-wrap gap-4 text-sm">
              <Link href={FORGOT_PASSWORD_PATH} className="text-brand-700 underline underline-offset-2">
                Ask for a new link
              </Link>
              <Link href="/sign-in" className="text-brand-700 underline underline-offset-2">
                Go to sign in
              </Link>
            </p>
          </>
        )}
      </div>
    </main>
  );
}
