// A session becomes access in one place only, accessForSession (lib/authz/check.ts), which
// ends deactivated members' sessions and those from before a password change alike. Request
// code may not read a member's access by id alone: loadAccess is for tests and scripts.
import { describe, expect, it } from "vitest";
import { calledNames, listFiles, read } from "./app-source";

const CODE = /\.(ts|tsx)$/;
// QA's throwaway organisations read the access of the Owner they have just made, to give them an
// API key: no session is involved (lib/qa/organizations.ts, off unless QA_TOKEN is set).
const BY_ID = new Set(["lib/authz/check.ts", "lib/qa/organizations.ts"]);
const requestCode = ["proxy.ts", ...["app", "components", "lib"].flatMap((dir) => listFiles(dir, (f) => CODE.test(f) && !/\.test\.tsx?$/.test(f)))];

describe("request code", () => {
  it("turns a session into access only through accessForSession", () => {
    const offenders = requestCode.filter((file) => {
      const called = calledNames(read(file));
      return !BY_ID.has(file) && (called.has("loadAccess") || called.has("accessFromRow"));
    });
    expect(offenders).toEqual([]);
  });
});
