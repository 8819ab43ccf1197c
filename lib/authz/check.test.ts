// Locked controls explain themselves in the registry's words; the e2e specs assert these sentences.
import { describe, expect, it } from "vitest";
import { needsMessage } from "./check";

describe("needsMessage", () => {
  it("names the permission by its registry label", () => {
    expect(needsMessage("members.edit", "Editing profiles")).toBe("Editing profiles needs the Edit profiles permission.");
    expect(needsMessage("analytics.teamStats", "Organisation totals", { plural: true })).toBe(
      "Organisation totals need the Access team-wide stats permission.",
    );
  });

  it("quotes the label where it sits mid-sentence", () => {
    expect(needsMessage("numbers.assign", "Changing who this number rings", { quoted: true })).toBe(
      "Changing who this number rings needs the “Assign numbers” permission.",
    );
  });
});
