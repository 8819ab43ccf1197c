import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AppShell } from "@/components/app-shell";
import { PageHeader } from "@/components/page-header";
import { getDb } from "@/db";
import { permissionLabel } from "@/lib/authz/permissions";
import { requirePage } from "@/lib/authz/session";
import { NAV_GROUPS } from "@/lib/authz/routes";
import { parseId } from "@/lib/ids";
import { effectiveAccessOf, previewNavigation } from "@/lib/members/effective";

export const metadata: Metadata = { title: "Preview as member" };

// Read-only: renders the member's navigation from what they hold; no session or data changes.
export default async function PreviewAsMemberPage({ params }: { params: Promise<{ memberId: string }> }) {
  const access = await requirePage("/settings/team/[memberId]/preview");
  const id = parseId((await params).memberId);
  const effective = id ? await effectiveAccessOf(getDb(), access, id) : null;
  if (!effective) notFound();
  const { member, role, roleInactive, holds } = effective;
  const items = previewNavigation(effective);

  return (
    <AppShell access={access} current="/settings/team/[memberId]/preview">
      <PageHeader
        back={{ href: `/settings/team/${member.id}`, label: member.name }}
        title={`Preview as ${member.name}`}
        description="What this member would see. A preview only: nothing changes, and you stay signed in as yourself."
      />
      {member.status !== "active" ? (
        <p className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950">
          {member.name} is deactivated and can't sign in, so sees nothing.
        </p>
      ) : (
        <div className="grid gap-6 md:grid-cols-[16rem_1fr]">
          <nav aria-label={`Navigation ${member.name} would see`} className="rounded-lg border border-slate-200 bg-white p-3">
            {NAV_GROUPS.map((group) => {
              const inGroup = items.filter((item) => item.group === group.key);
              return inGroup.length ? (
                <div key={group.key} className="mb-2">
                  <h2 className="px-1 pb-1 text-xs font-semibold uppercase tracking-wide text-slate-600">{group.label}</h2>
                  <ul className="space-y-1 text-sm">
                    {inGroup.map((item) => (
                      <li key={item.href} className="rounded px-2 py-1 text-slate-800">
                        {item.label}
                      </li>
                    ))}
                  </ul>
                </div>
              ) : null;
            })}
          </nav>
          <section aria-labelledby="preview-holds" className="rounded-lg border border-slate-200 bg-white p-4 text-sm">
            <h2 id="preview-holds" className="font-semibold">
              What {member.name} can do
            </h2>
            <p className="mt-1 text-slate-700">
              {roleInactive ? `As an Agent, while ${role.name} is inactive on your plan.` : `Through the ${role.name} role.`}
            </p>
            {holds.length === 0 ? (
              <p className="mt-2">No permissions: only the Overview.</p>
            ) : (
              <ul className="mt-2 list-disc space-y-1 pl-5">
                {holds.map((key) => (
                  <li key={key}>{permissionLabel(key)}</li>
                ))}
              </ul>
            )}
          </section>
        </div>
      )}
    </AppShell>
  );
}
