// npm install's migrated template (scripts/pglite-template.mjs): a new data directory starts from
// it, already migrated, and the app's own migrate() then has nothing left to apply. Works on its
// own temporary directory, so it runs the same with DATABASE_URL set (CI).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { count } from "drizzle-orm";
import { pgSchema, serial } from "drizzle-orm/pg-core";
import { afterAll, describe, expect, it } from "vitest";
import { openPglite } from "./client";

const root = fs.mkdtempSync(path.join(os.tmpdir(), "switchboard-pglite-template-"));
const journal = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, "migrations/meta/_journal.json"), "utf8")) as { entries: unknown[] };

// Drizzle's own record of the migrations it applied.
const applied = pgSchema("drizzle").table("__drizzle_migrations", { id: serial("id").primaryKey() });

afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe("the embedded database template npm install makes", () => {
  it("starts a new data directory migrated, before the app migrates anything", async () => {
    const made = spawnSync(process.execPath, ["scripts/pglite-template.mjs"], { cwd: path.resolve(import.meta.dirname, ".."), encoding: "utf8" });
    expect(made.stdout).toMatch(/embedded database template ready in [\d.]+ s/);
    const database = openPglite(path.join(root, "pglite"));
    try {
      const migrations = async () => (await database.db.select({ n: count() }).from(applied))[0].n;
      expect(await migrations()).toBe(journal.entries.length);
      await database.migrate();
      expect(await migrations()).toBe(journal.entries.length);
    } finally {
      await database.close();
    }
  }, 120_000);
});
