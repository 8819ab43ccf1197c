import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { acquirePgliteLock } from "./pglite-lock";

const root = fs.mkdtempSync(path.join(os.tmpdir(), "pglite-lock-"));
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

describe("acquirePgliteLock", () => {
  it("creates the folders a PGLITE_DIR points into, then takes and releases the lock", () => {
    const dir = path.join(root, "not", "there", "yet", "pglite");
    const release = acquirePgliteLock(dir);
    expect(fs.readFileSync(`${dir}.lock`, "utf8")).toBe(String(process.pid));
    release();
    expect(fs.existsSync(`${dir}.lock`)).toBe(false);
  });
});
