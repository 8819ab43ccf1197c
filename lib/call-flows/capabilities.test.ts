import { describe, expect, it } from "vitest";
import type { Permission } from "@/lib/authz/permissions";
import { editLock } from "./capabilities";

const holding = (...keys: Permission[]) => ({ permissions: new Set(keys) });

describe("editLock", () => {
  it("opens each part only to its own toggle", () => {
    const hoursOnly = holding("callFlows.hours");
    expect(editLock(hoursOnly, "hours")).toBeUndefined();
    for (const part of ["ivr", "ringGroups", "routing"] as const) expect(editLock(hoursOnly, part)).toBeDefined();
  });

  it("says which permission a read-only part needs", () => {
    expect(editLock(holding("callFlows.ivr"), "ringGroups")).toBe("Read only: changing ring groups needs the “Edit ring groups” permission.");
  });
});
