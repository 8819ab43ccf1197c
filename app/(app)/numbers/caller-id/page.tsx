import type { Metadata } from "next";
import { AppShell } from "@/components/app-shell";
import { PageHeader } from "@/components/page-header";
import { getDb } from "@/db";
import { listCallerIds, numberOptions } from "@/db/queries/numbers";
import { requirePage } from "@/lib/authz/session";
import { plural } from "@/lib/format";
import { formatPhone } from "@/lib/numbers/format";
import { CallerIdForm } from "./caller-id-form";

export const metadata: Metadata = { title: "Caller ID" };

export default async function CallerIdPage() {
  const access = await requirePage("/numbers/caller-id");
  const db = getDb();
  const [people, numbers] = await Promise.all([listCallerIds(db, access.orgId), numberOptions(db, access.orgId)]);
  const active = people.filter((p) => p.status === "active");
  const options = numbers.map((n) => ({ id: n.id, label: n.label ? `${formatPhone(n.e164)} · ${n.label}` : formatPhone(n.e164) }));
  const withCallerId = active.filter((p) => p.callerIdNumberId).length;

  return (
    <AppShell access={access} current="/numbers/caller-id">
      <PageHeader
        back={{ href: "/numbers", label: "Phone Numbers" }}
        title="Caller ID"
        description={`Choose the number each member shows when they call out. ${withCallerId} of ${plural(active.length, "active member")} have one set.`}
      />
      {numbers.length === 0 ? (
        <p className="text-sm text-slate-700">The organisation has no numbers yet, so there is no caller ID to choose.</p>
      ) : (
        <ul aria-label="Members' caller IDs" className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
          {active.map((person) => (
            <li key={person.id} className="flex flex-wrap items-start justify-between gap-3 px-4 py-3">
              <div className="min-w-0 pt-2 text-sm">
                <p className="font-medium">{person.name}</p>
                {person.extension && <p className="text-slate-700">Ext. {person.extension}</p>}
              </div>
              <CallerIdForm memberId={person.id} memberName={person.name} current={person.callerIdNumberId ?? ""} options={options} />
            </li>
          ))}
        </ul>
      )}
      <p className="mt-3 text-sm text-slate-700">Deactivated members keep their caller ID and are not listed.</p>
    </AppShell>
  );
}
