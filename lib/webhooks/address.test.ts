// When private destinations are allowed: a development switch, which production ignores unless the
// server is also a QA server (QA_TOKEN), as Playwright's production build is.
import { describe, expect, it } from "vitest";
import { privateAddressesAllowed } from "./address";

describe("privateAddressesAllowed", () => {
  it.each([
    [{}, false],
    [{ NODE_ENV: "development" }, false],
    [{ NODE_ENV: "development", WEBHOOKS_ALLOW_PRIVATE: "1" }, true],
    [{ NODE_ENV: "test", WEBHOOKS_ALLOW_PRIVATE: "1" }, true],
    [{ NODE_ENV: "development", WEBHOOKS_ALLOW_PRIVATE: "true" }, false],
    [{ NODE_ENV: "production" }, false],
    [{ NODE_ENV: "production", WEBHOOKS_ALLOW_PRIVATE: "1" }, false],
    [{ NODE_ENV: "production", QA_TOKEN: "qa" }, false],
    [{ NODE_ENV: "production", WEBHOOKS_ALLOW_PRIVATE: "1", QA_TOKEN: "" }, false],
    [{ NODE_ENV: "production", WEBHOOKS_ALLOW_PRIVATE: "0", QA_TOKEN: "qa" }, false],
    [{ NODE_ENV: "production", WEBHOOKS_ALLOW_PRIVATE: "1", QA_TOKEN: "qa" }, true],
  ])("%j: %s", (env, allowed) => {
    expect(privateAddressesAllowed(env)).toBe(allowed);
  });
});
