import type { Database } from "./client";
import { isEmpty } from "./queries/orgs";
import { DEMO_DATA_STEPS, seedDemoData } from "./seed";

function wantsDemoData(database: Database): boolean {
  return database.kind === "pglite" || process.env.DEMO_DATA === "1";
}

/** Migrations always; demo data into an empty database when embedded or DEMO_DATA=1. */
export async function prepareDatabase(database: Database, { log }: { log: (line: string) => void }) {
  // The first start spends a while here with nothing on screen: say what is happening.
  log("Applying migrations…");
  await database.migrate();
  log(`database ready (${database.kind === "pglite" ? "embedded PGlite" : "PostgreSQL"})`);
  if (wantsDemoData(database) && (await isEmpty(database.db))) {
    let step = 0;
    await seedDemoData(database.db, (what) => log(`Loading demo data (${++step} of ${DEMO_DATA_STEPS}): ${what}…`));
    log("demo data loaded: sign in as owner@acme.test / switchboard-demo");
  }
}
