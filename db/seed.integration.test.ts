import { describe, expect, it } from "vitest";
import { count, eq } from "drizzle-orm";
import { findMemberByEmail } from "@/db/queries/members";
import { auditEvents, members, memberSessions, organizations, recordings } from "@/db/schema";
import { expireAuditEvents } from "@/lib/audit/retention";
import { verifyPassword } from "@/lib/auth/password";
import { loadAccess } from "@/lib/authz/check";
import { missingNeeds } from "@/lib/authz/permissions";
import { playRecordingHandler } from "@/lib/recordings/handlers";
import { wavSeconds } from "@/lib/recordings/wav";
import { executeHandler } from "@/lib/route-handler";
import { sessionOf } from "@/test/fixtures";
import { useFreshDatabase } from "@/test/database";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "./demo-accounts";
import { ACME_AGENTS, DEMO_DATA_STEPS, seedDemoData } from "./seed";

const db = useFreshDatabase();

describe("seedDemoData", () => {
  it("loads the demo once and is a no-op after", async () => {
    const steps: string[] = [];
    expect(await seedDemoData(db, (what) => steps.push(what))).toBe(true);
    // Progress for the first start's log: every step named once, as many as announced.
    expect(steps).toHaveLength(DEMO_DATA_STEPS);
    expect(steps[0]).toBe("members and roles");
    expect(steps).toContain("Bolt Startup: invitations");
    expect(await seedDemoData(db)).toBe(false);
    const [orgs] = await db.select({ total: count() }).from(organizations);
    expect(orgs.total).toBe(2);
  });

  it.each(DEMO_ACCOUNTS.map((a) => [a.email, a] as const))("signs %s in with the demo password and the documented role", async (email, account) => {
    const found = await findMemberByEmail(db, email);
    expect(found).not.toBeNull();
    expect(await verifyPassword(found.passwordHash, DEMO_PASSWORD)).toBe(true);
    const access = await loadAccess(db, found.id);
    expect(access).toMatchObject({ name: account.name, orgName: account.org, role: { name: account.role } });
    expect(missingNeeds(access!.permissions)).toEqual([]);
  });

  it("gives Acme its agents and one deactivated member, on the Business plan", async () => {
    const [acme] = await db.select().from(organizations).where(eq(organizations.name, "Acme Support"));
    expect(acme).toMatchObject({ plan: "business", isDemo: true });
    const rows = await db.select({ status: members.status }).from(members).where(eq(members.orgId, acme.id));
    expect(rows.filter((r) => r.status === "active")).toHaveLength(4 + ACME_AGENTS.length);
    expect(rows.filter((r) => r.status === "deactivated")).toHaveLength(1);
    const gone = await findMemberByEmail(db, "morgan.price@acme.test");
    expect(await loadAccess(db, gone.id)).toBeNull();
  });

  it("puts Bolt on Starter, where custom roles are not available", async () => {
    const [bolt] = await db.select().from(organizations).where(eq(organizations.name, "Bolt Startup"));
    expect(bolt.plan).toBe("starter");
  });

  it("stores no audio for demo recordings, and plays one as valid audio on first play, then the same bytes again", async () => {
    const [acme] = await db.select().from(organizations).where(eq(organizations.name, "Acme Support"));
    const seeded = await db.select().from(recordings).where(eq(recordings.orgId, acme.id));
    expect(seeded.length).toBeGreaterThan(0);
    expect(seeded.every((r) => r.audio === null)).toBe(true);

    const owner = await findMemberByEmail(db, "owner@acme.test");
    // Signed in once, as sessionOf expects.
    await db.insert(memberSessions).values({ id: owner.id, orgId: acme.id, memberId: owner.id, epoch: 0 });
    const recording = seeded[0];
    const play = async () => {
      const request = new Request(`http://test/recordings/${recording.id}/audio`);
      const response = await executeHandler(playRecordingHandler, sessionOf(owner.id), request, { recordingId: recording.id }, db);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("audio/wav");
      return Buffer.from(await response.arrayBuffer());
    };
    const first = await play();
    expect(first.toString("ascii", 0, 4)).toBe("RIFF");
    expect(wavSeconds(first)).toBe(recording.durationSeconds);
    const [kept] = await db.select({ audio: recordings.audio }).from(recordings).where(eq(recordings.id, recording.id));
    expect(kept.audio).toEqual(first);
    expect(await play()).toEqual(first);
  });

  // Acme's log goes back over a year and Business keeps it forever; Starter keeps a year and
  // Bolt's log is younger. So the hourly job deletes no demo entry, today or a month from now.
  it("loses no audit entry to the retention job", async () => {
    const [before] = await db.select({ total: count() }).from(auditEvents);
    expect(await expireAuditEvents(db)).toBe(0);
    expect(await expireAuditEvents(db, new Date(Date.now() + 30 * 86_400_000))).toBe(0);
    const [after] = await db.select({ total: count() }).from(auditEvents);
    expect(after.total).toBe(before.total);
  });
});
