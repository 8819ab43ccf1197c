import { and, count, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { emails, memberNotices, members, roleMemberChanges } from "@/db/schema";
import { useFreshDatabase } from "@/test/database";
import { accessOf, makeOrg } from "@/test/fixtures";
import { deleteRole } from "./service";

const db = useFreshDatabase();
const HOLDERS = 10_000;

// More rows than one statement may carry parameters for (65,535): found by `npm run bench`.
describe("a role held by 10,000 members", () => {
  it("is deleted in one go: everyone moved to Agent, each move in the history, each holder told and emailed", async () => {
    const org = await makeOrg(db, "enterprise");
    const owner = await accessOf(db, (await org.member("owner")).id);
    const role = await org.customRole("Everyone", ["members.view"]);
    await db.execute(sql`
      insert into members (org_id, role_id, email, name, password_hash)
      select ${org.org.id}::uuid, ${role.id}::uuid, 'holder-' || i || '@large.test', 'Holder ' || i, 'x'
      from generate_series(1, ${HOLDERS}) as i`);

    const { moved } = await deleteRole(db, owner, { roleId: role.id, version: role.version, memberCount: HOLDERS });

    expect(moved).toHaveLength(HOLDERS);
    const agent = await org.builtInRole("agent");
    const [onAgent] = await db
      .select({ n: count() })
      .from(members)
      .where(and(eq(members.orgId, org.org.id), eq(members.roleId, agent.id)));
    expect(onAgent.n).toBe(HOLDERS);
    const [arrived] = await db
      .select({ n: count() })
      .from(roleMemberChanges)
      .where(and(eq(roleMemberChanges.roleId, agent.id), eq(roleMemberChanges.change, "added")));
    expect(arrived.n).toBe(HOLDERS);
    const [told] = await db.select({ n: count() }).from(memberNotices).where(eq(memberNotices.orgId, org.org.id));
    expect(told.n).toBeGreaterThanOrEqual(HOLDERS);
    const [emailed] = await db
      .select({ n: count() })
      .from(emails)
      .where(and(eq(emails.orgId, org.org.id), eq(emails.kind, "access-changed")));
    expect(emailed.n).toBe(HOLDERS);
  });
});
