// Save Changes on a member confirms "from this role to that one": if the member's role
// changed since the page showed it, the confirmed impact is stale and the change is refused.
import { describe, expect, it } from "vitest";
import { executeAction } from "@/lib/action";
import { useFreshDatabase } from "@/test/database";
import { accessOf, auditOf, makeOrg, memberRow, refusal, sessionOf } from "@/test/fixtures";
import { assignRoleAction } from "./actions";
import { assignRole, STALE_MEMBER_ROLE_MESSAGE } from "./service";

const db = useFreshDatabase();

describe("assignRole with the role the confirmation showed", () => {
  it("goes through while the member still holds it, and is refused once someone changed it", async () => {
    const org = await makeOrg(db, "business");
    const owner = await accessOf(db, (await org.member("owner")).id);
    const agent = await org.member("agent");
    const admin = await org.builtInRole("admin");
    const qa = await org.customRole("QA", ["members.view"]);
    await assignRole(db, owner, { memberId: agent.id, roleId: qa.id, fromRoleId: agent.roleId });
    expect((await memberRow(db, agent.id)).roleId).toBe(qa.id);

    const error = await refusal(assignRole(db, owner, { memberId: agent.id, roleId: admin.id, fromRoleId: agent.roleId }), "conflict");
    expect(error.message).toBe(STALE_MEMBER_ROLE_MESSAGE);
    expect((await memberRow(db, agent.id)).roleId).toBe(qa.id);
    expect(await auditOf(db, org.org.id, "member.role_changed")).toHaveLength(1);
  });

  it("reads fromRoleId from the form, and an empty one means no check", async () => {
    const org = await makeOrg(db, "business");
    const owner = await accessOf(db, (await org.member("owner")).id);
    const agent = await org.member("agent");
    const qa = await org.customRole("QA", ["members.view"]);
    const form = (fromRoleId: string) => {
      const data = new FormData();
      data.set("memberId", agent.id);
      data.set("roleId", qa.id);
      data.set("fromRoleId", fromRoleId);
      return data;
    };
    expect(await executeAction(assignRoleAction, sessionOf(owner.memberId), form(qa.id), db)).toMatchObject({ ok: false, code: "conflict" });
    expect(await executeAction(assignRoleAction, sessionOf(owner.memberId), form("not-a-uuid"), db)).toMatchObject({ ok: false, code: "invalid" });
    expect(await executeAction(assignRoleAction, sessionOf(owner.memberId), form(""), db)).toMatchObject({ ok: true });
  });
});
