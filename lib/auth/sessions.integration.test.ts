// Sessions end when they should: deactivation ends them for good, even after reactivation.
import { describe, expect, it } from "vitest";
import { loadSessionAccess } from "@/lib/authz/check";
import { setAccountStatus } from "@/lib/members/profiles";
import { useFreshDatabase } from "@/test/database";
import { accessOf, makeOrg, sessionOf } from "@/test/fixtures";

const db = useFreshDatabase();

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
