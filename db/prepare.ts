import type { Database } from "./client";
import { isEmpty } from "./queries/orgs";
import { seedDemoData } from "./seed";

function wantsDemoData(database: Database): boolean {
  return database.kind === "pglite" || process.env.DEMO_DATA === "1";
}

/** Migrations always; demo data into an empty database when embedded or DEMO_DATA=1. */
export async function prepareDatabase(database: Database, { log }: { log: (line: string) => void }) {
  await database.migrate();
  log(`database ready (${database.kind === "pglite" ? "embedded PGlite" : "PostgreSQL"})`);
  if (wantsDemoData(database) && (await isEmpty(database.db))) {
    await seedDemoData(database.db);
    log("demo data loaded: sign in as owner@acme.test / switchboard-demo");
  }
}
