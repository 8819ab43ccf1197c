import type { Metadata } from "next";
import { connection } from "next/server";
import { getDb } from "@/db";
import { FORGOT_PASSWORD_PATH, findResetLink } from "@/lib/auth/password-reset";
import { ResetPasswordForm } from "./reset-password-form";
import { AuthCard, UnusableLink } from "@/components/auth-card";

// The token is in this page's URL: never send it on to another site in a Referer header.
export const metadata: Metadata = { title: "Choose a new password", referrer: "no-referrer" };

// Public by design (lib/authz/routes.ts): the link's token is the credential. It is checked here
// for display and again, under the member's and the link's row locks, when the form is sent.
export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  await connection();
  const { token } = await params;
  const link = await findResetLink(getDb(), token);

  return (
    <AuthCard>
      {link.ok ? (
        <>
          <h1 className="text-xl font-semibold">Choose a new password</h1>
          <p className="mt-2 text-sm text-slate-700">
            For <strong>{link.email}</strong>. Setting it signs this account out everywhere; then you sign in with the new password.
          </p>
          <ResetPasswordForm token={token} email={link.email} />
        </>
      ) : (
        <UnusableLink
          title="This link can't be used"
          problem={link.problem}
          links={[
            { href: FORGOT_PASSWORD_PATH, label: "Ask for a new link" },
            { href: "/sign-in", label: "Go to sign in" },
          ]}
        />
      )}
    </AuthCard>
  );
}
