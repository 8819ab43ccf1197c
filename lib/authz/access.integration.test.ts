import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { roles } from "@/db/schema";
import { assignRole, updateRole } from "@/lib/roles/service";
import { changePlan } from "@/lib/orgs/service";
import { useFreshDatabase } from "@/test/database";
import { accessOf, makeOrg, setStatus } from "@/test/fixtures";
import { BUILT_IN_ROLES } from "./built-in-roles";
import { can, lackingMessage, loadAccess } from "./check";

const db = useFreshDatabase();

describe("loadAccess reads fresh", () => {
  it("sees a role's new permissions on the very next call", async () => {
    const { member, customRole } = await makeOrg(db);
    const owner = await accessOf(db, (await member("owner")).id);
    const role = await customRole("Listeners", ["recordings.listen"]);
    const holder = await member({ roleId: role.id });

    const before = await accessOf(db, holder.id);
    expect(can(before, "recordings.download")).toBe(false);
    expect(lackingMessage("recordings.download")).toBe("You need the “Download files” permission to do this.");

    await updateRole(db, owner, { roleId: role.id, version: 1, name: "Listeners", description: "", permissions: ["recordings.listen", "recordings.download"] });
    expect(can(await accessOf(db, holder.id), "recordings.download")).toBe(true);

    await updateRole(db, owner, { roleId: role.id, version: 2, name: "Listeners", description: "", permissions: [] });
    expect((await accessOf(db, holder.id)).permissions.size).toBe(0);
  });

  it("sees a new role assignment, deactivation and plan change at once", async () => {
    const { org, member, customRole } = await makeOrg(db);
    const owner = await accessOf(db, (await member("owner")).id);
    const role = await customRole("Billing clerks", ["billing.view"]);
    const agent = await member("agent");

    await assignRole(db, owner, { memberId: agent.id, roleId: role.id });
    expect((await accessOf(db, agent.id)).permissions).toEqual(new Set(["billing.view"]));

    await changePlan(db, { orgId: org.id, memberId: owner.memberId, name: owner.name }, "starter");
    expect((await accessOf(db, agent.id)).permissions).toEqual(new Set(BUILT_IN_ROLES.agent.permissions));

    await setStatus(db, agent.id, "deactivated");
    expect(await loadAccess(db, agent.id)).toBeNull();
    await setStatus(db, agent.id, "active");
    expect(await loadAccess(db, agent.id)).not.toBeNull();
  });

  it("describes the member, organisation and role", async () => {
    const { org, member, builtInRole } = await makeOrg(db, "pro");
    const admin = await member("admin");
    const access = await accessOf(db, admin.id);
    expect(access).toMatchObject({
      memberId: admin.id,
      orgId: org.id,
      orgName: org.name,
      name: admin.name,
      email: admin.email,
      plan: "pro",
      role: { id: (await builtInRole("admin")).id, kind: "admin", name: "Admin" },
      customRoleInactive: false,
    });
    expect(access.permissions).toEqual(new Set(BUILT_IN_ROLES.admin.permissions));
  });

  it("returns null for an unknown member", async () => {
    expect(await loadAccess(db, "00000000-0000-4000-8000-000000000000")).toBeNull();
  });

  it("ignores stored permissions that the registry no longer knows", async () => {
    const { member, customRole } = await makeOrg(db);
    const role = await customRole("Legacy", ["members.view"]);
    await db
      .update(roles)
      .set({ permissions: ["members.view", "legacy.thing"] })
      .where(eq(roles.id, role.id));
    const holder = await member({ roleId: role.id });
    expect((await accessOf(db, holder.id)).permissions).toEqual(new Set(["members.view"]));
  });
});
