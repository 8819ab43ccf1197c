import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { heldNumbers, listNumbers } from "@/db/queries/numbers";
import { phoneNumbers, ringGroups } from "@/db/schema";
import { executeAction } from "@/lib/action";
import type { Access } from "@/lib/authz/check";
import { useFreshDatabase } from "@/test/database";
import { auditOf, form, memberRow, ownerOrg, refusal, sessionOf, withNeeds } from "@/test/fixtures";
import { addMatrixNumber } from "@/test/matrix/numbers";
import { assignNumberAction, purchaseNumberAction, setCallerIdAction } from "./actions";
import { carrierFor } from "./carrier";
import { assignNumber, purchaseNumber, setMemberCallerId } from "./service";

const db = useFreshDatabase();

async function offered(areaCode = "415") {
  const [number] = await carrierFor(db).searchNumbers({ country: "US", areaCode, limit: 1 });
  return number.e164;
}

async function numberRow(id: string) {
  const [row] = await db.select().from(phoneNumbers).where(eq(phoneNumbers.id, id));
  return row ?? null;
}

async function ringGroup(orgId: string, name: string) {
  const [row] = await db.insert(ringGroups).values({ orgId, name }).returning();
  return row;
}

/** An actor whose audit entry cannot be written (no such member): the write must roll back with it. */
const ghostOf = (access: Access): Access => ({ ...access, memberId: crypto.randomUUID() });

describe("searching the carrier's inventory", () => {
  it("never offers a number any organisation holds", async () => {
    const { org, ownerAccess } = await ownerOrg(db);
    const before = await carrierFor(db).searchNumbers({ country: "US", areaCode: "617", limit: 3 });
    await purchaseNumber(db, ownerAccess, { orgId: org.id, e164: before[0].e164, label: "" });
    const after = (await carrierFor(db).searchNumbers({ country: "US", areaCode: "617", limit: 3 })).map((n) => n.e164);
    expect(after).not.toContain(before[0].e164);
    expect(after.slice(0, 2)).toEqual([before[1].e164, before[2].e164]);
  });
});

describe("purchaseNumber", () => {
  it("adds the number with its label and price, and audits it in the same transaction", async () => {
    const { org, ownerAccess } = await ownerOrg(db);
    const e164 = await offered();
    const number = await purchaseNumber(db, ownerAccess, { orgId: org.id, e164, label: "Sales" });
    expect(number).toMatchObject({ orgId: org.id, e164, label: "Sales", country: "US", areaCode: "415", monthlyPriceCents: 115 });
    expect(number.carrierRef).toMatch(/^PN/);
    const [event] = await auditOf(db, org.id, "number.purchased");
    expect(event).toMatchObject({
      targetId: number.id,
      actorId: ownerAccess.memberId,
      details: { lines: ["Label: Sales", "San Francisco, CA (415), United States", "$1.15 a month"] },
    });
    expect((await carrierFor(db).searchNumbers({ country: "US", areaCode: "415", limit: 20 })).map((n) => n.e164)).not.toContain(e164);
  });

  it("refuses a number another organisation holds as a conflict, and changes nothing", async () => {
    const first = await ownerOrg(db);
    const second = await ownerOrg(db);
    const e164 = await offered();
    await purchaseNumber(db, first.ownerAccess, { orgId: first.org.id, e164, label: "" });
    const error = await refusal(purchaseNumber(db, second.ownerAccess, { orgId: second.org.id, e164, label: "" }), "conflict");
    expect(error.fieldErrors?.e164).toBeDefined();
    expect((await listNumbers(db, second.org.id, {})).total).toBe(0);
    expect(await auditOf(db, second.org.id)).toEqual([]);
  });

  it("refuses a number the carrier does not sell", async () => {
    const { org, ownerAccess } = await ownerOrg(db);
    await refusal(purchaseNumber(db, ownerAccess, { orgId: org.id, e164: "+12125550100", label: "" }), "invalid");
  });

  it("treats a form opened for another organisation as not found", async () => {
    const { ownerAccess } = await ownerOrg(db);
    const other = await ownerOrg(db);
    await refusal(purchaseNumber(db, ownerAccess, { orgId: other.org.id, e164: await offered(), label: "" }), "not_found");
  });

  it("adds no number when its audit entry cannot be written", async () => {
    const { org, ownerAccess } = await ownerOrg(db);
    const e164 = await offered();
    await expect(purchaseNumber(db, ghostOf(ownerAccess), { orgId: org.id, e164, label: "" })).rejects.toThrow();
    expect(await heldNumbers(db, [e164])).toEqual(new Set());
  });

  it("is refused through the action without Purchase numbers, and validates the form", async () => {
    const { org, member, holder } = await ownerOrg(db);
    const agent = await member("agent");
    const fields = { orgId: org.id, e164: await offered(), label: "" };
    expect(await executeAction(purchaseNumberAction, sessionOf(agent.id), form(fields), db)).toMatchObject({ ok: false, code: "forbidden" });
    const buyer = await holder(withNeeds("numbers.purchase"));
    expect(await executeAction(purchaseNumberAction, sessionOf(buyer.member.id), form({ ...fields, e164: "not a number" }), db)).toMatchObject({
      ok: false,
      code: "invalid",
      fieldErrors: { e164: ["Choose a number to buy."] },
    });
    expect(await executeAction(purchaseNumberAction, sessionOf(buyer.member.id), form({ ...fields, label: "x".repeat(61) }), db)).toMatchObject({
      ok: false,
      fieldErrors: { label: ["Labels can be at most 60 characters."] },
    });
    const result = await executeAction(purchaseNumberAction, sessionOf(buyer.member.id), form(fields), db);
    expect(result).toMatchObject({ ok: true, redirectTo: expect.stringMatching(/^\/numbers\/[0-9a-f-]{36}$/) });
  });
});

describe("assignNumber", () => {
  it("points a number at a member, then a ring group, then nobody, auditing each change", async () => {
    const { org, ownerAccess, member } = await ownerOrg(db);
    const liam = await member("agent");
    const number = await addMatrixNumber(db, org.id, "Support");
    const group = await ringGroup(org.id, "Tier 1");

    expect(await assignNumber(db, ownerAccess, { numberId: number.id, target: { type: "member", id: liam.id } })).toMatchObject({ changed: true });
    expect(await numberRow(number.id)).toMatchObject({ assignedMemberId: liam.id, assignedRingGroupId: null });
    await assignNumber(db, ownerAccess, { numberId: number.id, target: { type: "ringGroup", id: group.id } });
    expect(await numberRow(number.id)).toMatchObject({ assignedMemberId: null, assignedRingGroupId: group.id });
    await assignNumber(db, ownerAccess, { numberId: number.id, target: { type: "none" } });
    expect(await numberRow(number.id)).toMatchObject({ assignedMemberId: null, assignedRingGroupId: null });

    const lines = (await auditOf(db, org.id, "number.assigned")).map((e) => e.details.lines);
    expect(lines).toEqual([[`Nobody → ${liam.name}`], [`${liam.name} → Tier 1 (ring group)`], ["Tier 1 (ring group) → Nobody"]]);
  });

  it("writes nothing when the number already rings that target", async () => {
    const { org, ownerAccess } = await ownerOrg(db);
    const number = await addMatrixNumber(db, org.id, "");
    expect(await assignNumber(db, ownerAccess, { numberId: number.id, target: { type: "none" } })).toMatchObject({ changed: false });
    expect(await auditOf(db, org.id)).toEqual([]);
  });

  it("treats another organisation's number, member or ring group as not found", async () => {
    const { org, ownerAccess, member } = await ownerOrg(db);
    const other = await ownerOrg(db);
    const mine = await addMatrixNumber(db, org.id, "");
    const theirs = await addMatrixNumber(db, other.org.id, "");
    const theirMember = await other.member("agent");
    const theirGroup = await ringGroup(other.org.id, "Theirs");
    await refusal(assignNumber(db, ownerAccess, { numberId: theirs.id, target: { type: "member", id: (await member("agent")).id } }), "not_found");
    await refusal(assignNumber(db, ownerAccess, { numberId: mine.id, target: { type: "member", id: theirMember.id } }), "not_found");
    await refusal(assignNumber(db, ownerAccess, { numberId: mine.id, target: { type: "ringGroup", id: theirGroup.id } }), "not_found");
    expect(await numberRow(mine.id)).toMatchObject({ assignedMemberId: null, assignedRingGroupId: null });
  });

  it("refuses a deactivated member", async () => {
    const { org, ownerAccess, member } = await ownerOrg(db);
    const gone = await member("agent", "deactivated");
    const number = await addMatrixNumber(db, org.id, "");
    await refusal(assignNumber(db, ownerAccess, { numberId: number.id, target: { type: "member", id: gone.id } }), "invalid");
  });

  it("keeps the old assignment when the audit entry cannot be written", async () => {
    const { org, ownerAccess, member } = await ownerOrg(db);
    const number = await addMatrixNumber(db, org.id, "");
    const liam = await member("agent");
    await expect(assignNumber(db, ghostOf(ownerAccess), { numberId: number.id, target: { type: "member", id: liam.id } })).rejects.toThrow();
    expect((await numberRow(number.id)).assignedMemberId).toBeNull();
  });

  it("reads the target from the form and refuses members without Assign numbers", async () => {
    const { org, member, holder } = await ownerOrg(db);
    const number = await addMatrixNumber(db, org.id, "");
    const liam = await member("agent");
    const viewer = await holder(withNeeds("numbers.view"));
    const fields = { numberId: number.id, target: `member:${liam.id}` };
    expect(await executeAction(assignNumberAction, sessionOf(viewer.member.id), form(fields), db)).toMatchObject({ ok: false, code: "forbidden" });
    const assigner = await holder(withNeeds("numbers.assign"));
    expect(await executeAction(assignNumberAction, sessionOf(assigner.member.id), form({ ...fields, target: "everyone" }), db)).toMatchObject({
      ok: false,
      code: "invalid",
      fieldErrors: { target: ["Choose who this number rings."] },
    });
    expect(await executeAction(assignNumberAction, sessionOf(assigner.member.id), form(fields), db)).toMatchObject({ ok: true });
    expect((await numberRow(number.id)).assignedMemberId).toBe(liam.id);
  });
});

describe("setMemberCallerId", () => {
  it("sets and clears a member's caller ID, auditing each change", async () => {
    const { org, ownerAccess, member } = await ownerOrg(db);
    const liam = await member("agent");
    const number = await addMatrixNumber(db, org.id, "Main line");
    await setMemberCallerId(db, ownerAccess, { memberId: liam.id, numberId: number.id });
    expect((await memberRow(db, liam.id)).callerIdNumberId).toBe(number.id);
    await setMemberCallerId(db, ownerAccess, { memberId: liam.id, numberId: null });
    expect((await memberRow(db, liam.id)).callerIdNumberId).toBeNull();
    const events = await auditOf(db, org.id, "member.caller_id_changed");
    expect(events.map((e) => [e.targetName, e.details.lines?.[0]?.replace(/\+1 \(206\) \d{3}-\d{4}/, "N")])).toEqual([
      [liam.name, "None → N (Main line)"],
      [liam.name, "N (Main line) → None"],
    ]);
  });

  it("treats another organisation's member or number as not found", async () => {
    const { org, ownerAccess, member } = await ownerOrg(db);
    const other = await ownerOrg(db);
    const mine = await addMatrixNumber(db, org.id, "");
    const theirs = await addMatrixNumber(db, other.org.id, "");
    const liam = await member("agent");
    await refusal(setMemberCallerId(db, ownerAccess, { memberId: liam.id, numberId: theirs.id }), "not_found");
    await refusal(setMemberCallerId(db, ownerAccess, { memberId: (await other.member("agent")).id, numberId: mine.id }), "not_found");
    expect((await memberRow(db, liam.id)).callerIdNumberId).toBeNull();
  });

  it("refuses deactivated members, and members without Configure caller ID", async () => {
    const { org, ownerAccess, member, holder } = await ownerOrg(db);
    const number = await addMatrixNumber(db, org.id, "");
    const gone = await member("agent", "deactivated");
    await refusal(setMemberCallerId(db, ownerAccess, { memberId: gone.id, numberId: number.id }), "invalid");
    const assigner = await holder(withNeeds("numbers.assign"));
    const fields = { memberId: (await member("agent")).id, numberId: number.id };
    expect(await executeAction(setCallerIdAction, sessionOf(assigner.member.id), form(fields), db)).toMatchObject({ ok: false, code: "forbidden" });
    const configurer = await holder(withNeeds("numbers.callerId"));
    expect(await executeAction(setCallerIdAction, sessionOf(configurer.member.id), form({ ...fields, numberId: "" }), db)).toMatchObject({ ok: true });
  });
});

describe("listNumbers", () => {
  it("finds numbers by digits however typed, label or who they ring, within the organisation only", async () => {
    const { org, ownerAccess, member } = await ownerOrg(db);
    const other = await ownerOrg(db);
    const sales = await addMatrixNumber(db, org.id, "Sales desk");
    const plain = await addMatrixNumber(db, org.id, "");
    await addMatrixNumber(db, other.org.id, "Sales desk");
    const liam = await member("agent");
    await assignNumber(db, ownerAccess, { numberId: plain.id, target: { type: "member", id: liam.id } });

    expect((await listNumbers(db, org.id, {})).total).toBe(2);
    expect((await listNumbers(db, org.id, { q: "sales" })).rows.map((r) => r.id)).toEqual([sales.id]);
    expect((await listNumbers(db, org.id, { q: liam.name })).rows.map((r) => r.id)).toEqual([plain.id]);
    const digits = plain.e164.slice(2);
    const typed = `(${digits.slice(0, 3)}) ${digits.slice(3, 6)}-${digits.slice(6)}`;
    expect((await listNumbers(db, org.id, { q: typed })).rows.map((r) => r.id)).toEqual([plain.id]);
    expect((await listNumbers(db, org.id, {})).monthlyCents).toBe(230);
  });
});
