// Phone number use cases with an explicit actor. Permission and zod checks happen before these
// run (lib/action.ts); here live tenant scoping, the carrier, and each write with its audit.
import type { Db } from "@/db";
import { recordAudit } from "@/db/queries/audit";
import { auditEntry } from "@/lib/audit/entry";
import { findMember } from "@/db/queries/members";
import { findCallerId, findNumber, findRingGroupName, insertNumber, lockNumber, setCallerId, setNumberAssignment } from "@/db/queries/numbers";
import type { Access } from "@/lib/authz/check";
import { formatCents } from "@/lib/billing/money";
import { assertOwnOrganization } from "@/lib/orgs/org-scope";
import { DomainError, invalid, notFound } from "@/lib/errors";
import { findAreaCode, TAKEN_MESSAGE, type Carrier, type CountryCode } from "@/lib/providers/carrier";
import { carrierFor } from "./carrier";
import { formatPhone } from "./format";
import type { AssignmentTarget } from "./schema";
import { assertEmailVerified } from "@/lib/account/email-verification";

export const BUYING_NUMBERS = "Buying numbers";

export const numberName = (number: { e164: string; label: string }) =>
  number.label ? `${formatPhone(number.e164)} (${number.label})` : formatPhone(number.e164);

/** Buys a number from the carrier and adds it to the organisation, with its audit entry. */
export async function purchaseNumber(db: Db, actor: Access, input: { orgId: string; e164: string; label: string }, carrier: Carrier = carrierFor(db)) {
  assertOwnOrganization(actor, input.orgId);
  assertEmailVerified(actor, BUYING_NUMBERS);
  const bought = await carrier.purchaseNumber(input.e164);
  if (!bought.ok) {
    throw new DomainError(bought.reason === "taken" ? "conflict" : "invalid", bought.message, { e164: [bought.message] });
  }
  const { e164, country, areaCode, monthlyPriceCents } = bought.number;
  const area = findAreaCode(country, areaCode);
  return db.transaction(async (tx) => {
    const number = await insertNumber(tx, {
      orgId: actor.orgId,
      e164,
      label: input.label,
      country,
      areaCode,
      monthlyPriceCents,
      carrierRef: bought.carrierRef,
    });
    if (!number) throw new DomainError("conflict", TAKEN_MESSAGE, { e164: [TAKEN_MESSAGE] });
    await recordAudit(
      tx,
      auditEntry(
        actor,
        "number.purchased",
        { id: number.id, name: formatPhone(e164) },
        {
          lines: [
            input.label ? `Label: ${input.label}` : "",
            `${area?.place ?? "Area code"} (${areaCode}), ${countryName(carrier, country)}`,
            `${formatCents(monthlyPriceCents)} a month`,
          ].filter(Boolean),
        },
      ),
    );
    return number;
  });
}

const countryName = (carrier: Carrier, country: CountryCode) => carrier.coverage()[country].name;

type Assignee = { memberId: string | null; ringGroupId: string | null; description: string };

async function resolveTarget(db: Db, orgId: string, target: AssignmentTarget): Promise<Assignee> {
  if (target.type === "none") return { memberId: null, ringGroupId: null, description: "Nobody" };
  if (target.type === "member") {
    const member = await findMember(db, orgId, target.id);
    if (!member) throw notFound("That member");
    if (member.status !== "active") {
      throw invalid(`${member.name} is deactivated. Choose an active member.`, { target: [`${member.name} is deactivated.`] });
    }
    return { memberId: member.id, ringGroupId: null, description: member.name };
  }
  const group = await findRingGroupName(db, orgId, target.id);
  if (!group) throw notFound("That ring group");
  return { memberId: null, ringGroupId: group.id, description: `${group.name} (ring group)` };
}

function describeCurrent(number: NonNullable<Awaited<ReturnType<typeof findNumber>>>): string {
  if (number.memberName) return number.memberName;
  if (number.ringGroupName) return `${number.ringGroupName} (ring group)`;
  return "Nobody";
}

/** Points a number at a member, a ring group, or nothing. */
export async function assignNumber(db: Db, actor: Access, input: { numberId: string; target: AssignmentTarget }) {
  return db.transaction(async (tx) => {
    if (!(await lockNumber(tx, actor.orgId, input.numberId))) throw notFound("That number");
    const number = await findNumber(tx, actor.orgId, input.numberId);
    const next = await resolveTarget(tx, actor.orgId, input.target);
    const from = describeCurrent(number);
    if (number.memberId === next.memberId && number.ringGroupId === next.ringGroupId) {
      return { number, changed: false, description: next.description };
    }
    await setNumberAssignment(tx, actor.orgId, number.id, next);
    await recordAudit(tx, auditEntry(actor, "number.assigned", { id: number.id, name: numberName(number) }, { lines: [`${from} → ${next.description}`] }));
    return { number, changed: true, description: next.description };
  });
}

/** Sets the number a member shows when calling out; null clears it. */
export async function setMemberCallerId(db: Db, actor: Access, input: { memberId: string; numberId: string | null }) {
  return db.transaction(async (tx) => {
    const member = await findCallerId(tx, actor.orgId, input.memberId);
    if (!member) throw notFound("That member");
    const number = input.numberId ? await findNumber(tx, actor.orgId, input.numberId) : null;
    if (input.numberId && !number) throw notFound("That number");
    if (member.status !== "active") {
      throw invalid(`${member.name} is deactivated. Reactivate them to change their caller ID.`);
    }
    const shown = number ? numberName(number) : "None";
    if (member.callerIdNumberId === (number?.id ?? null)) return { member, changed: false, shown };
    const previous = member.callerIdNumberId ? await findNumber(tx, actor.orgId, member.callerIdNumberId) : null;
    await setCallerId(tx, actor.orgId, member.id, number?.id ?? null);
    await recordAudit(tx, auditEntry(actor, "member.caller_id_changed", member, { lines: [`${previous ? numberName(previous) : "None"} → ${shown}`] }));
    return { member, changed: true, shown };
  });
}
