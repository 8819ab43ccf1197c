import type { Metadata } from "next";
import { AppShell } from "@/components/app-shell";
import { FirstRunChecklist } from "@/components/first-run-checklist";
import { FlashBanner } from "@/components/flash-banner";
import { getDb } from "@/db";
import { findOrganization } from "@/db/queries/orgs";
import { firstRunChecklist } from "@/lib/orgs/checklist";
import { trialDaysLeft, trialLeftText } from "@/lib/orgs/trial";
import { PageHeader } from "@/components/page-header";
import { CATEGORIES, permissionsIn } from "@/lib/authz/permissions";
import { requirePage } from "@/lib/authz/session";
import { planLabel } from "@/lib/plans";

export const metadata: Metadata = { title: "Overview" };

export default async function OverviewPage() {
  const access = await requirePage("/");
  const db = getDb();
  const [org, checklist] = await Promise.all([findOrganization(db, access.orgId), firstRunChecklist(db, access)]);
  const trialDays = trialDaysLeft(org?.trialEndsAt ?? null);
  return (
    <AppShell access={access} current="/">
      <PageHeader title={`Welcome, ${access.name}`} description={`${access.orgName} · ${planLabel(access.plan)} plan · your role: ${access.role.name}`} />
      <FlashBanner path="/" viewer={access} />
      {trialDays !== null && (
        <p className="mb-4 rounded-md border border-indigo-200 bg-brand-50 px-3 py-2 text-sm text-slate-900">
          {trialLeftText(trialDays)} Choose a plan on the Billing page to keep Business; without one, {access.orgName} moves to Starter when it ends.
        </p>
      )}
      {checklist && <FirstRunChecklist steps={checklist} />}
      {access.customRoleInactive && (
        <p className="mb-4 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950">
          Your role “{access.role.name}” is inactive on the {planLabel(access.plan)} plan, so you have Agent access until your organisation upgrades.
        </p>
      )}
      <section aria-labelledby="your-access">
        <h2 id="your-access" className="mb-3 text-lg font-semibold">
          Your access
        </h2>
        <div className="grid gap-4 sm:grid-cols-2">
          {CATEGORIES.map((category) => {
            const held = permissionsIn(category.key).filter((p) => access.permissions.has(p.key));
            return (
              <div key={category.key} className="rounded-lg border border-slate-200 bg-white p-4">
                <h3 className="font-medium">{category.label}</h3>
                {held.length === 0 ? (
                  <p className="mt-1 text-sm text-slate-700">No access</p>
                ) : (
                  <ul aria-label={`${category.label} permissions`} className="mt-1 list-disc pl-5 text-sm">
                    {held.map((p) => (
                      <li key={p.key}>{p.label}</li>
                    ))}
                  </ul>
                )}
              </div>
            );
          })}
        </div>
      </section>
    </AppShell>
  );
}
