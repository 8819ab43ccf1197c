// Idempotency-Keys are answered again for a day, then forgotten: the same key may then be used anew.
import { describe, expect, it } from "vitest";
import { claimIdempotencyKey, findIdempotencyKey } from "@/db/queries/api-keys";
import { useFreshDatabase } from "@/test/database";
import { keyFor } from "@/test/api-client";
import { ownerOrg } from "@/test/fixtures";
import { expireIdempotencyKeys } from "./idempotency-expiry";

const db = useFreshDatabase();
const HOUR = 60 * 60 * 1000;

describe("expireIdempotencyKeys", () => {
  it("forgets keys first used more than a day ago and keeps the rest", async () => {
    const { ownerAccess } = await ownerOrg(db);
    const { key } = await keyFor(db, ownerAccess);
    expect(await claimIdempotencyKey(db, key.id, "old", "hash-1")).toBe(true);
    expect(await claimIdempotencyKey(db, key.id, "new", "hash-2")).toBe(true);
    const created = (await findIdempotencyKey(db, key.id, "old")).createdAt;

    // Just under a day after both were claimed: nothing goes.
    expect(await expireIdempotencyKeys(db, new Date(created.getTime() + 23 * HOUR))).toBe(0);
    // Past a day: both go, and the key can be claimed again for another request.
    expect(await expireIdempotencyKeys(db, new Date(created.getTime() + 25 * HOUR))).toBe(2);
    expect(await findIdempotencyKey(db, key.id, "old")).toBeNull();
    expect(await claimIdempotencyKey(db, key.id, "old", "hash-3")).toBe(true);
  });
});
