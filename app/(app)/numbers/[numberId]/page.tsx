import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AppShell } from "@/components/app-shell";
import { FlashBanner } from "@/components/flash-banner";
import { PageHeader } from "@/components/page-header";
import { getDb } from "@/db";
import { assignmentTargets, callerIdUsers, findNumber } from "@/db/queries/numbers";
import { can, needsMessage } from "@/lib/authz/check";
import { requirePage } from "@/lib/authz/session";
import { formatCents } from "@/lib/billing/money";
import { formatDate } from "@/lib/format";
import { parseId } from "@/lib/ids";
import { carrierFor } from "@/lib/numbers/carrier";
import { formatPhone } from "@/lib/numbers/format";
import { findAreaCode, type CountryCode } from "@/lib/providers/carrier";
import { RingsCell } from "../_components/rings";
import { AssignForm } from "./assign-form";

export const metadata: Metadata = { title: "Phone number" };

export default async function NumberPage({ params }: { params: Promise<{ numberId: string }> }) {
  const access = await requirePage("/numbers/[numberId]");
  const db = getDb();
  const id = parseId((await params).numberId);
  const number = id ? await findNumber(db, access.orgId, id) : null;
  if (!number) notFound();
  const mayAssign = can(access, "numbers.assign");
  const [targets, callers] = await Promise.all([mayAssign ? assignmentTargets(db, access.orgId) : null, callerIdUsers(db, access.orgId, number.id)]);
  const country = number.country as CountryCode;
  const area = findAreaCode(country, number.areaCode);
  const countryName = carrierFor(db).coverage()[country]?.name ?? number.country;
  const current = number.memberId ? `member:${number.memberId}` : number.ringGroupId ? `ringGroup:${number.ringGroupId}` : "none";

  return (
    <AppShell access={access} current="/numbers/[numberId]">
      <PageHeader back={{ href: "/numbers", label: "Phone Numbers" }} title={formatPhone(number.e164)} description={number.label || undefined} />
      <FlashBanner path={`/numbers/${number.id}`} viewer={access} />
      <div className="grid gap-6 md:grid-cols-2">
        <section aria-labelledby="details-heading" className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="details-heading" className="mb-3 font-semibold">
            Details
          </h2>
          <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-2 text-sm">
            <dt className="text-slate-700">Label</dt>
            <dd>{number.label || "—"}</dd>
            <dt className="text-slate-700">Location</dt>
            <dd>
              {area?.place ?? "Area code"} ({number.areaCode}), {countryName}
            </dd>
            <dt className="text-slate-700">Monthly price</dt>
            <dd>{formatCents(number.monthlyPriceCents)}</dd>
            <dt className="text-slate-700">Bought</dt>
            <dd>{formatDate(number.purchasedAt)}</dd>
            <dt className="text-slate-700">Rings</dt>
            <dd>
              <RingsCell number={number} />
            </dd>
          </dl>
        </section>
        <section aria-labelledby="rings-heading" className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="rings-heading" className="mb-3 font-semibold">
            Who it rings
          </h2>
          <AssignForm
            numberId={number.id}
            current={current}
            members={[
              // A deactivated member keeps their number until someone points it elsewhere.
              ...(number.memberId && (!targets || number.memberStatus !== "active")
                ? [{ value: current, label: number.memberStatus === "active" ? number.memberName! : `${number.memberName} (deactivated)` }]
                : []),
              ...(targets?.members.map((m) => ({ value: `member:${m.id}`, label: m.name })) ?? []),
            ]}
            ringGroups={
              targets?.ringGroups.map((g) => ({ value: `ringGroup:${g.id}`, label: g.name })) ??
              (number.ringGroupId ? [{ value: current, label: number.ringGroupName! }] : [])
            }
            locked={mayAssign ? undefined : needsMessage("numbers.assign", "Changing who this number rings", { quoted: true })}
          />
        </section>
      </div>
      <section aria-labelledby="caller-id-heading" className="mt-6">
        <h2 id="caller-id-heading" className="text-lg font-semibold">
          Shown as caller ID by
        </h2>
        {callers.length === 0 ? (
          <p className="mt-2 text-sm text-slate-700">No member calls out with this number.</p>
        ) : (
          <ul className="mt-2 flex flex-wrap gap-2 text-sm">
            {callers.map((m) => (
              <li key={m.id} className="rounded-full border border-slate-300 bg-white px-3 py-1">
                {m.name}
              </li>
            ))}
          </ul>
        )}
        {can(access, "numbers.callerId") && (
          <p className="mt-2 text-sm">
            <Link href="/numbers/caller-id" className="text-brand-700 underline underline-offset-2">
              Change caller IDs
            </Link>
          </p>
        )}
      </section>
    </AppShell>
  );
}
