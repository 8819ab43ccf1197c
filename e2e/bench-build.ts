// The bench build (`next build` with SWITCHBOARD_BENCH_BUILD=1, in .next-bench) for the specs
// that need its test-only switches, and a database of their own for it to serve.
import fs from "node:fs";
import path from "node:path";
import { openPglite, openPostgres, type Database } from "@/db/client";
import { buildBench } from "@/scripts/bench/server";
import { recreateDatabase } from "@/scripts/bench/seed";

/** scripts/e2e-server.mjs builds it beside the production build; a lone spec run builds it here. */
export function ensureBenchBuild() {
  if (!fs.existsSync(".next-bench/BUILD_ID")) buildBench();
}

/**
 * A fresh, migrated database named for `name`: on the PostgreSQL server DATABASE_URL names,
 * else an embedded PGlite directory. `server` is what startServer needs to open it once this
 * process has closed it (PGlite allows one process at a time).
 */
export async function openMatrixDatabase(name: string): Promise<{ database: Database; server: string | { pgliteDir: string } }> {
  const url = process.env.DATABASE_URL;
  if (url) {
    const target = new URL(url);
    target.pathname = `${target.pathname}_${name}`;
    await recreateDatabase(target.toString());
    const database = openPostgres(target.toString(), { max: 2 });
    await database.migrate();
    return { database, server: target.toString() };
  }
  const dir = path.resolve(".data", `e2e-${name}`, "pglite");
  fs.rmSync(path.dirname(dir), { recursive: true, force: true });
  const database = openPglite(dir);
  await database.migrate();
  return { database, server: { pgliteDir: dir } };
}
