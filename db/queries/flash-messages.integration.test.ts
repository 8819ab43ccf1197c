// Confirmations left by an action for the page it redirects to: shown once, to the member who
// acted, on that page only, and only soon after.
import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { flashMessages } from "@/db/schema";
import { useFreshDatabase } from "@/test/database";
import { makeOrg } from "@/test/fixtures";
import { leaveFlash, takeFlash } from "./flash-messages";

const db = useFreshDatabase();

async function scene() {
  const org = await makeOrg(db);
  const owner = await org.member("owner");
  const admin = await org.member("admin");
  const viewer = (member: { id: string }) => ({ orgId: org.org.id, memberId: member.id });
  return { org, owner, admin, viewer };
}

describe("flash messages", () => {
  it("are read once, by the member who acted, on the page they were left for", async () => {
    const { owner, admin, viewer } = await scene();
    const id = (await leaveFlash(db, { memberId: owner.id, path: "/settings/roles", message: "Deleted “QA”." }))!;
    expect(await takeFlash(db, { id, path: "/settings/team", viewer: viewer(owner) })).toBeNull();
    expect(await takeFlash(db, { id, path: "/settings/roles", viewer: viewer(admin) })).toBeNull();
    expect(await takeFlash(db, { id, path: "/settings/roles", viewer: viewer(owner) })).toBe("Deleted “QA”.");
    expect(await takeFlash(db, { id, path: "/settings/roles", viewer: viewer(owner) })).toBeNull();
  });

  it("are not shown to another organisation, nor to a random or someone else's id", async () => {
    const home = await scene();
    const away = await scene();
    const id = (await leaveFlash(db, { memberId: home.owner.id, path: "/recordings", message: "Recording deleted." }))!;
    expect(await takeFlash(db, { id, path: "/recordings", viewer: away.viewer(away.owner) })).toBeNull();
    expect(await takeFlash(db, { id: crypto.randomUUID(), path: "/recordings", viewer: home.viewer(home.owner) })).toBeNull();
    expect(await takeFlash(db, { id, path: "/recordings", viewer: home.viewer(home.owner) })).toBe("Recording deleted.");
  });

  it("are void once old and cleared by the member's next one; each browser keeps its own", async () => {
    const { owner, viewer } = await scene();
    const stale = (await leaveFlash(db, { memberId: owner.id, path: "/numbers", message: "old" }))!;
    await db
      .update(flashMessages)
      .set({ createdAt: sql`now() - interval '6 minutes'` })
      .where(eq(flashMessages.id, stale));
    expect(await takeFlash(db, { id: stale, path: "/numbers", viewer: viewer(owner) })).toBeNull();
    // Two browsers (or two tests) of one member acting at once: neither loses its confirmation.
    const laptop = (await leaveFlash(db, { memberId: owner.id, path: "/numbers", message: "laptop" }))!;
    const phone = (await leaveFlash(db, { memberId: owner.id, path: "/numbers", message: "phone" }))!;
    expect(await db.select().from(flashMessages).where(eq(flashMessages.id, stale))).toHaveLength(0);
    expect(await takeFlash(db, { id: phone, path: "/numbers", viewer: viewer(owner) })).toBe("phone");
    expect(await takeFlash(db, { id: laptop, path: "/numbers", viewer: viewer(owner) })).toBe("laptop");
    expect(await db.select().from(flashMessages).where(eq(flashMessages.memberId, owner.id))).toHaveLength(0);
  });

  it("without a viewer (signed out after a password change) need the id only", async () => {
    const { owner } = await scene();
    const id = (await leaveFlash(db, { memberId: owner.id, path: "/sign-in", message: "Your password was changed." }))!;
    expect(await takeFlash(db, { id, path: "/sign-in", viewer: null })).toBe("Your password was changed.");
  });
});
