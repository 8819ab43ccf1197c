import { describe, expect, it } from "vitest";
import { APP_URL_MISSING_MESSAGE, appLink, MAIL_NOT_CONFIGURED_MESSAGE, mailConfigProblem, usesLocalMailbox } from "./config";

describe("mail configuration", () => {
  it("keeps mail locally outside production without SMTP_URL, and never once SMTP_URL is set", () => {
    expect(usesLocalMailbox({ NODE_ENV: "development" })).toBe(true);
    expect(usesLocalMailbox({ NODE_ENV: "development", SMTP_URL: "smtp://mail:25" })).toBe(false);
    expect(usesLocalMailbox({ NODE_ENV: "production" })).toBe(false);
    expect(usesLocalMailbox({ NODE_ENV: "production", LOCAL_MAILBOX: "1" })).toBe(true);
  });

  it("refuses a production server without SMTP_URL, or without APP_URL for its links", () => {
    expect(mailConfigProblem({ NODE_ENV: "production" })).toBe(MAIL_NOT_CONFIGURED_MESSAGE);
    expect(mailConfigProblem({ NODE_ENV: "production", SMTP_URL: "smtp://mail:25" })).toBe(APP_URL_MISSING_MESSAGE);
    expect(mailConfigProblem({ NODE_ENV: "production", SMTP_URL: "smtp://mail:25", APP_URL: "https://switchboard.example.com" })).toBeNull();
    expect(mailConfigProblem({ NODE_ENV: "development" })).toBeNull();
  });

  it("builds links from APP_URL, never from a request", () => {
    expect(appLink("/reset/abc", { APP_URL: "https://switchboard.example.com" })).toBe("https://switchboard.example.com/reset/abc");
    expect(appLink("/reset/abc", { NODE_ENV: "development" })).toBe("http://localhost:3000/reset/abc");
  });
});
