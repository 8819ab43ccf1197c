import type { Metadata } from "next";
import Link from "next/link";
import { AppShell } from "@/components/app-shell";
import { PageHeader } from "@/components/page-header";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button-class";
import { Table, Td, Th, THead, Tr } from "@/components/ui/table";
import { getDb } from "@/db";
import { findCallFlowSettings, listDestinationTargets, listIvrMenus, listRingGroupNumbers, listRingGroups } from "@/db/queries/call-flows";
import { requirePage } from "@/lib/authz/session";
import { editLock, type CallFlowPart } from "@/lib/call-flows/capabilities";
import { destinationNamesOf } from "@/lib/call-flows/destination-choices";
import { STRATEGY_LABELS } from "@/lib/call-flows/labels";
import type { Access } from "@/lib/authz/check";
import { plural } from "@/lib/format";
import { HoursSummary } from "./_components/hours-summary";
import { RoutingSummary } from "./_components/routing-summary";

export const metadata: Metadata = { title: "Call Flows" };

function Section({
  id,
  title,
  access,
  part,
  link,
  children,
}: {
  id: string;
  title: string;
  access: Access;
  part: CallFlowPart;
  link?: { href: string; edit: string; view: string };
  children: React.ReactNode;
}) {
  const lock = editLock(access, part);
  return (
    <section aria-labelledby={id} className="rounded-lg border border-slate-200 bg-white p-4">
      <div className="mb-3 flex flex-wrap items-start justify-between gap-3">
        <div>
          <div className="flex flex-wrap items-center gap-2">
            <h2 id={id} className="text-lg font-semibold">
              {title}
            </h2>
            {lock && <Badge>Read only</Badge>}
          </div>
          {lock && <p className="mt-1 text-sm text-slate-700">{lock}</p>}
        </div>
        {link && (
          <Link href={link.href} className={buttonClass(!lock ? "primary" : "secondary")}>
            {!lock ? link.edit : link.view}
          </Link>
        )}
      </div>
      {children}
    </section>
  );
}

export default async function CallFlowsPage() {
  const access = await requirePage("/call-flows");
  const db = getDb();
  const [settings, menus, groups, numbers, targets] = await Promise.all([
    findCallFlowSettings(db, access.orgId),
    listIvrMenus(db, access.orgId),
    listRingGroups(db, access.orgId),
    listRingGroupNumbers(db, access.orgId),
    listDestinationTargets(db, access.orgId),
  ]);
  const names = destinationNamesOf(targets);

  return (
    <AppShell access={access} current="/call-flows">
      <PageHeader title="Call Flows" description="How incoming calls find the right person: opening hours, routing rules, IVR menus and ring groups." />
      <div className="space-y-6">
        <Section
          id="hours-heading"
          title="Business hours"
          access={access}
          part="hours"
          link={{ href: "/call-flows/hours", edit: "Edit business hours", view: "View business hours" }}
        >
          <HoursSummary settings={settings} />
        </Section>

        <Section
          id="routing-heading"
          title="Routing rules"
          access={access}
          part="routing"
          link={{ href: "/call-flows/routing", edit: "Edit routing rules", view: "View routing rules" }}
        >
          <RoutingSummary rules={settings.routingRules} names={names} />
        </Section>

        <Section id="ivr-heading" title="IVR menus" access={access} part="ivr">
          {menus.length === 0 ? (
            <p className="text-sm text-slate-700">No IVR menus.</p>
          ) : (
            <ul className="divide-y divide-slate-100 text-sm">
              {menus.map((menu) => (
                <li key={menu.id} className="py-2">
                  <Link href={`/call-flows/ivr/${menu.id}`} className="font-medium text-brand-700 underline underline-offset-2">
                    {menu.name}
                  </Link>
                  <span className="ml-2 text-slate-700">{plural(menu.options.length, "keypress", "keypresses")}</span>
                  <p className="mt-1 line-clamp-2 text-slate-700">{menu.greeting}</p>
                </li>
              ))}
            </ul>
          )}
        </Section>

        <Section id="groups-heading" title="Ring groups" access={access} part="ringGroups">
          {groups.length === 0 ? (
            <p className="text-sm text-slate-700">No ring groups.</p>
          ) : (
            <Table caption="Ring groups" scrollLabel="Ring group list" width="min-w-[36rem]" frame="plain">
              <THead>
                <Th>Group</Th>
                <Th>Strategy</Th>
                <Th className="whitespace-nowrap">Rings for</Th>
                <Th>Members</Th>
                <Th>Numbers</Th>
              </THead>
              <tbody>
                {groups.map((group) => {
                  const lines = numbers.filter((n) => n.ringGroupId === group.id);
                  return (
                    <Tr key={group.id} className="align-top">
                      <Td>
                        <Link href={`/call-flows/ring-groups/${group.id}`} className="font-medium text-brand-700 underline underline-offset-2">
                          {group.name}
                        </Link>
                      </Td>
                      <Td>{STRATEGY_LABELS[group.strategy].label}</Td>
                      <Td>{group.timeoutSeconds} s</Td>
                      <Td>{group.memberCount}</Td>
                      <Td className="text-slate-800">{lines.length ? lines.map((n) => n.e164).join(", ") : "—"}</Td>
                    </Tr>
                  );
                })}
              </tbody>
            </Table>
          )}
        </Section>
      </div>
    </AppShell>
  );
}
