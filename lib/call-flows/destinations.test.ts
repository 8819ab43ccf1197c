import { describe, expect, it } from "vitest";
import { decodeDestination, destinationLabel, encodeDestination } from "./destinations";

const ID = "3f0b8c1e-7d2a-4c5b-9e6f-1a2b3c4d5e6f";

describe("destinations in forms", () => {
  it("round-trips every kind", () => {
    for (const d of [{ type: "voicemail" }, { type: "member", id: ID }, { type: "ringGroup", id: ID }, { type: "ivr", id: ID }] as const) {
      expect(decodeDestination(encodeDestination(d))).toEqual(d);
    }
  });

  it("rejects unknown kinds and malformed ids", () => {
    for (const value of ["", "queue:" + ID, "member:42", `member:${ID}:x`, "voicemail:1"]) expect(decodeDestination(value)).toBeNull();
  });

  it("labels what it points to, including what is gone", () => {
    const names = { members: new Map([[ID, { name: "Ann", active: false }]]), ringGroups: new Map(), ivrMenus: new Map() };
    expect(destinationLabel({ type: "member", id: ID }, names)).toBe("Ann (deactivated)");
    expect(destinationLabel({ type: "ringGroup", id: ID }, names)).toBe("A ring group that was removed");
  });
});
