// The CSRF guard's decisions, header by header; the e2e spec (e2e/csrf.spec.ts) proves the
// same against the running server.
import { describe, expect, it } from "vitest";
import { HANDLERS } from "@/lib/actions/registry";
import { executeHandler } from "@/lib/route-handler";
import { isSameOrigin } from "@/lib/same-origin";
import { useFreshDatabase } from "@/test/database";
import { makeOrg, sessionOf } from "@/test/fixtures";

const at = (headers: Record<string, string>) => isSameOrigin(new Headers(headers));

describe("isSameOrigin", () => {
  it.each([
    [{ host: "app.test", origin: "https://app.test" }],
    [{ host: "app.test:3000", origin: "http://app.test:3000" }],
    [{ host: "internal:3000", "x-forwarded-host": "app.test", origin: "https://app.test" }],
    [{ host: "app.test" }],
    [{ host: "app.test", "sec-fetch-site": "same-origin" }],
  ])("accepts %j", (headers) => expect(at(headers)).toBe(true));

  it.each([
    [{ host: "app.test", origin: "https://evil.test" }],
    [{ host: "app.test", origin: "null" }],
    [{ host: "app.test", origin: "" }],
    [{ host: "app.test", origin: "https://app.test.evil.test" }],
    [{ host: "app.test:3000", origin: "http://app.test:3001" }],
    [{ host: "app.test", origin: "file://app.test" }],
    [{ host: "app.test", "x-forwarded-host": "evil.test", origin: "https://app.test" }],
    [{ origin: "https://app.test" }],
    [{ host: "app.test", "sec-fetch-site": "cross-site" }],
    [{ host: "app.test", "sec-fetch-site": "same-site" }],
  ])("refuses %j", (headers) => expect(at(headers)).toBe(false));
});

describe("route handlers", () => {
  const db = useFreshDatabase();

  it.each(HANDLERS.map((def) => [def.route, def] as const))("%s refuses a cross-origin POST before anything else", async (_route, def) => {
    const org = await makeOrg(db, "business");
    const owner = await org.member("owner");
    for (const origin of ["https://evil.test", "null"]) {
      const request = new Request("http://app.test/x", { method: "POST", headers: { host: "app.test", origin } });
      const response = await executeHandler(def, sessionOf(owner.id), request, {}, db);
      expect(response.status).toBe(403);
      expect(await response.text()).toMatch(/another site/);
    }
  });
});
