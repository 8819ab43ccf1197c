// Demo phone numbers bought from the carrier simulator over the past months: main lines and
// hotlines left for ring groups (the call-flows seed points them), the rest ringing members,
// and the caller ID many members show.
import { eq } from "drizzle-orm";
import { heldNumbers } from "../queries/numbers";
import { members, phoneNumbers, type NewPhoneNumber } from "../schema";
import { simulatedCarrier, unlistedNumber, type CountryCode } from "@/lib/providers/carrier";
import type { SeedContext } from "./context";

type Line = { country: CountryCode; areaCode: string; label: string; rings: "member" | "group" };

type Spec = string | { label: string; group: true };

/** A line left for a ring group (the call-flows seed points it); a plain label rings a member, "" unlabelled. */
const group = (label: string): Spec => ({ label, group: true });

/** The lines bought in one area code, in order. */
const area = (country: CountryCode, areaCode: string, ...specs: Spec[]): Line[] =>
  specs.map((spec) =>
    typeof spec === "string" ? { country, areaCode, label: spec, rings: "member" } : { country, areaCode, label: spec.label, rings: "group" },
  );

const ACME: Line[] = [
  ...area("US", "212", group("Main line"), group("Sales"), "", "", "", "Escalations"),
  ...area("US", "415", group("West coast support"), "", "", ""),
  ...area("US", "312", group("Chicago office"), "", ""),
  ...area("US", "512", "", "", "Partner desk"),
  ...area("US", "800", group("Customer hotline")),
  ...area("US", "888", group("Billing hotline")),
  ...area("US", "617", "Press"),
  ...area("US", "206", group("Spare")),
  ...area("GB", "20", group("London office"), "", "", "", "EMEA escalations"),
  ...area("GB", "161", group("Manchester support"), "", ""),
  ...area("GB", "121", "", group("Spare UK")),
  ...area("GB", "800", group("UK freephone")),
  ...area("GB", "131", ""),
  ...area("GB", "141", ""),
  ...area("US", "646", ""),
];

const BOLT: Line[] = [...area("US", "737", group("Main line"), "Support"), ...area("US", "646", "")];

const DAY = 24 * 60 * 60 * 1000;

/** Buys each line from the carrier simulator's stock, as a customer would. */
function fromCarrier(ctx: SeedContext) {
  const carrier = simulatedCarrier((list) => heldNumbers(ctx.db, list));
  const offered = new Map<string, string[]>();
  return async (spec: Line) => {
    const key = `${spec.country}${spec.areaCode}`;
    if (!offered.has(key)) {
      const found = await carrier.searchNumbers({ country: spec.country, areaCode: spec.areaCode, limit: 12 });
      offered.set(
        key,
        found.map((n) => n.e164),
      );
    }
    const e164 = offered.get(key)!.shift()!;
    const bought = await carrier.purchaseNumber(e164);
    if (!bought.ok) throw new Error(`Demo number ${e164} is not for sale: ${bought.message}`);
    return bought;
  };
}

export async function seedNumbers(ctx: SeedContext): Promise<void> {
  const { db, org, now, random, unlisted } = ctx;
  const take =
    unlisted === undefined ? fromCarrier(ctx) : async (spec: Line, index: number) => unlistedNumber(spec.country, spec.areaCode, `${unlisted}|${index}`);
  // Acme (~28 members) gets the full set; a small team like Bolt a few lines.
  const plan = ctx.members.length > 5 ? ACME : BOLT;
  // Active members take personal lines in turn.
  const people = ctx.members.filter((m) => m.status === "active");
  const rows: NewPhoneNumber[] = [];
  let nextPerson = 0;

  for (const [index, spec] of plan.entries()) {
    const bought = await take(spec, index);
    const person = spec.rings === "member" ? people[nextPerson++ % people.length] : undefined;
    // The first lines are the oldest: a company grows its numbers over time.
    const ageDays = Math.round(540 - (index / plan.length) * 450 - random() * 60);
    rows.push({
      orgId: org.id,
      e164: bought.number.e164,
      label: spec.label,
      country: bought.number.country,
      areaCode: bought.number.areaCode,
      monthlyPriceCents: bought.number.monthlyPriceCents,
      carrierRef: bought.carrierRef,
      assignedMemberId: person?.id ?? null,
      purchasedAt: new Date(now.getTime() - ageDays * DAY),
    });
  }
  const saved = await db.insert(phoneNumbers).values(rows).returning();

  // Most members call out with their own line; a few with the main line; some have none yet.
  const mainLine = saved[0];
  for (const [i, person] of ctx.members.filter((m) => m.status === "active").entries()) {
    const own = saved.find((n) => n.assignedMemberId === person.id);
    const callerId = own && i % 4 !== 3 ? own : i % 3 === 0 ? mainLine : null;
    if (callerId) await db.update(members).set({ callerIdNumberId: callerId.id }).where(eq(members.id, person.id));
  }
}
