// The Kubernetes rule, for every permission in the registry: a member lacking it cannot
// create, edit, duplicate, delete, assign or invite to a role that grants it, even while
// holding everything else (roles.manage and roles.assign included). Each attempt goes
// through the real action path and must leave every row of the database as it was.
import { afterAll, describe, expect, it } from "vitest";
import { findMemberProfile } from "@/db/queries/member-profiles";
import { BUILT_IN_ROLES } from "@/lib/authz/built-in-roles";
import { ALL_PERMISSIONS, type Permission } from "@/lib/authz/permissions";
import { changePlan } from "@/lib/orgs/service";
import { planBulkAssign } from "@/lib/roles/bulk-assign";
import { useFreshDatabase } from "@/test/database";
import { accessOf, allExcept, makeOrg, roleRow, withNeeds } from "@/test/fixtures";
import { act, type Fields } from "./act";
import { databaseDigest } from "./snapshot";

const db = useFreshDatabase();
let attempts = 0;
let byManagers = 0;
let serial = 0;

async function expectRefusedUnchanged(name: string, memberId: string, fields: Fields) {
  const before = await databaseDigest(db);
  const result = await act(db, name, memberId, fields);
  expect(result, `${name} ${JSON.stringify(fields)}`).toMatchObject({ ok: false, code: "forbidden" });
  expect(await databaseDigest(db)).toEqual(before);
  attempts++;
}

/** The attempts for one permission the actor lacks; returns how many were made. */
async function attackPermission(permission: Permission) {
  const org = await makeOrg(db, "enterprise");
  await org.member("owner");
  const lacking = allExcept(permission);
  const actor = await org.holder(lacking, `Actor ${++serial}`);
  expect(actor.access.permissions.has(permission)).toBe(false);
  const grants = withNeeds(permission);
  // A role granting it (made by someone who may), a harmless role, and a member holding that.
  const beyond = await org.customRole(`Beyond ${serial}`, grants);
  const plain = await org.customRole(`Plain ${serial}`, []);
  const low = await org.member({ roleId: plain.id });
  const actorId = actor.member.id;
  const role = (name: string, permissions: Permission[]) => ({ name, description: "", permissions });

  await expectRefusedUnchanged("roles.create", actorId, role(`New ${serial}`, grants));
  await expectRefusedUnchanged("roles.create", actorId, { ...role(`Copy ${serial}`, grants), duplicatedFromId: beyond.id });
  await expectRefusedUnchanged("roles.update", actorId, { ...role(plain.name, grants), roleId: plain.id, version: String(plain.version) });
  // Editing a role that grants more than you hold, even to take it away, rearranges people who outrank you.
  await expectRefusedUnchanged("roles.update", actorId, {
    ...role(
      `Renamed ${serial}`,
      lacking.filter((p) => grants.includes(p)),
    ),
    roleId: beyond.id,
    version: String(beyond.version),
  });
  await expectRefusedUnchanged("roles.update", actorId, {
    ...role(actor.role.name, [...lacking, ...grants]),
    roleId: actor.role.id,
    version: String(actor.role.version),
  });
  await expectRefusedUnchanged("roles.delete", actorId, { roleId: beyond.id, version: String(beyond.version), memberCount: "0" });
  await expectRefusedUnchanged("members.assignRole", actorId, { memberId: low.id, roleId: beyond.id });
  await expectRefusedUnchanged("members.assignRole", actorId, { memberId: actorId, roleId: beyond.id });
  await expectRefusedUnchanged("members.invite", actorId, { email: `new-${process.pid}-${serial}@escalation.test`, roleId: beyond.id });
  // Lacking members.view, roles.assign or roles.manage itself means lacking roles.manage too.
  if (actor.access.permissions.has("roles.manage")) byManagers += 9;
}

describe("escalation: for every permission, a member lacking it cannot hand it out", () => {
  it.each(ALL_PERMISSIONS.map((p) => [p]))("%s", async (permission) => {
    await attackPermission(permission);
  });

  afterAll(() => {
    // 9 attempts per permission, each refused with every row unchanged.
    console.log(
      `escalation: ${attempts} attempts over ${ALL_PERMISSIONS.length} permissions, all refused; ${byManagers} of them by members holding Manage roles`,
    );
    expect(attempts).toBe(ALL_PERMISSIONS.length * 9);
    expect(byManagers).toBe((ALL_PERMISSIONS.length - 3) * 9);
  });
});

// Below Business a kept custom role is inactive (its holders act as Agents) but an upgrade
// restores it whole, so rank is counted on what it is configured to grant. The decisions:
// create, duplicate, edit, restore and review are refused for the plan, whoever asks; deleting
// and moving holders off it stay open for clean-up, to those who hold all it is configured to grant.
describe("after a downgrade: a kept custom role ranks by what it is configured to grant", () => {
  const beyondAdmin = ALL_PERMISSIONS.filter((p) => !BUILT_IN_ROLES.admin.permissions.includes(p));
  let downgraded = 0;

  async function expectRefused(code: "forbidden" | "plan", name: string, memberId: string, fields: Fields) {
    const before = await databaseDigest(db);
    expect(await act(db, name, memberId, fields), `${name} ${JSON.stringify(fields)}`).toMatchObject({ ok: false, code });
    expect(await databaseDigest(db)).toEqual(before);
    downgraded++;
  }

  it.each((["starter", "pro"] as const).flatMap((plan) => beyondAdmin.map((p) => [plan, p] as const)))(
    "on %s, an Admin can't delete, empty or review a kept role granting %s, nor deactivate or edit its holder; the Owner can clean it up",
    async (plan, permission) => {
      const org = await makeOrg(db, "business");
      const owner = await org.member("owner");
      const admin = await org.member("admin");
      const kept = await org.customRole(`Kept ${++serial}`, withNeeds(permission));
      const holder = await org.member({ roleId: kept.id });
      const agentRole = await org.builtInRole("agent");
      await changePlan(db, { orgId: org.org.id, memberId: owner.id, name: owner.name }, plan);
      const version = String(kept.version);

      await expectRefused("forbidden", "roles.delete", admin.id, { roleId: kept.id, version, memberCount: "1" });
      await expectRefused("forbidden", "members.assignRole", admin.id, { memberId: holder.id, roleId: agentRole.id });
      const bulk = await planBulkAssign(db, await accessOf(db, admin.id), { roleId: agentRole.id, memberIds: [holder.id], allMatching: false, q: "" });
      expect(bulk.toChange).toEqual([]);
      expect(bulk.skipped.map((s) => s.id)).toEqual([holder.id]);
      await expectRefused("forbidden", "members.deactivate", admin.id, { memberId: holder.id });
      const profile = await findMemberProfile(db, org.org.id, holder.id);
      await expectRefused("forbidden", "members.updateProfile", admin.id, {
        memberId: holder.id,
        version: profile.version,
        name: "Renamed",
        title: "",
        extension: "",
      });
      const fields = { name: kept.name, description: "", permissions: withNeeds(permission) };
      for (const actor of [admin.id, owner.id]) {
        await expectRefused("plan", "roles.update", actor, { ...fields, roleId: kept.id, version });
        await expectRefused("plan", "roles.create", actor, { ...fields, name: `Copy ${serial}`, duplicatedFromId: kept.id });
        await expectRefused("plan", "roles.confirmReview", actor, { roleId: kept.id, version });
        await expectRefused("plan", "roles.removeUnused", actor, { roleId: kept.id, version, remove: [permission] });
        await expectRefused("plan", "roles.restoreVersion", actor, { roleId: kept.id, fromVersion: version, version });
        await expectRefused("plan", "members.assignRole", actor, { memberId: (await org.member("agent")).id, roleId: kept.id });
      }

      // The Owner holds all it grants: moving its holder off and deleting it work.
      expect(await act(db, "members.assignRole", owner.id, { memberId: holder.id, roleId: agentRole.id })).toMatchObject({ ok: true });
      expect(await act(db, "roles.delete", owner.id, { roleId: kept.id, version, memberCount: "0" })).toMatchObject({ ok: true });
      expect(await roleRow(db, kept.id)).toBeNull();
    },
  );

  it("leaves an Admin free to clean up a kept role within their own permissions", async () => {
    const org = await makeOrg(db, "business");
    const owner = await org.member("owner");
    const admin = await org.member("admin");
    const kept = await org.customRole(`Within ${++serial}`, withNeeds("analytics.export"));
    const holders = [await org.member({ roleId: kept.id }), await org.member({ roleId: kept.id })];
    const agentRole = await org.builtInRole("agent");
    await changePlan(db, { orgId: org.org.id, memberId: owner.id, name: owner.name }, "starter");
    expect(await act(db, "members.assignRole", admin.id, { memberId: holders[0].id, roleId: agentRole.id })).toMatchObject({ ok: true });
    expect(await act(db, "roles.delete", admin.id, { roleId: kept.id, version: String(kept.version), memberCount: "1" })).toMatchObject({ ok: true });
    expect(await roleRow(db, kept.id)).toBeNull();
  });

  afterAll(() => {
    console.log(`escalation after a downgrade: ${downgraded} attempts on kept roles granting ${beyondAdmin.length} permissions an Admin lacks, all refused`);
    expect(downgraded).toBe(2 * beyondAdmin.length * 16);
  });
});
