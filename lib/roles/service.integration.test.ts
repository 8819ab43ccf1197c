import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { freshDatabase } from "@/test/database";
import { accessOf, makeOrg } from "@/test/fixtures";
import { createRole } from "./service";

let database: Database;
beforeAll(async () => {
  database = await freshDatabase();
});
afterAll(() => database.close());

describe("smoke", () => {
  it("creates a role", async () => {
    const { member } = await makeOrg(database.db);
    const owner = await member("owner");
    const role = await createRole(database.db, await accessOf(database.db, owner.id), {
      name: "QA",
      description: "",
      permissions: ["members.view"],
    });
    expect(role.name).toBe("QA");
  });
});
