import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getDb } from "@/db";
import { findRingGroup, listDestinationTargets, listRingGroupMembers, listRingGroupNumbers } from "@/db/queries/call-flows";
import { requirePage } from "@/lib/authz/session";
import { editLock } from "@/lib/call-flows/capabilities";
import { STRATEGY_LABELS } from "@/lib/call-flows/labels";
import { formatDate, plural } from "@/lib/format";
import { parseId } from "@/lib/ids";
import { CallFlowPage } from "../../_components/call-flow-page";
import { RingGroupForm } from "./ring-group-form";

export const metadata: Metadata = { title: "Ring group" };

export default async function RingGroupPage({ params }: { params: Promise<{ groupId: string }> }) {
  const access = await requirePage("/call-flows/ring-groups/[groupId]");
  const db = getDb();
  const id = parseId((await params).groupId);
  const group = id ? await findRingGroup(db, access.orgId, id) : null;
  if (!group) notFound();
  const [members, targets, numbers] = await Promise.all([
    listRingGroupMembers(db, access.orgId, group.id),
    listDestinationTargets(db, access.orgId),
    listRingGroupNumbers(db, access.orgId),
  ]);
  const lines = numbers.filter((n) => n.ringGroupId === group.id);
  const lock = editLock(access, "ringGroups");
  const people = members.map((m) => ({ id: m.id, name: m.name, active: m.status === "active" }));

  return (
    <CallFlowPage
      access={access}
      current="/call-flows/ring-groups/[groupId]"
      title={group.name}
      description={`Ring group · ${plural(members.length, "member")} · last changed ${formatDate(group.updatedAt)}`}
      lock={lock}
      intro={
        <p className="mb-4 text-sm text-slate-700">
          {lines.length
            ? `Rings for ${lines.map((n) => (n.label ? `${n.e164} (${n.label})` : n.e164)).join(", ")}.`
            : "No phone number rings this group directly."}
        </p>
      }
      form={
        <RingGroupForm
          groupId={group.id}
          version={group.version}
          initial={{ name: group.name, strategy: group.strategy, timeoutSeconds: group.timeoutSeconds, members: people }}
          candidates={targets.members.filter((m) => m.status === "active").map((m) => ({ id: m.id, name: m.name, active: true }))}
        />
      }
      summary={
        <div className="space-y-6">
          <dl className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4 text-sm sm:grid-cols-2">
            <div>
              <dt className="font-medium text-slate-700">Ring strategy</dt>
              <dd className="mt-1 text-slate-900">
                {STRATEGY_LABELS[group.strategy].label}: {STRATEGY_LABELS[group.strategy].description}
              </dd>
            </div>
            <div>
              <dt className="font-medium text-slate-700">Rings for</dt>
              <dd className="mt-1 text-slate-900">{group.timeoutSeconds} seconds</dd>
            </div>
          </dl>
          <section aria-labelledby="members-heading">
            <h2 id="members-heading" className="mb-2 text-lg font-semibold">
              Members ({members.length})
            </h2>
            {members.length === 0 ? (
              <p className="text-sm text-slate-700">Nobody is in this group.</p>
            ) : (
              <ol aria-label="Members in ringing order" className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white text-sm">
                {members.map((m, i) => (
                  <li key={m.id} className="flex flex-wrap justify-between gap-2 px-4 py-2">
                    <span>
                      <span className="mr-2 text-slate-700">{i + 1}.</span>
                      <span className="font-medium">{m.name}</span>
                      {m.status !== "active" && <span className="ml-2 text-slate-700">(deactivated)</span>}
                    </span>
                    <span className="text-slate-700">{m.extension ? `ext. ${m.extension}` : m.email}</span>
                  </li>
                ))}
              </ol>
            )}
          </section>
        </div>
      }
    />
  );
}
