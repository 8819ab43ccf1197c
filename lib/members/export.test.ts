import { describe, expect, it } from "vitest";
import { membersCsv } from "./export";

describe("the team export", () => {
  it("writes one row per member with their role, status and two-factor, formulas neutralised", () => {
    const csv = membersCsv([
      { name: "Liam Chen", email: "liam@acme.test", roleName: "Agent", status: "active", twoFactorOn: true },
      { name: "=HYPERLINK(1)", email: "x@acme.test", roleName: "QA, Lead", status: "deactivated", twoFactorOn: false },
    ]);
    expect(csv).toBe(
      "Name,Email,Role,Status,Two-factor\r\n" + "Liam Chen,liam@acme.test,Agent,Active,On\r\n" + '\'=HYPERLINK(1),x@acme.test,"QA, Lead",Deactivated,Off\r\n',
    );
  });
});
