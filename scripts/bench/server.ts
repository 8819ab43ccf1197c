// The app under test: the bench build (`next build` with SWITCHBOARD_BENCH_BUILD=1, in
// .next-bench), started with `next start` on the bench database.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { encode } from "next-auth/jwt";
import type { Db } from "@/db";
import { startSession } from "@/lib/auth/sessions";

export const BENCH_SECRET = "bench-only-secret-0123456789abcdef0123456789";
const COOKIE = "authjs.session-token";

// Without NODE_ENV: next build and next start set it themselves.
function baseEnv(): NodeJS.ProcessEnv {
  const env: Record<string, string | undefined> = {
    ...process.env,
    SWITCHBOARD_BENCH_BUILD: "1",
    NEXT_TELEMETRY_DISABLED: "1",
    AUTH_SECRET: BENCH_SECRET,
    LOCAL_MAILBOX: "1",
  };
  delete env.NODE_ENV;
  return env as NodeJS.ProcessEnv;
}

export function buildBench() {
  const result = spawnSync("npx", ["next", "build"], { stdio: ["ignore", "ignore", "inherit"], env: baseEnv() });
  if (result.status !== 0) throw new Error("next build failed for the bench build");
}

export type Server = { url: string; stop(): Promise<void>; output: string[] };

/** `database` is a PostgreSQL URL, or `{ pgliteDir }` for an embedded database (the server holds its lock). */
export async function startServer(port: number, database: string | { pgliteDir: string }, extraEnv: Record<string, string> = {}): Promise<Server> {
  const env: NodeJS.ProcessEnv = { ...baseEnv(), ...extraEnv };
  if (typeof database === "string") env.DATABASE_URL = database;
  else {
    delete env.DATABASE_URL;
    env.PGLITE_DIR = database.pgliteDir;
  }
  const child: ChildProcess = spawn("npx", ["next", "start", "-p", String(port), "-H", "127.0.0.1"], {
    env,
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  const output: string[] = [];
  const collect = (chunk: Buffer) => output.push(...chunk.toString().split("\n").filter(Boolean));
  child.stdout!.on("data", collect);
  child.stderr!.on("data", collect);
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 120; i++) {
    if (child.exitCode !== null) throw new Error(`next start exited: ${output.slice(-5).join(" / ")}`);
    try {
      if ((await fetch(`${url}/sign-in`)).ok) break;
    } catch {
      /* not listening yet */
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    url,
    output,
    stop: () =>
      new Promise((resolve) => {
        child.once("exit", () => resolve());
        process.kill(-child.pid!, "SIGTERM");
      }),
  };
}

/** A session cookie exactly as Auth.js issues it after sign-in, for a session stored like a real sign-in's. */
export async function sessionCookie(db: Db, memberId: string): Promise<string> {
  // Bench members never change their password: they are at session epoch 0.
  const { sessionId, signedInAt } = await startSession(db, { id: memberId, epoch: 0 }, "Switchboard bench");
  const claims = { memberId, sub: memberId, epoch: 0, sid: sessionId, signedInAt };
  const token = await encode({ token: claims, secret: BENCH_SECRET, salt: COOKIE, maxAge: 12 * 60 * 60 });
  return `${COOKIE}=${token}`;
}
