// Your signed-in sessions, on /account: listed with device and last seen, and "Sign out other
// sessions" ends every one but this, in one transaction with its audit entry.
import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { members, memberSessions } from "@/db/schema";
import { executeAction } from "@/lib/action";
import { SESSION_MAX_AGE_S } from "@/lib/auth/session-policy";
import { endSession, startSession } from "@/lib/auth/sessions";
import { loadSessionAccess } from "@/lib/authz/check";
import { formData } from "@/test/attack/act";
import { useFreshDatabase } from "@/test/database";
import { auditOf, makeOrg } from "@/test/fixtures";
import { signOutOtherSessionsAction } from "./actions";
import { describeDevice } from "./device";
import { listSessions } from "./sessions";

const db = useFreshDatabase();

const CHROME_MAC = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36";
const FIREFOX_WINDOWS = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0";
const SAFARI_IPHONE = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1";

async function memberWithSessions() {
  const org = await makeOrg(db);
  const member = await org.member("agent");
  const sign = async (userAgent: string) => ({ memberId: member.id, epoch: 0, ...(await startSession(db, { id: member.id, epoch: 0 }, userAgent)) });
  const here = await sign(CHROME_MAC);
  const phone = await sign(SAFARI_IPHONE);
  const laptop = await sign(FIREFOX_WINDOWS);
  // The fixture's own session (sessionOf) is ended: these three are the member's.
  await endSession(db, { memberId: member.id, sessionId: member.id });
  return { org, member, here, phone, laptop, access: (await loadSessionAccess(db, here))! };
}

describe("the sessions list", () => {
  it("shows each standing session's device and last seen, most recent first, and which is this one", async () => {
    const { member, here, phone, laptop, access } = await memberWithSessions();
    await db
      .update(memberSessions)
      .set({ lastSeenAt: sql`now() - interval '1 hour'` })
      .where(eq(memberSessions.id, laptop.sessionId));
    await db
      .update(memberSessions)
      .set({ lastSeenAt: sql`now() - interval '2 hours'` })
      .where(eq(memberSessions.id, phone.sessionId));

    const listed = await listSessions(db, access);
    expect(listed.map((s) => [s.id, s.device, s.current])).toEqual([
      [here.sessionId, "Chrome on macOS", true],
      [laptop.sessionId, "Firefox on Windows", false],
      [phone.sessionId, "Safari on iPhone", false],
    ]);
    expect(listed[0].signedInAt).toEqual(new Date(here.signedInAt));

    // Another member's sessions never show, nor ended ones: signed out, past 12 hours, before a password change.
    await endSession(db, laptop);
    await db
      .update(memberSessions)
      .set({ createdAt: sql`now() - make_interval(secs => ${SESSION_MAX_AGE_S + 1})` })
      .where(eq(memberSessions.id, phone.sessionId));
    expect((await listSessions(db, access)).map((s) => s.id)).toEqual([here.sessionId]);
    await db.update(members).set({ sessionEpoch: 1 }).where(eq(members.id, member.id));
    expect(await listSessions(db, access)).toEqual([]);
  });

  it("names devices from their user agent, and says so when it cannot", () => {
    expect(describeDevice("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/140.0.0.0 Safari/537.36")).toBe(
      "Chrome on Linux",
    );
    expect(
      describeDevice("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36 Edg/140.0.0.0"),
    ).toBe("Edge on Windows");
    expect(describeDevice("Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Mobile Safari/537.36")).toBe(
      "Chrome on Android",
    );
    expect(describeDevice(SAFARI_IPHONE)).toBe("Safari on iPhone");
    expect(describeDevice("curl/8.5.0")).toBe("Unknown browser");
    expect(describeDevice(null)).toBe("Unknown browser");
  });
});

describe("signing out other sessions", () => {
  it("ends every session but this one, with one audit entry, and says how many", async () => {
    const { org, member, here, phone, laptop } = await memberWithSessions();
    const result = await executeAction(signOutOtherSessionsAction, here, formData({}), db);
    expect(result).toEqual({ ok: true, message: "Signed out 2 other sessions." });
    expect(await loadSessionAccess(db, here)).toMatchObject({ memberId: member.id });
    expect(await loadSessionAccess(db, phone)).toBeNull();
    expect(await loadSessionAccess(db, laptop)).toBeNull();
    const audit = await auditOf(db, org.org.id, "member.sessions_signed_out");
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: member.id, targetId: member.id, details: { lines: ["2 other sessions were signed out."] } });

    // Nothing left to end: said so, and not audited again.
    expect(await executeAction(signOutOtherSessionsAction, here, formData({}), db)).toEqual({ ok: true, message: "No other session was signed in." });
    expect(await auditOf(db, org.org.id, "member.sessions_signed_out")).toHaveLength(1);
  });

  it("leaves other members' sessions alone", async () => {
    const { org, here } = await memberWithSessions();
    const other = await org.member("owner");
    const otherSession = { memberId: other.id, epoch: 0, ...(await startSession(db, { id: other.id, epoch: 0 }, CHROME_MAC)) };
    await executeAction(signOutOtherSessionsAction, here, formData({}), db);
    expect(await loadSessionAccess(db, otherSession)).not.toBeNull();
  });
});
