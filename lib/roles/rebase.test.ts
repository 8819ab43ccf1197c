import { describe, expect, it } from "vitest";
import { describeRoleChanges, rebaseRoleEdits, type RoleFields } from "./rebase";

const base: RoleFields = { name: "Night Shift", description: "", permissions: ["members.view"] };

describe("a stale role edit", () => {
  it("says what the other save changed, in words", () => {
    const latest: RoleFields = { name: "Nights", description: "After hours", permissions: ["members.view", "messaging.view", "messaging.send"] };
    expect(describeRoleChanges(base, latest)).toEqual([
      "Name: “Night Shift” → “Nights”",
      "Description: “After hours”",
      "Turned on: View conversations, Send messages",
    ]);
    expect(describeRoleChanges(base, base)).toEqual([]);
  });

  it("replays one's own edits on the newer version, keeping theirs where one did not touch", () => {
    const latest: RoleFields = { ...base, description: "After hours", permissions: ["members.view", "messaging.view", "messaging.send"] };
    const mine: RoleFields = { name: "Night Desk", description: "", permissions: ["callFlows.ivr"] };
    expect(rebaseRoleEdits(base, mine, latest)).toEqual({
      name: "Night Desk",
      description: "After hours",
      permissions: ["callFlows.ivr", "messaging.view", "messaging.send"],
    });
  });

  it("turns on what an added permission needs, even when the other save turned it off", () => {
    const latest: RoleFields = { ...base, permissions: [] };
    const mine: RoleFields = { ...base, permissions: ["members.view", "messaging.send"] };
    expect(rebaseRoleEdits(base, mine, latest).permissions).toEqual(["messaging.view", "messaging.send"]);
  });
});
