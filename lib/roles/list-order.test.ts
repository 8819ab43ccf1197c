import { describe, expect, it } from "vitest";
import { searchRoles, sortRoles } from "./list-order";

const role = (name: string, kind: string, memberCount: number, updated: string, description: string | null = null) => ({
  name,
  kind,
  memberCount,
  description,
  updatedAt: new Date(updated),
});
const ROLES = [
  role("Owner", "owner", 1, "2026-01-01"),
  role("Agent", "agent", 9, "2026-01-01"),
  role("qa Lead", "custom", 2, "2026-03-01", "Listens to recordings"),
  role("Billing", "custom", 0, "2026-05-01"),
];
const names = (roles: { name: string }[]) => roles.map((r) => r.name);

describe("the roles list", () => {
  it("searches names and descriptions in any case", () => {
    expect(names(searchRoles(ROLES, "RECORD"))).toEqual(["qa Lead"]);
    expect(names(searchRoles(ROLES, "ag"))).toEqual(["Agent"]);
    expect(searchRoles(ROLES, "")).toBe(ROLES);
  });

  it("sorts by name ignoring case, by members, by last edit (built-in roles as never edited)", () => {
    expect(names(sortRoles(ROLES, { key: "name", dir: "asc" }))).toEqual(["Agent", "Billing", "Owner", "qa Lead"]);
    expect(names(sortRoles(ROLES, { key: "members", dir: "desc" }))).toEqual(["Agent", "qa Lead", "Owner", "Billing"]);
    expect(names(sortRoles(ROLES, { key: "edited", dir: "desc" }))).toEqual(["Billing", "qa Lead", "Agent", "Owner"]);
    expect(names(sortRoles(ROLES, { key: "edited", dir: "asc" }))).toEqual(["Agent", "Owner", "qa Lead", "Billing"]);
    expect(sortRoles(ROLES, null)).toBe(ROLES);
  });
});
