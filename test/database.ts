// A fresh, migrated database for one test file: in-memory PGlite by default, or a new
// database on the PostgreSQL server that DATABASE_URL names (copied from the run's migrated
// template, test/global-setup.ts, and dropped after).
import postgres from "postgres";
import fs from "node:fs";
import { afterAll, beforeAll, inject } from "vitest";
import { openPglite, openPostgres, type Database, type Db } from "@/db/client";

async function freshDatabase(): Promise<Database> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    const template = inject("pgliteTemplate");
    const database = openPglite(undefined, template ? new Blob([fs.readFileSync(template)]) : undefined);
    await database.migrate();
    return database;
  }
  const name = `switchboard_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name} template ${inject("postgresTemplate")}`);
  const target = new URL(url);
  target.pathname = `/${name}`;
  const database = openPostgres(target.toString(), { max: 4 });
  await database.migrate();
  return {
    ...database,
    close: async () => {
      await database.close();
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

/**
 * One fresh database for the calling test file: opened before its tests, closed after.
 * The returned handle forwards to it, so it can be declared at the top of the file.
 */
export function useFreshDatabase(): Db {
  let database: Database | undefined;
  beforeAll(async () => {
    database = await freshDatabase();
  });
  afterAll(() => database?.close());
  return new Proxy({} as Db, {
    get(_target, property) {
      if (!database) throw new Error("The test database is opened in beforeAll: use it inside tests and hooks.");
      return Reflect.get(database.db, property, database.db) as unknown;
    },
  });
}
