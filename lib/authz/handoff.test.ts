import { beforeAll, describe, expect, it } from "vitest";
import type { AccessRow } from "@/db/queries/access";
import { openAccess, sealAccess } from "./handoff";

const row: AccessRow = {
  memberId: "0b6f3c4e-2f55-4a5e-9d1b-6a3f0b9a1c11",
  orgId: "5d1f8a2b-7c3e-4f60-8a9b-0c1d2e3f4a5b",
  name: "Quinn Lead",
  email: "qa@acme.test",
  status: "active",
  sessionEpoch: 0,
  emailVerified: true,
  roleId: "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b",
  roleKind: "custom",
  roleName: "QA Lead",
  rolePermissions: ["recordings.listen"],
  plan: "business",
  orgName: "Acme Support",
  requireTwoFactor: false,
  twoFactorOn: false,
  liveSessionId: "7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d",
  sessionSeen: true,
};

beforeAll(() => {
  process.env.AUTH_SECRET ??= "handoff-test-secret-0123456789abcdef";
});

describe("the proxy's access hand-off", () => {
  it("opens for the same session cookie within the request's lifetime", () => {
    const now = Date.now();
    expect(openAccess(sealAccess(row, "cookie-a", now), "cookie-a", now + 50)).toEqual(row);
  });

  it("refuses another session's cookie, so a captured header cannot be replayed by someone else", () => {
    const now = Date.now();
    expect(openAccess(sealAccess(row, "cookie-a", now), "cookie-b", now)).toBeNull();
  });

  it("refuses a hand-off older than two seconds", () => {
    const now = Date.now();
    expect(openAccess(sealAccess(row, "cookie-a", now), "cookie-a", now + 2_001)).toBeNull();
  });

  it("refuses any change to the sealed row, and forged or malformed headers", () => {
    const now = Date.now();
    const sealed = sealAccess(row, "cookie-a", now);
    const [payload, mac] = sealed.split(".");
    const forged = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as { row: { roleKind: string } };
    forged.row.roleKind = "owner";
    const tampered = `${Buffer.from(JSON.stringify(forged)).toString("base64url")}.${mac}`;
    for (const value of [tampered, `${payload}.`, "", ".", "garbage", `${payload}.${"A".repeat(mac.length)}`, null]) {
      expect(openAccess(value, "cookie-a", now)).toBeNull();
    }
  });
});
