// A member changes their own password: one transaction changes the hash, raises the session
// epoch and writes the audit entry, and every session from before is refused afterwards.
import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { findAccessRow } from "@/db/queries/access";
import { members } from "@/db/schema";
import { executeAction, SIGNED_OUT_MESSAGE } from "@/lib/action";
import { checkCredentials } from "@/lib/auth/credentials";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { THROTTLE } from "@/lib/auth/throttle";
import { accessForSession, loadSessionAccess } from "@/lib/authz/check";
import { executeHandler } from "@/lib/route-handler";
import { analyticsHandlers } from "@/lib/analytics/handlers";
import { formData } from "@/test/attack/act";
import { useFreshDatabase } from "@/test/database";
import { accessOf, auditOf, makeOrg, memberRow, sessionOf } from "@/test/fixtures";
import { changePasswordAction, PASSWORD_CHANGED_PATH } from "./actions";
import { TOO_MANY_ATTEMPTS, WRONG_CURRENT_PASSWORD } from "./password";

const db = useFreshDatabase();
const OLD = "the old password, long enough";
const NEW = "the new password, long enough";

async function person() {
  const org = await makeOrg(db);
  const row = await org.member("agent");
  await db
    .update(members)
    .set({ passwordHash: await hashPassword(OLD) })
    .where(eq(members.id, row.id));
  return { org, member: await memberRow(db, row.id), session: sessionOf(row.id, 0) };
}

const change = (session: ReturnType<typeof sessionOf>, fields: Record<string, string>) => executeAction(changePasswordAction, session, formData(fields), db);

describe("changing your own password", () => {
  it("refuses a wrong current password with a field error, and changes nothing", async () => {
    const { org, member, session } = await person();
    const result = await change(session, { currentPassword: "not my password at all", newPassword: NEW, confirmPassword: NEW });
    expect(result).toMatchObject({ ok: false, code: "invalid", fieldErrors: { currentPassword: [WRONG_CURRENT_PASSWORD] } });
    expect(await memberRow(db, member.id)).toEqual(member);
    expect(await auditOf(db, org.org.id, "member.password_changed")).toHaveLength(0);
    expect(await loadSessionAccess(db, session)).not.toBeNull();
  });

  it("checks the new password: long enough, confirmed, and not the current one", async () => {
    const { member, session } = await person();
    const cases = [
      [{ currentPassword: OLD, newPassword: "short", confirmPassword: "short" }, { newPassword: ["Use at least 12 characters."] }],
      [{ currentPassword: OLD, newPassword: NEW, confirmPassword: `${NEW}!` }, { confirmPassword: ["The new passwords don't match."] }],
      [{ currentPassword: OLD, newPassword: OLD, confirmPassword: OLD }, { newPassword: ["Choose a password different from your current one."] }],
      [{ currentPassword: "", newPassword: NEW, confirmPassword: NEW }, { currentPassword: ["Enter your current password."] }],
      [{ currentPassword: OLD, newPassword: "x".repeat(201), confirmPassword: "x".repeat(201) }, { newPassword: ["Passwords can be at most 200 characters."] }],
    ] as const;
    for (const [fields, fieldErrors] of cases) {
      expect(await change(session, fields), JSON.stringify(fieldErrors)).toMatchObject({ ok: false, code: "invalid", fieldErrors });
    }
    expect(await memberRow(db, member.id)).toEqual(member);
  });

  it("changes the hash and the session epoch together, audits once, and ends every earlier session", async () => {
    const { org, member, session } = await person();
    const result = await change(session, { currentPassword: OLD, newPassword: NEW, confirmPassword: NEW });
    const message = "Your password was changed. Sign in with your new password.";
    expect(result).toEqual({ ok: true, message, redirectTo: PASSWORD_CHANGED_PATH, flash: message });

    const after = await memberRow(db, member.id);
    expect(after.sessionEpoch).toBe(member.sessionEpoch + 1);
    expect(await verifyPassword(after.passwordHash, NEW)).toBe(true);
    expect(await verifyPassword(after.passwordHash, OLD)).toBe(false);
    expect(after.updatedAt).toEqual(member.updatedAt);

    const audit = await auditOf(db, org.org.id, "member.password_changed");
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: member.id, targetId: member.id, actorName: member.name });
    expect(JSON.stringify(audit[0].details)).not.toContain(NEW);

    // The session that changed it, and any other from before, are over.
    expect(await loadSessionAccess(db, session)).toBeNull();
    expect(await change(session, { currentPassword: NEW, newPassword: OLD, confirmPassword: OLD })).toEqual({
      ok: false,
      code: "unauthenticated",
      formError: SIGNED_OUT_MESSAGE,
    });
    // Signing in again gives a session at the new epoch, which is let through.
    expect(await checkCredentials(db, { email: member.email, password: OLD })).toBeNull();
    const signedIn = await checkCredentials(db, { email: member.email, password: NEW });
    expect(signedIn).toMatchObject({ id: member.id, epoch: after.sessionEpoch });
    expect(await loadSessionAccess(db, sessionOf(member.id, signedIn!.epoch))).toMatchObject({ memberId: member.id });
  });

  it("counts wrong current passwords toward the sign-in throttle, then refuses even the right one", async () => {
    const { member, session } = await person();
    for (let i = 0; i < THROTTLE.pair.lockAfter; i++) {
      await change(session, { currentPassword: `wrong guess ${i}`, newPassword: NEW, confirmPassword: NEW });
    }
    expect(await change(session, { currentPassword: OLD, newPassword: NEW, confirmPassword: NEW })).toMatchObject({
      ok: false,
      code: "invalid",
      formError: TOO_MANY_ATTEMPTS,
    });
    expect(await memberRow(db, member.id)).toEqual(member);
  });
});

describe("a session from before a password change", () => {
  it("is refused wherever a session becomes access, like a deactivated member's", async () => {
    const { org, member } = await person();
    const owner = await org.member("owner");
    await db.update(members).set({ sessionEpoch: 2 }).where(eq(members.id, owner.id));
    const row = await findAccessRow(db, owner.id, owner.id);
    expect(row?.sessionEpoch).toBe(2);

    expect(accessForSession(row, sessionOf(owner.id, 2))).toMatchObject({ memberId: owner.id });
    for (const epoch of [0, 1, 3]) {
      expect(accessForSession(row, sessionOf(owner.id, epoch)), `epoch ${epoch}`).toBeNull();
      expect(await loadSessionAccess(db, sessionOf(owner.id, epoch))).toBeNull();
    }
    // Another member's session never borrows this row.
    expect(accessForSession(row, sessionOf(member.id, 2))).toBeNull();

    // Route handlers answer 401, with and without a row handed over by the proxy.
    const [handler] = analyticsHandlers;
    const request = () => new Request(new URL(handler.route, "http://account.test"));
    expect((await executeHandler(handler, sessionOf(owner.id, 0), request(), {}, db)).status).toBe(401);
    expect((await executeHandler(handler, sessionOf(owner.id, 0), request(), {}, db, row)).status).toBe(401);
    expect((await executeHandler(handler, sessionOf(owner.id, 2), request(), {}, db, row)).status).toBe(200);
    expect((await accessOf(db, owner.id)).memberId).toBe(owner.id);
  });
});
