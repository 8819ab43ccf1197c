import type { Metadata } from "next";
import Link from "next/link";
import { AppShell } from "@/components/app-shell";
import { PageHeader } from "@/components/page-header";
import { RequirementForm } from "@/components/requirement-form";
import { buttonClass } from "@/components/ui/button-class";
import { getDb } from "@/db";
import { can } from "@/lib/authz/check";
import { requirePage } from "@/lib/authz/session";
import { organizationDefaultRole } from "@/lib/directory/groups";
import { canUseSso, planLabel, SSO_PLAN, ssoUnavailable } from "@/lib/plans";
import { ssoOverview } from "@/lib/sso/service";
import { ssoRedirectUri } from "@/lib/sso/sign-in";
import { ConnectionForm } from "./connection-form";
import { AddDomainForm, DomainRow } from "./domain-forms";
import { setSsoRequirement } from "./actions";

export const metadata: Metadata = { title: "Single sign-on" };

export default async function SsoPage() {
  const access = await requirePage("/settings/sso");
  const title = "Single sign-on";
  if (!canUseSso(access.plan)) {
    return (
      <AppShell access={access} current="/settings/sso">
        <PageHeader title={title} description="Let your people sign in through your identity provider (Okta, Microsoft Entra ID, Google Workspace)." />
        <section aria-labelledby="upgrade" className="max-w-2xl rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950">
          <h2 id="upgrade" className="font-semibold">
            Single sign-on needs the {planLabel(SSO_PLAN)} plan
          </h2>
          <p className="mt-1">
            {ssoUnavailable(access.plan)} With it, people of your verified email domains sign in through your identity provider, join with a default role the
            first time, and can be required to use it.
          </p>
          <Link href="/billing" className={buttonClass("primary", "mt-3")}>
            Upgrade to {planLabel(SSO_PLAN)}
          </Link>
        </section>
      </AppShell>
    );
  }
  const db = getDb();
  const [overview, defaultRole] = await Promise.all([ssoOverview(db, access.orgId), organizationDefaultRole(db, access.orgId)]);
  const { connection, domains } = overview;
  const verified = domains.filter((d) => d.verified).length;
  return (
    <AppShell access={access} current="/settings/sso">
      <PageHeader title={title} description={`How people of ${access.orgName} sign in through your identity provider (OpenID Connect).`} />
      <section aria-labelledby="provider-heading" className="mb-6 max-w-2xl rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="provider-heading" className="mb-2 font-semibold">
          Identity provider
        </h2>
        <ConnectionForm orgId={access.orgId} redirectUri={ssoRedirectUri()} connection={connection} />
        <p className="mt-4 text-sm text-slate-700">
          People of a verified domain who sign in for the first time join as <strong>{defaultRole.name}</strong>, your organisation&apos;s default role (the
          same for people your directory provisions), unless a directory group maps them to another.{" "}
          {can(access, "roles.manage") ? (
            <Link href="/settings/directory-groups" className="text-brand-700 underline underline-offset-2">
              Change the default role on Directory groups
            </Link>
          ) : (
            "Someone who can manage roles changes it on Directory groups."
          )}
        </p>
      </section>
      <section aria-labelledby="domains-heading" className="mb-6 max-w-2xl rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="domains-heading" className="mb-2 font-semibold">
          Email domains
        </h2>
        <p className="mb-2 text-sm text-slate-700">
          People whose email address is in a verified domain are sent to your identity provider when they sign in. Prove each domain is yours with a DNS TXT
          record.
        </p>
        {domains.length > 0 && (
          <ul aria-labelledby="domains-heading" className="mb-3 divide-y divide-slate-100">
            {domains.map((domain) => (
              <DomainRow key={domain.id} orgId={access.orgId} domain={domain} />
            ))}
          </ul>
        )}
        <AddDomainForm orgId={access.orgId} />
      </section>
      <section aria-labelledby="require-heading" className="max-w-2xl rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="require-heading" className="mb-2 font-semibold">
          Require SSO
        </h2>
        {connection && verified > 0 ? (
          <RequirementForm
            action={setSsoRequirement}
            orgId={access.orgId}
            required={connection.requireSso}
            label="Require SSO"
            description="Members must sign in through your identity provider; their password sign-in is refused. Owners keep their password and two-factor as a break-glass way in, in case the identity provider is down or misconfigured."
            submitLabel="Save sign-in requirement"
          />
        ) : (
          <p className="text-sm text-slate-700">Save the identity provider and verify a domain first.</p>
        )}
        <p className="mt-3 text-sm text-slate-700">
          Break-glass: Owners can always sign in with their password and two-factor, so an outage or a wrong setting at the identity provider never locks your
          organisation out. Keep two-factor on for every Owner.
        </p>
        <p className="mt-2 text-sm text-slate-700">
          Removing someone in your identity provider stops their next single sign-on at once. A session they already have lasts until it ends (at most 12 hours)
          unless SCIM provisioning is on, which deactivates them here so their access ends at their next click. Deactivate them on Team Members to end it now.
        </p>
      </section>
    </AppShell>
  );
}
