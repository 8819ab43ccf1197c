import { describe, expect, it } from "vitest";
import { ALL_PERMISSIONS } from "@/lib/authz/permissions";
import { assignRoleInput, bulkSelectionInput, createRoleInput, deleteRoleInput, roleDescription, roleFields, roleName, updateRoleInput } from "./schema";

const UUID = "1b4e28ba-2fa1-4d3b-a3f5-ef19b5a7633b";
const firstIssue = (result: { success: boolean; error?: { issues: { message: string }[] } }) => result.error?.issues[0]?.message;

describe("roleName", () => {
  it("trims and accepts 1 to 50 characters", () => {
    expect(roleName.parse("  QA Lead  ")).toBe("QA Lead");
    expect(roleName.parse("x")).toBe("x");
    expect(roleName.parse("a".repeat(50))).toBe("a".repeat(50));
    expect(roleName.parse(`  ${"a".repeat(50)}  `)).toBe("a".repeat(50));
  });

  it("refuses empty or blank names", () => {
    expect(firstIssue(roleName.safeParse(""))).toBe("Enter a name for the role.");
    expect(firstIssue(roleName.safeParse("   "))).toBe("Enter a name for the role.");
  });

  it("refuses more than 50 characters", () => {
    expect(firstIssue(roleName.safeParse("a".repeat(51)))).toBe("Role names can be at most 50 characters.");
  });

  it.each(["Owner", "admin", " AGENT ", "Ａｄｍｉｎ", "O.w.n.e.r"])("refuses the reserved name %j", (name) => {
    expect(firstIssue(roleName.safeParse(name))).toBe("That name belongs to a built-in role. Choose another.");
  });

  it.each(["QA\u0000Lead", "QA\nLead", "QA\u200bLead", "QA\u202eLead", "Lead\u0007"])("refuses control characters in %j", (name) => {
    expect(firstIssue(roleName.safeParse(name))).toBe("Role names can't contain control characters.");
  });

  it.each(["\u041Ewner", "\u039Fwner", "\u0391dmin", "Own\u0435r", "0wner", "Adrnin", "Ownér", "Owner\u1160", "Owner\u3164"])(
    "refuses %j, which imitates a built-in role",
    (name) => {
      expect(roleName.safeParse(name).success).toBe(false);
    },
  );

  it("says why a look-alike is refused", () => {
    expect(firstIssue(roleName.safeParse("\u041Ewner"))).toBe("“Оwner” mixes Cyrillic and Latin letters. Write each word in one alphabet.");
    expect(firstIssue(roleName.safeParse("Owner\u3164"))).toBe("Role names can't contain invisible characters, such as Hangul fillers or variation selectors.");
    expect(firstIssue(roleName.safeParse("Adrnin"))).toBe("That name belongs to a built-in role. Choose another.");
  });

  it.each(["Ελένη", "Служба поддержки", "山田チーム", "Zoë's team", "O'Brien-Anne-Marie"])("accepts %j, written in one script a word", (name) => {
    expect(roleName.parse(name)).toBe(name);
  });

  it("stores the composed form of an accented name", () => {
    expect(roleName.parse("Zoe\u0308")).toBe("Zoë");
  });

  it("accepts non-Latin names", () => {
    expect(roleName.parse("Équipe support — 東京")).toBe("Équipe support — 東京");
  });
});

describe("roleDescription", () => {
  it("defaults to empty and allows up to 200 characters with line breaks", () => {
    expect(roleDescription.parse(undefined)).toBe("");
    expect(roleDescription.parse("d".repeat(200))).toBe("d".repeat(200));
    expect(roleDescription.parse("line one\nline two")).toBe("line one\nline two");
  });

  it("accepts a textarea's CRLF line breaks, stored as LF", () => {
    expect(roleDescription.parse("line one\r\nline two\rthree")).toBe("line one\nline two\nthree");
    expect(roleDescription.parse(`${"d".repeat(99)}\r\n${"d".repeat(100)}`)).toHaveLength(200);
  });

  it("refuses more than 200 characters", () => {
    expect(firstIssue(roleDescription.safeParse("d".repeat(201)))).toBe("Descriptions can be at most 200 characters.");
  });

  it("refuses other control characters", () => {
    expect(firstIssue(roleDescription.safeParse("bad\u0000byte"))).toBe("Descriptions can't contain control characters.");
  });
});

describe("over-long input", () => {
  it("is refused with a message for each field, never cut to fit", () => {
    const result = roleFields.safeParse({ name: "Quality ".repeat(38).slice(0, 300), description: "d".repeat(300), permissions: [] });
    expect(result.success).toBe(false);
    const messages = Object.fromEntries(result.error!.issues.map((issue) => [String(issue.path[0]), issue.message]));
    expect(messages).toEqual({ name: "Role names can be at most 50 characters.", description: "Descriptions can be at most 200 characters." });
    expect(roleFields.parse({ name: "n".repeat(50), description: "d".repeat(200), permissions: [] })).toMatchObject({ name: "n".repeat(50) });
  });
});

describe("roleFields permissions", () => {
  it("refuses unknown permission keys", () => {
    const result = roleFields.safeParse({ name: "QA", permissions: ["members.view", "root.everything"] });
    expect(result.success).toBe(false);
    expect(firstIssue(result)).toBe("Unknown permission in the request.");
  });

  it("sorts permissions into registry order and drops duplicates", () => {
    const parsed = roleFields.parse({ name: "QA", permissions: ["billing.view", "members.view", "analytics.view", "members.view"] });
    expect(parsed.permissions).toEqual(["members.view", "analytics.view", "billing.view"]);
    expect(roleFields.parse({ name: "All", permissions: [...ALL_PERMISSIONS].reverse() }).permissions).toEqual(ALL_PERMISSIONS);
  });

  it("requires the permissions array", () => {
    expect(roleFields.safeParse({ name: "QA" }).success).toBe(false);
  });
});

describe("action inputs", () => {
  it("create: optional duplicatedFromId is a uuid or empty", () => {
    expect(createRoleInput.parse({ name: "QA", permissions: [], duplicatedFromId: "" }).duplicatedFromId).toBe("");
    expect(createRoleInput.parse({ name: "QA", permissions: [], duplicatedFromId: UUID }).duplicatedFromId).toBe(UUID);
    expect(createRoleInput.safeParse({ name: "QA", permissions: [], duplicatedFromId: "nope" }).success).toBe(false);
  });

  it("update: coerces version, which must be a positive integer", () => {
    expect(updateRoleInput.parse({ name: "QA", permissions: [], roleId: UUID, version: "3" }).version).toBe(3);
    for (const version of ["0", "-1", "1.5", "x"]) {
      expect(updateRoleInput.safeParse({ name: "QA", permissions: [], roleId: UUID, version }).success, version).toBe(false);
    }
    expect(firstIssue(updateRoleInput.safeParse({ name: "QA", permissions: [], roleId: "1", version: "1" }))).toBe("The role is not valid.");
  });

  it("delete: memberCount is a non-negative integer", () => {
    expect(deleteRoleInput.parse({ roleId: UUID, version: "1", memberCount: "0" })).toEqual({ roleId: UUID, version: 1, memberCount: 0 });
    expect(deleteRoleInput.safeParse({ roleId: UUID, version: "1", memberCount: "-1" }).success).toBe(false);
  });

  it("assign: both ids are uuids", () => {
    expect(assignRoleInput.safeParse({ memberId: UUID, roleId: UUID }).success).toBe(true);
    expect(firstIssue(assignRoleInput.safeParse({ memberId: "me", roleId: UUID }))).toBe("The member is not valid.");
  });

  it("bulk: a role must be chosen", () => {
    expect(firstIssue(bulkSelectionInput.safeParse({ roleId: "", memberIds: [UUID] }))).toBe("Choose a role.");
    expect(firstIssue(bulkSelectionInput.safeParse({ roleId: "x", memberIds: [UUID] }))).toBe("The role is not valid.");
    expect(bulkSelectionInput.safeParse({ roleId: UUID, memberIds: [UUID] }).success).toBe(true);
  });
});
