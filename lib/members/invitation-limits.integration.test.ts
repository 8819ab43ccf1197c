import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { invitations, rateLimits } from "@/db/schema";
import { executeAction } from "@/lib/action";
import { RATE_LIMITS } from "@/lib/rate-limits";
import { useFreshDatabase } from "@/test/database";
import { accessOf, form, makeOrg, sessionOf } from "@/test/fixtures";
import { inviteMemberAction } from "./actions";

const db = useFreshDatabase();
let n = 0;

async function scene() {
  const org = await makeOrg(db, "business");
  const admin = await accessOf(db, (await org.member("admin")).id);
  const agentRole = await org.builtInRole("agent");
  const invite = (who = admin) =>
    executeAction(inviteMemberAction, sessionOf(who.memberId), form({ email: `invitee${++n}@limits.test`, roleId: agentRole.id }), db);
  const created = async () => (await db.select().from(invitations).where(eq(invitations.orgId, org.org.id))).length;
  return { ...org, admin, invite, created };
}

describe("invitation limits", () => {
  it("accepts exactly the member's limit of 30 parallel invitations, and refuses the rest with a clear message", async () => {
    const { invite, created } = await scene();
    const results = await Promise.all(Array.from({ length: 30 }, () => invite()));
    expect(results.filter((result) => result.ok)).toHaveLength(RATE_LIMITS.invitationsPerMember.limit);
    expect(results.filter((result) => !result.ok)).toEqual(
      Array(30 - RATE_LIMITS.invitationsPerMember.limit).fill({ ok: false, code: "rate_limited", formError: RATE_LIMITS.invitationsPerMember.message }),
    );
    expect(await created()).toBe(RATE_LIMITS.invitationsPerMember.limit);
  });

  it("holds the organisation's limit whoever invites", async () => {
    const { org, member, invite, created } = await scene();
    const { limit } = RATE_LIMITS.invitationsPerOrganization;
    await db.insert(rateLimits).values({ key: `invitations:org:${org.id}`, count: limit - 2, windowStartedAt: new Date() });
    const others = await Promise.all(Array.from({ length: 3 }, async () => accessOf(db, (await member("admin")).id)));
    const results = await Promise.all(others.map((other) => invite(other)));
    expect(results.filter((result) => result.ok)).toHaveLength(2);
    expect(results.find((result) => !result.ok)).toEqual({ ok: false, code: "rate_limited", formError: RATE_LIMITS.invitationsPerOrganization.message });
    expect(await created()).toBe(2);
  });
});
