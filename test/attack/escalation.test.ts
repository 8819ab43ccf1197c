// The Kubernetes rule, for every permission in the registry: a member lacking it cannot
// create, edit, duplicate, delete, assign or invite to a role that grants it, even while
// holding everything else (roles.manage and roles.assign included). Each attempt goes
// through the real action path and must leave every row of the database as it was.
import { afterAll, describe, expect, it } from "vitest";
import { ALL_PERMISSIONS, type Permission } from "@/lib/authz/permissions";
import { useFreshDatabase } from "@/test/database";
import { allExcept, makeOrg, withNeeds } from "@/test/fixtures";
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
    ...role(`Renamed ${serial}`, lacking.filter((p) => grants.includes(p))),
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
