// The Email delivery page's query: one organisation's outbox, newest first, a page at a time;
// another organisation's mail (and mail about no organisation) never shows.
import { describe, expect, it } from "vitest";
import { listOrgEmails } from "@/db/queries/emails";
import { useFreshDatabase } from "@/test/database";
import { makeOrg } from "@/test/fixtures";
import { queueEmails } from "./outbox";

const db = useFreshDatabase();

const invitation = (orgId: string | null, to: string) => ({
  orgId,
  to,
  kind: "invitation" as const,
  data: { orgName: "Org", inviterName: null, roleName: "Agent", link: "http://localhost:3000/invite/x", expiresAt: "2030-01-01T00:00:00.000Z" },
});

describe("listOrgEmails", () => {
  it("lists only the organisation's emails, newest first, 50 to a page", async () => {
    const home = await makeOrg(db);
    const other = await makeOrg(db);
    for (let i = 0; i < 55; i++) await queueEmails(db, [invitation(home.org.id, `home-${i}@example.test`)]);
    await queueEmails(db, [invitation(other.org.id, "other@example.test"), invitation(null, "nobody@example.test")]);

    const first = await listOrgEmails(db, home.org.id, 1);
    expect(first).toMatchObject({ total: 55, page: 1, pageSize: 50 });
    expect(first.rows).toHaveLength(50);
    expect(first.rows[0]).toMatchObject({ to: "home-54@example.test", kind: "invitation", status: "queued", attempts: 0, lastError: null });
    const second = await listOrgEmails(db, home.org.id, 2);
    expect(second.rows.map((r) => r.to)).toEqual([4, 3, 2, 1, 0].map((i) => `home-${i}@example.test`));
    const everything = [...first.rows, ...second.rows].map((r) => r.to);
    expect(everything).not.toContain("other@example.test");
    expect(everything).not.toContain("nobody@example.test");

    expect((await listOrgEmails(db, other.org.id)).rows.map((r) => r.to)).toEqual(["other@example.test"]);
  });
});
