// A failure in the middle of each multi-row write (role delete, plan change, invitation
// acceptance), injected by a trigger that raises on the Nth row of a table: the transaction
// rolls back whole (every row of every table as before), and the same write then succeeds.
import { afterAll, describe, expect, it } from "vitest";
import type { Db } from "@/db";
import { acceptInvitation, inviteMember } from "@/lib/members/invitations";
import { changeOrganizationPlan } from "@/lib/billing/plan-change";
import { deleteRole } from "@/lib/roles/service";
import { useFreshDatabase } from "@/test/database";
import { accessOf, makeOrg } from "@/test/fixtures";
import { membersWithoutRole } from "@/test/invariants";
import { databaseDigest } from "@/test/attack/snapshot";
import { FAULT_MESSAGE, withFault, type FaultPoint } from "./inject";

const db = useFreshDatabase();
let survived = 0;

/** Every fault point fails the write and leaves the database as it was; then the write succeeds. */
async function expectAtomic(points: FaultPoint[], write: () => Promise<unknown>) {
  for (const point of points) {
    const before = await databaseDigest(db);
    const { error, rowsSeen } = await withFault(db, point, write);
    const label = `${point.op} #${point.nth} on ${point.table}`;
    // Drizzle wraps the database's error: the fault's message is in its cause.
    const cause = error instanceof Error ? error.cause : undefined;
    expect(`${String(error)} ${String(cause)}`, label).toContain(FAULT_MESSAGE);
    expect(rowsSeen, `${label} was never reached`).toBeGreaterThanOrEqual(point.nth);
    expect(await databaseDigest(db), `${label} left a partial write`).toEqual(before);
    survived++;
  }
  const before = await databaseDigest(db);
  await write();
  expect(await databaseDigest(db)).not.toEqual(before);
  expect(await membersWithoutRole(db)).toBe(0);
}

async function orgWithOwner(d: Db, plan: "business" | "enterprise" = "enterprise") {
  const org = await makeOrg(d, plan);
  const owner = await org.member("owner");
  return { org, access: await accessOf(d, owner.id) };
}

describe("a fault mid-write rolls back the whole write", () => {
  it("role delete: moving holders, moving invitations, deleting the role, the audit entry", async () => {
    const { org, access } = await orgWithOwner(db);
    const role = await org.customRole("Doomed", ["members.view"]);
    for (let i = 0; i < 3; i++) await org.member({ roleId: role.id });
    await inviteMember(db, access, { email: `doomed-${process.pid}@faults.test`, roleId: role.id });
    await expectAtomic(
      [
        { table: "members", op: "UPDATE", nth: 1 },
        { table: "members", op: "UPDATE", nth: 3 },
        { table: "invitations", op: "UPDATE", nth: 1 },
        { table: "roles", op: "DELETE", nth: 1 },
        { table: "audit_events", op: "INSERT", nth: 1 },
      ],
      () => deleteRole(db, access, { roleId: role.id, version: role.version, memberCount: 3 }),
    );
  });

  it("plan change: the downgrade and its audit entry", async () => {
    const { org, access } = await orgWithOwner(db, "business");
    const role = await org.customRole("Goes inactive", ["members.view"]);
    await org.member({ roleId: role.id });
    await expectAtomic(
      [
        { table: "organizations", op: "UPDATE", nth: 1 },
        { table: "audit_events", op: "INSERT", nth: 1 },
      ],
      () => changeOrganizationPlan(db, access, { orgId: org.org.id, plan: "pro", inactiveRoles: 1, affectedMembers: 1 }),
    );
  });

  it("invitation acceptance: the new member, the used invitation, the audit entry", async () => {
    const { org, access } = await orgWithOwner(db);
    const role = await org.customRole("Invited", ["members.view"]);
    const { token } = await inviteMember(db, access, { email: `invitee-${process.pid}@faults.test`, roleId: role.id });
    await expectAtomic(
      [
        { table: "members", op: "INSERT", nth: 1 },
        { table: "invitations", op: "UPDATE", nth: 1 },
        { table: "audit_events", op: "INSERT", nth: 1 },
      ],
      () => acceptInvitation(db, { token, name: "New Person", password: "a long enough password" }),
    );
  });
});

afterAll(() => {
  console.log(`faults: ${survived} injected mid-write, each rolled back whole`);
});
