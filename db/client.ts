import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import postgres from "postgres";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import * as schema from "./schema";
import { acquirePgliteLock } from "./pglite-lock";

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export type Database = {
  db: Db;
  kind: "postgres" | "pglite";
  migrate(): Promise<void>;
  close(): Promise<void>;
  /** PGlite only: the whole data directory as a tarball (test templates). */
  dumpDataDir(): Promise<Blob>;
  /**
   * Runs `work` (migrations, demo data) on a direct handle. On PGlite, queries through `db`
   * wait for it meanwhile, so the server can start it without awaiting and compile pages in
   * parallel; if it fails, they fail with its error.
   */
  prepare(work: (db: Db) => Promise<void>): Promise<void>;
};

const MIGRATIONS = path.join(process.cwd(), "db", "migrations");

export function defaultPgliteDir(): string {
  // A run-time location, not a file of the app: keep the build from tracing the project.
  return path.resolve(/*turbopackIgnore: true*/ process.env.PGLITE_DIR ?? path.join(process.cwd(), ".data", "pglite"));
}

// SWITCHBOARD_LOG_QUERIES=1 prints one line per query (no parameters): `npm run bench`
// counts the queries each request makes this way.
const logger =
  process.env.SWITCHBOARD_LOG_QUERIES === "1"
    ? { logQuery: (query: string) => void process.stderr.write(`query: ${query.replace(/\s+/g, " ")}\n`) }
    : undefined;

export function openPostgres(url: string, options: { max?: number } = {}): Database {
  const client = postgres(url, {
    max: options.max ?? 10,
    onnotice: () => {},
    // While PostgreSQL is away, a request should fail in about a second and the app should
    // serve again about a second after it returns. postgres.js's default backoff grows to
    // 20 s between connection attempts, holding every queued request that long.
    backoff: (retries: number) => Math.min(0.05 * 2 ** retries, 1),
    // An unreachable host (no refusal, just silence) fails a request in 5 s, not 30.
    connect_timeout: 5,
  });
  const db = drizzlePostgres(client, { schema, logger });
  return {
    db,
    kind: "postgres",
    migrate: () => migratePostgres(db, { migrationsFolder: MIGRATIONS }),
    close: () => client.end(),
    dumpDataDir: () => Promise.reject(new Error("Only PGlite can dump its data directory.")),
    prepare: (work) => work(db),
  };
}

// Made by `npm install` (scripts/pglite-template.mjs): a created and migrated embedded database.
export const INSTALLED_TEMPLATE = path.join(/*turbopackIgnore: true*/ process.cwd(), "node_modules", ".cache", "switchboard", "pglite-template.tar");

/** A new data directory starts from the installed template, when there is one. */
function installedTemplate(dir: string): Blob | undefined {
  if (fs.existsSync(path.join(dir, "PG_VERSION")) || !fs.existsSync(INSTALLED_TEMPLATE)) return undefined;
  return new Blob([fs.readFileSync(INSTALLED_TEMPLATE)]);
}

/** `dir` undefined opens an in-memory database (tests), optionally from a dumped template. */
export function openPglite(dir?: string, template?: Blob): Database {
  let release = () => {};
  if (dir) {
    // PGlite's mkdir is not recursive, and two processes on one directory lose data.
    fs.mkdirSync(path.dirname(dir), { recursive: true });
    release = acquirePgliteLock(dir);
    template ??= installedTemplate(dir);
  }
  // The same extensions as the migrations create on PostgreSQL (pg_trgm for team search).
  const extensions = { pg_trgm };
  const loadDataDir = template ? { loadDataDir: template } : {};
  const client = dir ? new PGlite(dir, { extensions, ...loadDataDir }) : new PGlite({ extensions, ...loadDataDir });
  let ready: Promise<unknown> = Promise.resolve();
  const direct = drizzlePglite(client, { schema, logger });
  const db = drizzlePglite(
    waitingFor(client, () => ready),
    { schema, logger },
  );
  return {
    db,
    kind: "pglite",
    migrate: () => migratePglite(direct, { migrationsFolder: MIGRATIONS }),
    close: async () => {
      await client.close();
      release();
    },
    dumpDataDir: async () => client.dumpDataDir("none"),
    prepare: (work) => {
      const done = ready.then(() => work(direct));
      ready = done;
      return done;
    },
  };
}

/** `client` whose queries and transactions first wait for `ready()` (drizzle uses only those two). */
function waitingFor(client: PGlite, ready: () => Promise<unknown>): PGlite {
  return new Proxy(client, {
    get(target, property) {
      const value: unknown = Reflect.get(target, property, target);
      if (typeof value !== "function") return value;
      const method = (value as (...args: unknown[]) => unknown).bind(target);
      if (property !== "query" && property !== "transaction") return method;
      return async (...args: unknown[]) => {
        await ready();
        return method(...args);
      };
    },
  });
}

/** The database the environment names: PostgreSQL with DATABASE_URL, else embedded PGlite. */
export function openFromEnv(): Database {
  const url = process.env.DATABASE_URL;
  return url ? openPostgres(url) : openPglite(defaultPgliteDir());
}
