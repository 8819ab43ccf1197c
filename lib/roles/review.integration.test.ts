import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { members, roles } from "@/db/schema";
import { lastReview, lastReviews, permissionUsage } from "@/db/queries/role-reviews";
import { executeAction } from "@/lib/action";
import { useFreshDatabase } from "@/test/database";
import { accessOf, auditOf, ownerOrg, refusal, roleRow, sessionOf, withNeeds } from "@/test/fixtures";
import { confirmReviewAction } from "./actions";
import { confirmReview, removeUnusedPermissions, reviewDue, unusedPermissions } from "./review";
import { createRole, STALE_ROLE_MESSAGE, updateRole } from "./service";
import { flushUsage, noteUse } from "./usage";

const db = useFreshDatabase();

const fields = (name: string, permissions = withNeeds("members.view")) => ({ name, description: "", permissions });
const DAY = 86_400_000;

describe("review facts", () => {
  const now = new Date("2026-06-01T00:00:00Z");
  it("flags a role due when neither its creation nor its last review is within 90 days", () => {
    const old = new Date(now.getTime() - 91 * DAY);
    const recent = new Date(now.getTime() - 10 * DAY);
    expect(reviewDue(old, null, now)).toBe(true);
    expect(reviewDue(old, recent, now)).toBe(false);
    expect(reviewDue(recent, null, now)).toBe(false);
    expect(reviewDue(old, old, now)).toBe(true);
  });

  it("lists permissions never used or not used within 90 days", () => {
    const usage = new Map([
      ["members.view", new Date(now.getTime() - DAY)],
      ["analytics.view", new Date(now.getTime() - 100 * DAY)],
    ]);
    expect(unusedPermissions(["members.view", "analytics.view", "analytics.export"], usage, now)).toEqual(["analytics.view", "analytics.export"]);
  });
});

describe("permission usage", () => {
  it("buffers uses of a custom role's permissions and writes them in one flush, keeping the latest time", async () => {
    const { org, holder } = await ownerOrg(db);
    const { access, role } = await holder(withNeeds("members.view", "analytics.export"));
    const early = new Date("2026-01-01T00:00:00Z");
    const late = new Date("2026-02-01T00:00:00Z");
    noteUse(db, access, "analytics.export", late);
    noteUse(db, access, { anyOf: ["analytics.view", "billing.plan"] }, early);
    expect(await permissionUsage(db, org.id, role.id)).toEqual(new Map());
    await flushUsage();
    noteUse(db, access, "analytics.export", early);
    await flushUsage();
    const usage = await permissionUsage(db, org.id, role.id);
    expect(Object.fromEntries(usage)).toEqual({ "analytics.export": late, "analytics.view": early });
  });

  it("records nothing for built-in roles or permissions the member lacks", async () => {
    const { org, ownerAccess, holder } = await ownerOrg(db);
    const { access, role } = await holder(withNeeds("members.view"));
    noteUse(db, ownerAccess, "billing.plan");
    noteUse(db, access, "billing.plan");
    await flushUsage();
    expect(await permissionUsage(db, org.id, role.id)).toEqual(new Map());
  });

  it("is fed by the action wrapper once the permission check passes", async () => {
    const { org, holder, ownerAccess } = await ownerOrg(db);
    const target = await createRole(db, ownerAccess, fields("Reviewed by action"));
    const { access, role } = await holder(withNeeds("roles.manage"));
    const data = new FormData();
    data.set("roleId", target.id);
    data.set("version", "1");
    expect(await executeAction(confirmReviewAction, sessionOf(access.memberId), data, db)).toMatchObject({ ok: true });
    await flushUsage();
    expect([...(await permissionUsage(db, org.id, role.id)).keys()]).toEqual(["roles.manage"]);
  });

  it("survives a role deleted before the flush, keeping the other rows", async () => {
    const { org, holder } = await ownerOrg(db);
    const kept = await holder(withNeeds("members.view"));
    const gone = await holder(withNeeds("members.view"));
    noteUse(db, kept.access, "members.view");
    noteUse(db, gone.access, "members.view");
    await db.delete(members).where(eq(members.id, gone.member.id));
    await db.delete(roles).where(eq(roles.id, gone.role.id));
    await flushUsage();
    expect([...(await permissionUsage(db, org.id, kept.role.id)).keys()]).toEqual(["members.view"]);
  });
});

describe("confirmReview", () => {
  it("records who reviewed the role and when, with an audit entry", async () => {
    const { org, ownerAccess } = await ownerOrg(db);
    const role = await createRole(db, ownerAccess, fields("Quarterly"));
    await confirmReview(db, ownerAccess, { roleId: role.id, version: 1 });
    expect(await lastReview(db, org.id, role.id)).toMatchObject({ outcome: "confirmed", reviewerId: ownerAccess.memberId, reviewerName: ownerAccess.name });
    expect((await lastReviews(db, org.id, [role.id])).get(role.id)).toMatchObject({ reviewerName: ownerAccess.name });
    const [event] = await auditOf(db, org.id, "role.reviewed");
    expect(event).toMatchObject({ targetId: role.id, details: { lines: ["Still correct", "Version 1"] } });
  });

  it("refuses a review of a version that is no longer current, a built-in role, or another organisation's role", async () => {
    const { org, ownerAccess, builtInRole } = await ownerOrg(db);
    const role = await createRole(db, ownerAccess, fields("Moving"));
    await updateRole(db, ownerAccess, { ...fields("Moving on"), roleId: role.id, version: 1 });
    expect((await refusal(confirmReview(db, ownerAccess, { roleId: role.id, version: 1 }), "conflict")).message).toBe(STALE_ROLE_MESSAGE);
    await refusal(confirmReview(db, ownerAccess, { roleId: (await builtInRole("agent")).id, version: 1 }), "forbidden");
    const other = await ownerOrg(db);
    await refusal(confirmReview(db, other.ownerAccess, { roleId: role.id, version: 2 }), "not_found");
    expect(await auditOf(db, org.id, "role.reviewed")).toEqual([]);
  });

  it("needs the rights an edit needs: an Admin can't confirm a role granting Change plans, which they can't edit", async () => {
    const { org, ownerAccess, member } = await ownerOrg(db);
    const role = await createRole(db, ownerAccess, fields("Billing reviewers", withNeeds("members.view", "billing.plan")));
    const admin = await accessOf(db, (await member("admin")).id);
    await refusal(
      updateRole(db, admin, { ...fields("Billing reviewers", withNeeds("members.view", "billing.plan")), roleId: role.id, version: 1 }),
      "forbidden",
    );
    const refused = await refusal(confirmReview(db, admin, { roleId: role.id, version: 1 }), "forbidden");
    expect(refused.message).toContain("Change plans");
    expect(await lastReview(db, org.id, role.id)).toBeNull();
    expect(await auditOf(db, org.id, "role.reviewed")).toEqual([]);
    // A role within the Admin's own permissions stays theirs to review.
    const ordinary = await createRole(db, ownerAccess, fields("Ordinary"));
    await confirmReview(db, admin, { roleId: ordinary.id, version: 1 });
    expect(await lastReview(db, org.id, ordinary.id)).toMatchObject({ reviewerId: admin.memberId });
  });
});

describe("removeUnusedPermissions", () => {
  it("removes the chosen permissions and their dependents, and records the review as an edit", async () => {
    const { org, ownerAccess } = await ownerOrg(db);
    const role = await createRole(db, ownerAccess, fields("Trim me", withNeeds("members.view", "analytics.export", "recordings.listen")));
    const { removed } = await removeUnusedPermissions(db, ownerAccess, { roleId: role.id, version: 1, remove: ["analytics.view"] });
    expect(removed).toEqual(["analytics.view", "analytics.export"]);
    expect((await roleRow(db, role.id)).permissions).toEqual(["members.view", "recordings.listen"]);
    expect(await lastReview(db, org.id, role.id)).toMatchObject({ outcome: "edited" });
    // The edit and the review share a transaction, so their entries share a time: compare as a set.
    expect((await auditOf(db, org.id)).map((e) => e.action).sort()).toEqual(["role.created", "role.reviewed", "role.updated"]);
  });

  it("holds the edit to the escalation rules and writes nothing when refused", async () => {
    const { org, ownerAccess, member } = await ownerOrg(db);
    const role = await createRole(db, ownerAccess, fields("Billing trim", withNeeds("members.view", "billing.plan", "analytics.view")));
    const admin = await accessOf(db, (await member("admin")).id);
    await refusal(removeUnusedPermissions(db, admin, { roleId: role.id, version: 1, remove: ["analytics.view"] }), "forbidden");
    expect((await roleRow(db, role.id)).version).toBe(1);
    expect(await lastReview(db, org.id, role.id)).toBeNull();
    expect(await auditOf(db, org.id, "role.reviewed")).toEqual([]);
  });
});
