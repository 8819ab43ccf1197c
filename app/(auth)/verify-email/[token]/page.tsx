import type { Metadata } from "next";
import { connection } from "next/server";
import { getDb } from "@/db";
import { inspectVerificationLink } from "@/lib/account/email-verification";
import { VerifyEmailForm } from "./verify-email-form";
import { AuthCard, UnusableLink } from "@/components/auth-card";

// The token is in this page's URL: never send it on to another site in a Referer header.
export const metadata: Metadata = { title: "Verify your email address", referrer: "no-referrer" };

// Public by design (lib/authz/routes.ts): the link may be opened signed out, on another device.
export default async function VerifyEmailPage({ params }: { params: Promise<{ token: string }> }) {
  await connection();
  const { token } = await params;
  const link = await inspectVerificationLink(getDb(), token);
  return (
    <AuthCard>
      {link.problem === null ? (
        <>
          <h1 className="text-xl font-semibold">Verify your email address</h1>
          <p className="mt-2 text-sm text-slate-700">
            Confirm that <strong>{link.email}</strong> is your address for {link.orgName}. Then you can invite your team and buy numbers.
          </p>
          <VerifyEmailForm token={token} />
        </>
      ) : (
        <UnusableLink title="This link can't be used" problem={link.problem} links={[{ href: "/", label: "Go to Switchboard" }]} />
      )}
    </AuthCard>
  );
}
