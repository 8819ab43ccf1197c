import { openFromEnv, type Database, type Db } from "./client";

export type { Db } from "./client";

// One per process, on globalThis: Turbopack may load this module in several chunks, and
// each opening its own PGlite on one directory would corrupt it.
const holder = globalThis as unknown as { __switchboardDb?: Database };

export function database(): Database {
  holder.__switchboardDb ??= openFromEnv();
  return holder.__switchboardDb;
}

export function getDb(): Db {
  return database().db;
}
