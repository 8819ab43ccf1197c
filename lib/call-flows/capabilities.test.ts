import { describe, expect, it } from "vitest";
import type { Permission } from "@/lib/authz/permissions";
import { canEdit } from "./capabilities";

const holding = (...keys: Permission[]) => ({ permissions: new Set(keys) });

describe("canEdit", () => {
  it("opens each part only to its own toggle", () => {
    const hoursOnly = holding("callFlows.hours");
    expect(canEdit(hoursOnly, "hours")).toEqual({ ok: true });
    for (const part of ["ivr", "ringGroups", "routing"] as const) expect(canEdit(hoursOnly, part).ok).toBe(false);
  });

  it("says which permission a read-only part needs", () => {
    expect(canEdit(holding("callFlows.ivr"), "ringGroups")).toEqual({
      ok: false,
      reason: "Read only: changing ring groups needs the “Edit ring groups” permission.",
    });
  });
});
