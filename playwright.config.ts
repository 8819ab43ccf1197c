import { randomBytes } from "node:crypto";
import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_ARGS } from "./scripts/chromium";

// BASE_URL targets an app that is already running; otherwise the suite builds and starts
// its own on a fresh database (DATABASE_URL when set, else a new embedded PGlite directory).
const external = process.env.BASE_URL;
const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = external ?? `http://127.0.0.1:${port}`;

// The app sends real mail over SMTP to a sink beside it (scripts/mail-sink.ts); tests read
// it at MAIL_SINK_URL. Set here, so the app, extra servers and test workers all see it.
if (!external) {
  process.env.MAIL_SINK_SMTP_PORT ??= String(port + 25);
  process.env.MAIL_SINK_HTTP_PORT ??= String(port + 26);
  process.env.SMTP_URL ??= `smtp://127.0.0.1:${process.env.MAIL_SINK_SMTP_PORT}`;
  process.env.MAIL_SINK_URL ??= `http://127.0.0.1:${process.env.MAIL_SINK_HTTP_PORT}`;
  process.env.APP_URL ??= baseURL;
  // Single sign-on: a real identity provider and a DNS server the app checks domains with (scripts/e2e-idp.ts).
  process.env.E2E_IDP_PORT ??= String(port + 27);
  process.env.E2E_DNS_PORT ??= String(port + 28);
  process.env.E2E_IDP_URL ??= `http://127.0.0.1:${process.env.E2E_IDP_PORT}`;
  process.env.SSO_DNS_SERVERS ??= `127.0.0.1:${process.env.E2E_DNS_PORT}`;
  // Opens the QA endpoint (fresh organisations per test, e2e/qa-organization.ts) on this server only.
  process.env.QA_TOKEN ??= randomBytes(24).toString("base64url");
  // Webhooks to a receiver a test runs on 127.0.0.1: the production build allows it only beside QA_TOKEN (lib/webhooks/address.ts).
  process.env.WEBHOOKS_ALLOW_PRIVATE ??= "1";
}

// Debian's chromium where Playwright's own browsers cannot be downloaded; override with
// CHROMIUM_PATH, or set it empty to use Playwright's bundled browser.
const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export default defineConfig({
  testDir: "./e2e",
  outputDir: "test-results",
  fullyParallel: false,
  workers: 2,
  retries: 0,
  // The longest flows (SSO with SCIM, the impact previews) take 50-60 s when this 2-core
  // machine runs slowly; the same code and spec measured 10 s and 22 s on two days. A test's
  // budget is for hangs, not for the machine's pace: 2 minutes.
  timeout: 120_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["html", { open: "never", outputFolder: "playwright-report" }], ["json", { outputFile: "reports/playwright.json" }]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: { executablePath: executablePath || undefined, args: CHROMIUM_ARGS },
  },
  projects: [
    { name: "setup", testMatch: /auth\.setup\.ts/ },
    { name: "chromium", use: { ...devices["Desktop Chrome"] }, dependencies: ["setup"], testIgnore: /auth\.setup\.ts/ },
  ],
  webServer: external
    ? undefined
    : [
        { command: "npx tsx scripts/mail-sink.ts", url: `${process.env.MAIL_SINK_URL}/health`, timeout: 60_000, reuseExistingServer: false },
        { command: "npx tsx scripts/e2e-idp.ts", url: `${process.env.E2E_IDP_URL}/__test/health`, timeout: 60_000, reuseExistingServer: false },
        {
          command: "node scripts/e2e-server.mjs",
          url: `${baseURL}/sign-in`,
          // Two production builds on 2 cores: about 6 minutes alone, more beside other work.
          timeout: 900_000,
          reuseExistingServer: false,
          stdout: "pipe",
          stderr: "pipe",
          env: { E2E_PORT: String(port) },
        },
      ],
});
