import { describe, expect, it } from "vitest";
import { diffAccess } from "./access-changes";
import { listOf, noticeText } from "./wording";

describe("notice wording", () => {
  it("joins lists the way people write them", () => {
    expect(listOf([])).toBe("");
    expect(listOf(["a"])).toBe("a");
    expect(listOf(["a", "b"])).toBe("a and b");
    expect(listOf(["a", "b", "c"])).toBe("a, b and c");
  });

  it("says what a member can now do and no longer do, in the registry's labels", () => {
    expect(noticeText({ kind: "access_changed", gained: ["analytics.export"], lost: [], subjectName: null, actorName: "Olivia Owner" })).toBe(
      "Your access changed: you can now export reports. Changed by Olivia Owner.",
    );
    expect(
      noticeText({
        kind: "access_changed",
        gained: ["billing.view"],
        lost: ["recordings.listen", "recordings.delete"],
        subjectName: null,
        actorName: "Adam Admin",
      }),
    ).toBe("Your access changed: you can now view invoices; you can no longer listen to recordings and delete recordings. Changed by Adam Admin.");
  });

  it("names who was given which sensitive permissions", () => {
    expect(noticeText({ kind: "sensitive_granted", gained: ["billing.plan"], lost: [], subjectName: "Quinn Lead", actorName: "Adam Admin" })).toBe(
      "Quinn Lead was given sensitive permissions by Adam Admin: Change plans.",
    );
  });

  it("diffs effective permissions in registry order", () => {
    expect(diffAccess(["members.view", "billing.view"], ["analytics.export", "members.view", "analytics.view"])).toEqual({
      gained: ["analytics.view", "analytics.export"],
      lost: ["billing.view"],
    });
  });
});
