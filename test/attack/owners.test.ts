// Self-promotion, the last Owner, and Admins reaching for Owners: refused through the real
// action path, with every row of the database unchanged.
import { beforeAll, describe, expect, it } from "vitest";
import { findMemberProfile } from "@/db/queries/member-profiles";
import { insertInvitation } from "@/db/queries/invitations";
import { hashInvitationToken, invitationExpiry, newInvitationToken } from "@/lib/members/invitation-token";
import { useFreshDatabase } from "@/test/database";
import { makeOrg, withNeeds, type TestOrg } from "@/test/fixtures";
import { act, type Fields } from "./act";
import { databaseDigest } from "./snapshot";

const db = useFreshDatabase();

async function refused(name: string, memberId: string, fields: Fields, message?: RegExp) {
  const before = await databaseDigest(db);
  const result = await act(db, name, memberId, fields);
  expect(result).toMatchObject({ ok: false, code: "forbidden" });
  if (message && !result.ok) expect(result.formError).toMatch(message);
  expect(await databaseDigest(db)).toEqual(before);
}

let org: TestOrg;
let ids: Record<"owner" | "admin" | "assigner" | "agent" | "ownerRole" | "adminRole" | "ownerInvite", string>;

beforeAll(async () => {
  org = await makeOrg(db, "business");
  const owner = await org.member("owner");
  const admin = await org.member("admin");
  const assigner = (await org.holder(withNeeds("roles.manage", "members.deactivate"))).member;
  const agent = await org.member("agent");
  const ownerRole = await org.builtInRole("owner");
  const invitation = await insertInvitation(db, {
    orgId: org.org.id,
    email: `owner-invite-${process.pid}@owners.test`,
    roleId: ownerRole.id,
    tokenHash: hashInvitationToken(newInvitationToken()),
    invitedById: owner.id,
    expiresAt: invitationExpiry(new Date()),
  });
  ids = {
    owner: owner.id,
    admin: admin.id,
    assigner: assigner.id,
    agent: agent.id,
    ownerRole: ownerRole.id,
    adminRole: (await org.builtInRole("admin")).id,
    ownerInvite: invitation.id,
  };
});

describe("self-promotion", () => {
  it("an Admin cannot make themselves Owner", () => refused("members.assignRole", ids.admin, { memberId: ids.admin, roleId: ids.ownerRole }));
  it("a role manager cannot make themselves Admin", () => refused("members.assignRole", ids.assigner, { memberId: ids.assigner, roleId: ids.adminRole }));
  it("nobody deactivates themselves", () => refused("members.deactivate", ids.admin, { memberId: ids.admin }));
});

describe("the last Owner", () => {
  it("cannot demote themselves", () => refused("members.assignRole", ids.owner, { memberId: ids.owner, roleId: ids.adminRole }, /your own role/));
  it("cannot deactivate themselves", () => refused("members.deactivate", ids.owner, { memberId: ids.owner }));

  it("stays while a second Owner is deactivated, and another Owner cannot demote the last active one", async () => {
    const other = await org.member("owner", "deactivated");
    await refused("members.assignRole", ids.owner, { memberId: ids.owner, roleId: ids.adminRole });
    // The deactivated Owner is signed out: it cannot act at all.
    const result = await act(db, "members.assignRole", other.id, { memberId: ids.owner, roleId: ids.adminRole });
    expect(result).toMatchObject({ ok: false, code: "unauthenticated" });
  });
});

describe("an Admin touching an Owner", () => {
  it("cannot change an Owner's role", () => refused("members.assignRole", ids.admin, { memberId: ids.owner, roleId: ids.adminRole }, /Only an Owner/));
  it("cannot deactivate an Owner", () => refused("members.deactivate", ids.admin, { memberId: ids.owner }, /Only an Owner/));
  it("cannot make anyone an Owner", () => refused("members.assignRole", ids.admin, { memberId: ids.agent, roleId: ids.ownerRole }));
  it("cannot invite an Owner", () => refused("members.invite", ids.admin, { email: `new-owner-${process.pid}@owners.test`, roleId: ids.ownerRole }));
  it("cannot revoke an invitation to be an Owner", () => refused("members.revokeInvitation", ids.admin, { invitationId: ids.ownerInvite }));
  it("cannot resend an invitation to be an Owner", () => refused("members.resendInvitation", ids.admin, { invitationId: ids.ownerInvite }, /Only an Owner/));
  it("cannot edit an Owner's profile (name, title, or the extension their calls ring on)", async () => {
    const owner = await findMemberProfile(db, org.org.id, ids.owner);
    await refused(
      "members.updateProfile",
      ids.admin,
      { memberId: ids.owner, version: owner.version, name: "Renamed by an Admin", title: "", extension: "" },
      /Only an Owner/,
    );
  });
  it("a custom role holding every team permission is refused the same", async () => {
    await refused("members.assignRole", ids.assigner, { memberId: ids.owner, roleId: ids.adminRole });
    await refused("members.deactivate", ids.assigner, { memberId: ids.owner });
  });
});
