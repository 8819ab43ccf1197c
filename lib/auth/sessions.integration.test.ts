// Sessions end when they should: signing out ends the stored session for every copy of its
// cookie, 12 hours after sign-in is the end whatever the session does, and deactivation ends
// them for good, even after reactivation.
import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { findAccessRow } from "@/db/queries/access";
import { memberSessions } from "@/db/schema";
import { loadSessionAccess } from "@/lib/authz/check";
import { setAccountStatus } from "@/lib/members/profiles";
import { useFreshDatabase } from "@/test/database";
import { accessOf, makeOrg, sessionOf } from "@/test/fixtures";
import { flushSeen } from "./last-seen";
import { SESSION_MAX_AGE_S } from "./session-policy";
import { endSession, startSession, tokenStands } from "./sessions";

const db = useFreshDatabase();

/** A member signed in twice, as from two browsers: the two sessions' claims. */
async function signedInTwice() {
  const org = await makeOrg(db);
  const member = await org.member("agent");
  const sign = async () => ({
    memberId: member.id,
    epoch: 0,
    ...(await startSession(db, { id: member.id, epoch: 0 }, "Mozilla/5.0 (X11; Linux x86_64) Chrome/140.0")),
  });
  return { org, member, here: await sign(), elsewhere: await sign() };
}

const sessionRow = async (id: string) => (await db.select().from(memberSessions).where(eq(memberSessions.id, id)))[0];
const ageSession = (id: string, seconds: number) =>
  db
    .update(memberSessions)
    .set({ createdAt: sql`now() - make_interval(secs => ${seconds})` })
    .where(eq(memberSessions.id, id));

describe("signing out", () => {
  it("ends that session on the server, for any copy of its cookie; the member's other sessions stand", async () => {
    const { member, here, elsewhere } = await signedInTwice();
    expect(await loadSessionAccess(db, here)).toMatchObject({ memberId: member.id, sessionId: here.sessionId });
    await endSession(db, here);
    expect(await loadSessionAccess(db, here)).toBeNull();
    expect(await loadSessionAccess(db, elsewhere)).toMatchObject({ memberId: member.id, sessionId: elsewhere.sessionId });
    // Signing out twice changes nothing more.
    const revokedAt = (await sessionRow(here.sessionId)).revokedAt;
    expect(revokedAt).not.toBeNull();
    await endSession(db, here);
    expect((await sessionRow(here.sessionId)).revokedAt).toEqual(revokedAt);
  });

  it("cannot end another member's session by naming its id", async () => {
    const { org, here } = await signedInTwice();
    const other = await org.member("owner");
    await endSession(db, { memberId: other.id, sessionId: here.sessionId });
    expect(await loadSessionAccess(db, here)).not.toBeNull();
  });

  it("refuses a session id the member never signed in with, or one of another member's", async () => {
    const { org, member, here } = await signedInTwice();
    const other = await org.member("agent");
    expect(await loadSessionAccess(db, { ...here, sessionId: other.id })).toBeNull();
    expect(await loadSessionAccess(db, { ...sessionOf(other.id), sessionId: here.sessionId })).toBeNull();
    expect(await loadSessionAccess(db, { ...here, sessionId: "3f0b8c1e-7d2a-4c5b-9e6f-1a2b3c4d5e6f" })).toBeNull();
    expect(await loadSessionAccess(db, { ...here, sessionId: "not-a-uuid" })).toBeNull();
    expect((await findAccessRow(db, member.id, null))?.liveSessionId).toBeNull();
  });
});

describe("the 12 hours from sign-in", () => {
  it("end the session on the server whatever the token says", async () => {
    const { here, elsewhere } = await signedInTwice();
    await ageSession(here.sessionId, SESSION_MAX_AGE_S - 60);
    expect(await loadSessionAccess(db, here)).not.toBeNull();
    await ageSession(here.sessionId, SESSION_MAX_AGE_S + 1);
    expect(await loadSessionAccess(db, here)).toBeNull();
    expect(await loadSessionAccess(db, elsewhere)).not.toBeNull();
  });

  it("end it by the token's own sign-in time too", async () => {
    const { here } = await signedInTwice();
    expect(await loadSessionAccess(db, { ...here, signedInAt: Date.now() - SESSION_MAX_AGE_S * 1000 - 1000 })).toBeNull();
  });
});

describe("Auth.js's own reads of the session (GET /api/auth/session)", () => {
  const tokenOf = (claims: { memberId: string; epoch: number; sessionId: string; signedInAt: number }) => ({
    name: "Someone",
    email: "someone@example.test",
    memberId: claims.memberId,
    epoch: claims.epoch,
    sid: claims.sessionId,
    signedInAt: claims.signedInAt,
  });

  it("stand only while the session does: not signed out, not deactivated, not past 12 hours, not before a password change", async () => {
    const { org, member, here, elsewhere } = await signedInTwice();
    expect(await tokenStands(db, tokenOf(here))).toBe(true);
    await endSession(db, here);
    expect(await tokenStands(db, tokenOf(here))).toBe(false);

    expect(await tokenStands(db, tokenOf({ ...elsewhere, epoch: 1 }))).toBe(false);
    expect(await tokenStands(db, tokenOf({ ...elsewhere, signedInAt: Date.now() - SESSION_MAX_AGE_S * 1000 - 1 }))).toBe(false);
    expect(await tokenStands(db, { ...tokenOf(elsewhere), sid: undefined })).toBe(false);
    expect(await tokenStands(db, tokenOf(elsewhere))).toBe(true);

    const owner = await accessOf(db, (await org.member("owner")).id);
    await setAccountStatus(db, owner, { memberId: member.id }, "deactivated");
    expect(await tokenStands(db, tokenOf(elsewhere))).toBe(false);
  });
});

describe("deactivation", () => {
  it("ends the member's sessions for good: a cookie from before stays dead after reactivation", async () => {
    const org = await makeOrg(db);
    const owner = await accessOf(db, (await org.member("owner")).id);
    const agent = await org.member("agent");
    const before = sessionOf(agent.id);
    expect(await loadSessionAccess(db, before)).toMatchObject({ memberId: agent.id });

    await setAccountStatus(db, owner, { memberId: agent.id }, "deactivated");
    expect(await loadSessionAccess(db, before)).toBeNull();
    await setAccountStatus(db, owner, { memberId: agent.id }, "active");
    expect(await loadSessionAccess(db, before)).toBeNull();
  });
});

describe("last seen", () => {
  it("is written for a session unseen for a minute, once, after the request; not for one seen just now", async () => {
    const { here, elsewhere } = await signedInTwice();
    const setSeen = (id: string, secondsAgo: number) =>
      db
        .update(memberSessions)
        .set({ lastSeenAt: sql`now() - make_interval(secs => ${secondsAgo})` })
        .where(eq(memberSessions.id, id));
    await setSeen(here.sessionId, 120);
    await setSeen(elsewhere.sessionId, 10);
    const [staleBefore, recentBefore] = [(await sessionRow(here.sessionId)).lastSeenAt, (await sessionRow(elsewhere.sessionId)).lastSeenAt];

    await loadSessionAccess(db, here);
    await loadSessionAccess(db, elsewhere);
    // Nothing is written on the request path itself.
    expect((await sessionRow(here.sessionId)).lastSeenAt).toEqual(staleBefore);
    await flushSeen();
    expect((await sessionRow(here.sessionId)).lastSeenAt.getTime()).toBeGreaterThan(staleBefore.getTime());
    expect((await sessionRow(elsewhere.sessionId)).lastSeenAt).toEqual(recentBefore);

    // Seen now: the next requests note nothing more.
    const seen = (await sessionRow(here.sessionId)).lastSeenAt;
    await loadSessionAccess(db, here);
    await flushSeen();
    expect((await sessionRow(here.sessionId)).lastSeenAt).toEqual(seen);
  });
});
