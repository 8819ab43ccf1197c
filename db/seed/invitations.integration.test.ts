import { describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { listOpenInvitations } from "@/db/queries/invitations";
import { auditEvents, members, organizations } from "@/db/schema";
import { invitationState } from "@/lib/members/invitations";
import { useFreshDatabase } from "@/test/database";
import { seedDemoData } from "../seed";
import { seedContext } from "./context";
import { seedInvitations } from "./invitations";

const db = useFreshDatabase();

async function seeded(name: string, seed: number) {
  const [org] = await db.select().from(organizations).where(eq(organizations.name, name));
  const ctx = await seedContext(db, org, seed);
  // The lead wires seedInvitations into seedAreas; until then (or after), seed only when empty.
  if ((await listOpenInvitations(db, org.id)).length === 0) await seedInvitations(ctx);
  return { org: org, ctx };
}

describe("seedInvitations", () => {
  it("gives Acme pending, expired and revoked invitations with their audit entries", async () => {
    await seedDemoData(db);
    const { org, ctx } = await seeded("Acme Support", 1);
    const open = await listOpenInvitations(db, org.id);
    const states = open.map((i) => invitationState({ ...i, acceptedAt: null, revokedAt: null }, ctx.now));
    expect(states.filter((s) => s === "pending")).toHaveLength(4);
    expect(states.filter((s) => s === "expired")).toHaveLength(1);
    expect(open.map((i) => i.roleName)).toContain("QA Lead");
    const invited = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.orgId, org.id), eq(auditEvents.action, "member.invited")));
    expect(invited).toHaveLength(6);
    expect(invited.every((e) => e.targetId)).toBe(true);
    // No invitation goes to someone who already has an account.
    const emails = new Set((await db.select({ email: members.email }).from(members)).map((m) => m.email));
    expect(open.filter((i) => emails.has(i.email))).toEqual([]);
  });

  it("gives Bolt one pending invitation", async () => {
    const { org } = await seeded("Bolt Startup", 2);
    expect((await listOpenInvitations(db, org.id)).map((i) => i.email)).toEqual(["sam.rivera@bolt.test"]);
  });
});
