// Builds the app (and the bench build) and starts it on a fresh database for the Playwright suite.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const port = process.env.E2E_PORT ?? "3100";
const env = {
  ...process.env,
  AUTH_SECRET: process.env.AUTH_SECRET ?? "e2e-only-secret-not-for-production-0123456789",
  DEMO_DATA: "1",
  NEXT_TELEMETRY_DISABLED: "1",
};
if (!env.DATABASE_URL) {
  const dir = path.resolve(".data", "e2e");
  fs.rmSync(dir, { recursive: true, force: true });
  env.PGLITE_DIR = path.join(dir, "pglite");
}
delete env.NODE_ENV;

const npx = process.platform === "win32" ? "npx.cmd" : "npx";
if (process.env.E2E_SKIP_BUILD !== "1") {
  // The production build under test, then the bench build (.next-bench) whose test-only
  // switches e2e/page-matrix.spec.ts needs and `npm run bench` reuses.
  // Neither type-checks: `npm test` did before Playwright began.
  for (const flags of [{ SWITCHBOARD_TEST_BUILD: "1" }, { SWITCHBOARD_TEST_BUILD: "1", SWITCHBOARD_BENCH_BUILD: "1" }]) {
    const build = spawnSync(npx, ["next", "build"], { stdio: "inherit", env: { ...env, ...flags } });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
}
const server = spawn(npx, ["next", "start", "-p", port, "-H", "127.0.0.1"], { stdio: "inherit", env });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
