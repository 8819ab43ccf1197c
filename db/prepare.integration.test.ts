import { afterAll, describe, expect, it } from "vitest";
import { openPglite } from "./client";
import { findMemberByEmail } from "./queries/members";
import { preparationStage } from "./preparation-stage";
import { prepareDatabase } from "./prepare";

describe("prepareDatabase on embedded PGlite", () => {
  const database = openPglite();
  afterAll(() => database.close());

  it("runs in the background while queries made meanwhile wait for the demo data, not fail", async () => {
    const lines: string[] = [];
    const prepared = prepareDatabase(database, { log: (line) => lines.push(line) });
    expect(preparationStage()).toBe("migrating");
    // Asked before the tables exist: answered once the demo data is in.
    const owner = await findMemberByEmail(database.db, "owner@acme.test");
    expect(owner).toMatchObject({ name: "Olivia Owner" });
    expect(lines.at(-1)).toMatch(/^demo data loaded/);
    await prepared;
    expect(preparationStage()).toBe("ready");
    // A fresh PGlite's initdb, the migrations and the demo data: slow on a busy machine.
  }, 300_000);

  it("makes queries fail with the preparation's error when it fails", async () => {
    const failed = database.prepare(() => Promise.reject(new Error("disk full")));
    // Drizzle wraps it: "Failed query: …", caused by the preparation's error.
    await expect(findMemberByEmail(database.db, "owner@acme.test")).rejects.toHaveProperty("cause.message", "disk full");
    await expect(failed).rejects.toThrow("disk full");
  });
});
