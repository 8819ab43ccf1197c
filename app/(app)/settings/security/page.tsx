import type { Metadata } from "next";
import Link from "next/link";
import { AppShell } from "@/components/app-shell";
import { PageHeader } from "@/components/page-header";
import { getDb } from "@/db";
import { findOrganization } from "@/db/queries/orgs";
import { membersWithoutTwoFactor } from "@/db/queries/two-factor";
import { requirePage } from "@/lib/authz/session";
import { plural } from "@/lib/format";
import { SET_UP_YOURS_FIRST } from "@/lib/two-factor/service";
import { RequirementForm } from "@/components/requirement-form";
import { setTwoFactorRequirement } from "./actions";

export const metadata: Metadata = { title: "Security" };

export default async function SecurityPage() {
  const access = await requirePage("/settings/security");
  const db = getDb();
  const [org, without] = await Promise.all([findOrganization(db, access.orgId), membersWithoutTwoFactor(db, access.orgId)]);
  const required = org?.requireTwoFactor ?? false;
  return (
    <AppShell access={access} current="/settings/security">
      <PageHeader title="Security" description={`How members of ${access.orgName} sign in.`} />
      <section aria-labelledby="two-factor-heading" className="mb-6 max-w-2xl rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="two-factor-heading" className="mb-2 font-semibold">
          Two-factor authentication
        </h2>
        <RequirementForm
          action={setTwoFactorRequirement}
          orgId={access.orgId}
          required={required}
          label="Require two-factor authentication"
          description="Every member must use an authenticator app to sign in. Members without one are sent to set it up at their next click, and can do nothing else until they have."
          submitLabel="Save security settings"
          lock={access.twoFactorOn ? undefined : SET_UP_YOURS_FIRST}
        />
        {!access.twoFactorOn && (
          <p className="mt-2 text-sm">
            <Link href="/account" className="text-brand-700 underline underline-offset-2">
              Set up two-factor on your account
            </Link>
          </p>
        )}
      </section>
      <section aria-labelledby="without-heading" className="max-w-2xl rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="without-heading" className="mb-2 font-semibold">
          Active members without two-factor
        </h2>
        {without.length === 0 ? (
          <p className="text-sm text-slate-700">Every active member has two-factor on.</p>
        ) : (
          <>
            <p className="mb-2 text-sm text-slate-700">
              {plural(without.length, "member")}
              {required ? " will be asked to set it up at their next click." : " sign in with a password alone."}
            </p>
            <ul aria-labelledby="without-heading" className="divide-y divide-slate-100 text-sm">
              {without.map((member) => (
                <li key={member.id} className="py-1">
                  <Link href={`/settings/team/${member.id}`} className="text-brand-700 underline underline-offset-2">
                    {member.name}
                  </Link>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
    </AppShell>
  );
}
