import { describe, expect, it } from "vitest";
import type { RoleMemberChange, RoleVersion } from "@/db/schema";
import { roleTimeline } from "./history";

const at = (minute: number) => new Date(Date.UTC(2026, 0, 1, 9, minute));
const version = (n: number, name: string, minute: number) => ({ id: `v${n}`, version: n, name, createdAt: at(minute) }) as RoleVersion;
const change = (id: string, minute: number) => ({ id, createdAt: at(minute) }) as RoleMemberChange;

describe("roleTimeline", () => {
  it("merges versions and member changes newest first, noting renames", () => {
    const entries = roleTimeline([version(2, "Leads", 10), version(1, "Floor", 0)], [change("c1", 5), change("c2", 10)]);
    expect(entries.map((e) => (e.type === "version" ? `v${e.version.version}` : e.change.id))).toEqual(["c2", "v2", "c1", "v1"]);
    expect(entries[1]).toMatchObject({ type: "version", renamedFrom: "Floor" });
    expect(entries[3]).toMatchObject({ type: "version", renamedFrom: undefined });
  });
});
