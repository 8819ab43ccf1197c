import { describe, expect, it } from "vitest";
import { agree, plural } from "./format";

describe("plural and agree", () => {
  it("use the singular for one and the plural otherwise, zero included", () => {
    expect(plural(1, "role")).toBe("1 role");
    expect(plural(0, "role")).toBe("0 roles");
    expect(plural(3, "keypress", "keypresses")).toBe("3 keypresses");
    expect(agree(1, { one: "is", other: "are" })).toBe("is");
    expect(agree(2, { one: "is", other: "are" })).toBe("are");
  });
});
