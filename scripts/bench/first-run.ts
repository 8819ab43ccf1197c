// Line 15: a newcomer's first `npm run dev`, from an empty data directory to the rendered
// sign-in page, against a one-page Next.js app of the same version on the same machine.
// Both sides start with no build output and no Turbopack cache (a newcomer has neither):
// each round deletes its dist directory, which holds Turbopack's filesystem cache too.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { INSTALLED_TEMPLATE } from "@/db/client";
import { median } from "./stats";
import type { Line } from "./stats";

// Not .next: the bench must not delete a developer's own dev output, nor meet their running server.
const DIST_DIR = ".next-first-run";
const TIMEOUT_MS = 10 * 60_000;
const DEMO_LOADED = "demo data loaded";

type Side = { cwd: string; path: string; marker: string; env: NodeJS.ProcessEnv; dist: string };
type Round = { readyMs: number; demoMs: number | null };

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** Starts `next dev`, polls until `path` answers 200 with `marker` in its HTML, then stops it. */
async function firstRender(side: Side, port: number, waitFor?: string): Promise<Round> {
  fs.rmSync(side.dist, { recursive: true, force: true, maxRetries: 5 });
  const started = performance.now();
  const child = spawn("npx", ["next", "dev", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: side.cwd,
    env: side.env,
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let output = "";
  let demoMs: number | null = null;
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
    if (waitFor && demoMs === null && output.includes(waitFor)) demoMs = performance.now() - started;
  };
  child.stdout.on("data", collect);
  child.stderr.on("data", collect);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  try {
    let readyMs: number | null = null;
    while (readyMs === null) {
      if (child.exitCode !== null) throw new Error(`next dev exited: ${output.slice(-500)}`);
      if (performance.now() - started > TIMEOUT_MS) throw new Error(`no page after ${seconds(TIMEOUT_MS)}: ${output.slice(-500)}`);
      try {
        const response = await fetch(`http://127.0.0.1:${port}${side.path}`, { signal: AbortSignal.timeout(TIMEOUT_MS) });
        if (response.status === 200 && (await response.text()).includes(side.marker)) readyMs = performance.now() - started;
      } catch {
        // not listening yet
      }
      if (readyMs === null) await new Promise((resolve) => setTimeout(resolve, 200));
    }
    // The demo data is not on the sign-in page's path any more, but a newcomer signs in next.
    while (waitFor && demoMs === null && child.exitCode === null && performance.now() - started < TIMEOUT_MS) {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    return { readyMs, demoMs };
  } finally {
    await stopGroup(child.pid!, exited);
    fs.rmSync(side.dist, { recursive: true, force: true, maxRetries: 5 });
  }
}

/** Stops npx and every process it started: the server may still be writing its cache after npx exits. */
async function stopGroup(pid: number, exited: Promise<void>) {
  const signal = (name: NodeJS.Signals | 0) => {
    try {
      process.kill(-pid, name);
      return true;
    } catch {
      return false; // the group is gone
    }
  };
  signal("SIGTERM");
  await exited;
  for (let waited = 0; signal(0); waited += 100) {
    if (waited === 10_000) signal("SIGKILL");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * A one-page App Router app of the same Next.js, in a temporary directory with a hard-linked
 * copy of this repo's node_modules (nothing downloaded): Turbopack follows no symlink out of
 * the app's root, and inside this repo the app would find this repo's config and instrumentation.
 */
function minimalApp(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "switchboard-minimal-next-"));
  const linked = spawnSync("cp", ["-al", "node_modules", path.join(dir, "node_modules")]);
  // Another file system (a tmpfs /tmp): a real copy, slower but the same files.
  if (linked.status !== 0) fs.cpSync("node_modules", path.join(dir, "node_modules"), { recursive: true, verbatimSymlinks: true });
  const files: Record<string, string> = {
    "package.json": JSON.stringify({ name: "minimal", private: true, scripts: { dev: "next dev" } }),
    "tsconfig.json": JSON.stringify({
      compilerOptions: {
        target: "ES2022",
        lib: ["dom", "dom.iterable", "esnext"],
        strict: true,
        noEmit: true,
        module: "esnext",
        moduleResolution: "bundler",
        isolatedModules: true,
        jsx: "react-jsx",
        plugins: [{ name: "next" }],
      },
      include: ["next-env.d.ts", "**/*.ts", "**/*.tsx", ".next/types/**/*.ts", ".next/dev/types/**/*.ts"],
      exclude: ["node_modules"],
    }),
    // As create-next-app writes it; without one, next dev would find this repo's config above.
    "next.config.ts": `import type { NextConfig } from "next";\n\nconst nextConfig: NextConfig = {};\n\nexport default nextConfig;\n`,
    "app/layout.tsx": `export default function RootLayout({ children }: { children: React.ReactNode }) {\n  return (<html lang="en"><body>{children}</body></html>);\n}\n`,
    "app/page.tsx": `export default function Page() {\n  return (<main><h1>Hello</h1><p>minimal-next-app</p></main>);\n}\n`,
  };
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

function devEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: Record<string, string | undefined> = { ...process.env };
  // As a newcomer's: no DATABASE_URL (the embedded database) and no AUTH_SECRET (the dev default).
  for (const name of ["DATABASE_URL", "AUTH_SECRET", "NODE_ENV", "PGLITE_DIR", "SWITCHBOARD_BENCH_BUILD"]) delete env[name];
  Object.assign(env, { NEXT_TELEMETRY_DISABLED: "1" }, extra);
  return env as NodeJS.ProcessEnv;
}

export async function firstRunLine(quick: boolean, log: (line: string) => void): Promise<Line> {
  const rounds = quick ? 1 : 3;
  const port = Number(process.env.BENCH_PORT ?? 3500) + 2;
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "switchboard-first-run-"));
  const minimal = minimalApp();
  // next dev rewrites next-env.d.ts to point at its dist directory: put the developer's back.
  const nextEnv = fs.existsSync("next-env.d.ts") ? fs.readFileSync("next-env.d.ts", "utf8") : null;
  const a: Round[] = [];
  const b: Round[] = [];
  try {
    for (let round = 1; round <= rounds; round++) {
      const pgliteDir = path.join(scratch, `round-${round}`, "pglite");
      log(`15: round ${round} of ${rounds}: Switchboard with an empty data directory`);
      const app: Side = {
        cwd: process.cwd(),
        path: "/sign-in",
        marker: 'type="password"',
        env: devEnv({ PGLITE_DIR: pgliteDir, SWITCHBOARD_DIST_DIR: DIST_DIR }),
        dist: path.resolve(DIST_DIR),
      };
      a.push(await firstRender(app, port, DEMO_LOADED));
      log(`15: sign-in page after ${seconds(a.at(-1)!.readyMs)}, demo data loaded after ${seconds(a.at(-1)!.demoMs ?? Number.NaN)}`);
      log(`15: round ${round} of ${rounds}: one-page Next.js app`);
      const one: Side = { cwd: minimal, path: "/", marker: "minimal-next-app", env: devEnv({}), dist: path.join(minimal, ".next") };
      b.push(await firstRender(one, port));
      log(`15: one-page app after ${seconds(b.at(-1)!.readyMs)}`);
    }
  } finally {
    if (nextEnv === null) fs.rmSync("next-env.d.ts", { force: true });
    else fs.writeFileSync("next-env.d.ts", nextEnv);
    fs.rmSync(scratch, { recursive: true, force: true });
    fs.rmSync(minimal, { recursive: true, force: true });
  }
  const ready = median(a.map((r) => r.readyMs));
  const minimalReady = median(b.map((r) => r.readyMs));
  const demo = a.map((r) => r.demoMs).filter((ms): ms is number => ms !== null);
  // npm install makes it (scripts/pglite-template.mjs), so a newcomer's first run has it too.
  const template = fs.existsSync(INSTALLED_TEMPLATE);
  return {
    id: "15",
    what: "First run: `next dev` on an empty data directory to the rendered sign-in page",
    a: { label: "Switchboard /sign-in", value: seconds(ready) },
    b: { label: "one-page Next.js app", value: seconds(minimalReady) },
    ratio: ready / minimalReady,
    goal: { op: "<=", value: 1.5 },
    notes: [
      `${rounds} round${rounds > 1 ? "s" : ""} each, alternating; no .next and no Turbopack cache on either side. Switchboard ${a.map((r) => seconds(r.readyMs)).join(", ")}; one-page app ${b.map((r) => seconds(r.readyMs)).join(", ")}`,
      demo.length === a.length
        ? `demo data loaded (sign-in no longer waits) at ${seconds(median(demo))} (median)`
        : `**demo data did not finish loading in ${a.length - demo.length} round(s)**`,
      template
        ? "the embedded database started from the migrated template npm install made (`npm install` spends about 6 s on it)"
        : "**no migrated template in node_modules/.cache (npm install makes it): the database was created and migrated from scratch**",
    ],
  };
}
