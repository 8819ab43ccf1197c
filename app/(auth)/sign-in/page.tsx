import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { getDb } from "@/db";
import { hasDemoData } from "@/db/queries/orgs";
import { preparationStage } from "@/db/preparation-stage";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/db/demo-accounts";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { FlashBanner } from "@/components/flash-banner";
import { SSO_FAILURES, type SsoFailure } from "@/lib/sso/sign-in";
import { SignInForm } from "./sign-in-form";
import { Table, Td, Th, THead, Tr } from "@/components/ui/table";
import { AuthCard, AuthLinks } from "@/components/auth-card";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; sso?: string }> }) {
  await connection();
  const { callbackUrl, sso } = await searchParams;
  // A reason code from /api/sso/*: the words are ours, never the provider's or the URL's.
  const ssoFailure = sso && Object.hasOwn(SSO_FAILURES, sso) ? SSO_FAILURES[sso as SsoFailure] : null;
  // Demo accounts are listed only while the demo organisations exist. On the first start the
  // form is served before they are loaded (a sign-in waits for them), rather than after.
  const stage = preparationStage();
  const showDemo = stage === "ready" ? await hasDemoData(getDb()) : stage === "loading demo data";
  return (
    <AuthCard after={showDemo && <DemoAccounts />}>
      <h1 className="mb-4 text-xl font-semibold">Sign in</h1>
      {stage !== "ready" && (
        <p role="status" className="mb-4 rounded-md border border-slate-300 bg-slate-50 p-3 text-sm text-slate-800">
          {stage === "migrating" ? "The database is still being set up" : "Demo data is still loading"}: signing in waits until it is ready.
        </p>
      )}
      {/* After a password change or reset: no session, so no viewer; the cookie's id is the proof. */}
      <FlashBanner path="/sign-in" viewer={null} />
      {ssoFailure && (
        <p role="alert" className="mb-4 rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900">
          Single sign-on did not complete. {ssoFailure}
        </p>
      )}
      <SignInForm callbackUrl={safeCallbackUrl(callbackUrl)} />
      <AuthLinks links={[{ href: "/forgot-password", label: "Forgot password?" }]} />
      <p className="mt-4 text-sm text-slate-700">
        New to Switchboard?{" "}
        <Link href="/sign-up" className="text-brand-700 underline underline-offset-2">
          Create an account
        </Link>
      </p>
    </AuthCard>
  );
}

function DemoAccounts() {
  return (
    <section aria-labelledby="demo-accounts" className="mt-6 rounded-lg border border-slate-200 bg-white p-4 text-sm">
      <h2 id="demo-accounts" className="font-semibold">
        Demo accounts
      </h2>
      <p className="mt-1 text-slate-700">
        Every demo password is <code className="rounded bg-slate-100 px-1">{DEMO_PASSWORD}</code>.
      </p>
      <Table caption="Demo accounts" frame="plain" className="mt-2">
        <THead>
          <Th>Email</Th>
          <Th>Role</Th>
          <Th>Organisation</Th>
        </THead>
        <tbody>
          {DEMO_ACCOUNTS.map((account) => (
            <Tr key={account.email}>
              <Td className="font-mono text-xs">{account.email}</Td>
              <Td>{account.role}</Td>
              <Td>{account.org}</Td>
            </Tr>
          ))}
        </tbody>
      </Table>
    </section>
  );
}
