import { describe, expect, it } from "vitest";
import type { AuditEvent } from "@/db/schema";
import { actionLabel, auditLinks } from "./links";

const event = (over: Partial<AuditEvent>): AuditEvent => ({
  id: "e",
  orgId: "o",
  actorId: null,
  actorName: "Ana",
  action: "role.restored",
  targetId: "r",
  targetName: "Support",
  details: {},
  createdAt: new Date(0),
  ...over,
});

describe("audit entry links", () => {
  it("names the role, the version restored, or the member, only while they exist", () => {
    const existing = { roles: new Set(["r"]), members: new Set(["m"]) };
    expect(auditLinks(event({ details: { restoredFromVersion: 2 } }), existing)).toEqual([
      { href: "/settings/roles/r", label: "Role Support" },
      { href: "/settings/roles/r/history#version-2", label: "Version 2" },
    ]);
    expect(auditLinks(event({ action: "member.deactivated", targetId: "m", targetName: "Liam" }), existing)).toEqual([
      { href: "/settings/team/m", label: "Liam" },
    ]);
    expect(auditLinks(event({ targetId: "gone" }), existing)).toEqual([]);
    expect(auditLinks(event({ targetId: null }), existing)).toEqual([]);
  });

  it("labels each kind of change in words", () => {
    expect(actionLabel("member.role_changed")).toBe("Member role changed");
    expect(actionLabel("sso.domain_added")).toBe("SSO domain added");
    expect(actionLabel("org.created")).toBe("Organisation created");
  });
});
