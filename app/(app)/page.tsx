import type { Metadata } from "next";
import { AppShell } from "@/components/app-shell";
import { PageHeader } from "@/components/page-header";
import { CATEGORIES, permissionsIn } from "@/lib/authz/permissions";
import { requirePage } from "@/lib/authz/session";
import { planLabel } from "@/lib/plans";

export const metadata: Metadata = { title: "Overview" };

export default async function OverviewPage() {
  const access = await requirePage("/");
  return (
    <AppShell access={access} current="/">
      <PageHeader title={`Welcome, ${access.name}`} description={`${access.orgName} · ${planLabel(access.plan)} plan · your role: ${access.role.name}`} />
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
