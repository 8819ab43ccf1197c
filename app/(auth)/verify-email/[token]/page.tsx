import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { getDb } from "@/db";
import { inspectVerificationLink } from "@/lib/account/email-verification";
import { VerifyEmailForm } from "./verify-email-form";

// The token is in this page's URL: never send it on to another site in a Referer header.
export const metadata: Metadata = { title: "Verify your email address", referrer: "no-referrer" };

// Public by design (lib/authz/routes.ts): the link may be opened signed out, on another device.
export default async function VerifyEmailPage({ params }: { params: Promise<{ token: string }> }) {
  await connection();
  const { token } = await params;
  const link = await inspectVerificationLink(getDb(), token);
  return (
    <main className="mx-auto flex min-h-screen max-w-md flex-col justify-center px-4 py-10">
      <p className="mb-2 text-center text-lg font-semibold text-brand-700">Switchboard</p>
      <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        {link.problem === null ? (
          <>
            <h1 className="text-xl font-semibold">Verify your email address</h1>
            <p className="mt-2 text-sm text-slate-700">
              Confirm that <strong>{link.email}</strong> is your address for {link.orgName}. Then you can invite your team and buy numbers.
            </p>
            <VerifyEmailForm token={token} />
          </>
        ) : (
          <>
            <h1 className="text-xl font-semibold">This link can't be used</h1>
            <p className="mt-2 text-sm text-slate-700">{link.problem}</p>
            <p className="mt-4 text-sm">
              <Link href="/" className="text-brand-700 underline underline-offset-2">
                Go to Switchboard
              </Link>
            </p>
          </>
        )}
      </div>
    </main>
  );
}
