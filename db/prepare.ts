import type { Database, Db } from "./client";
import { isEmpty } from "./queries/orgs";
import { DEMO_DATA_STEPS, seedDemoData } from "./seed";
import { setPreparationStage } from "./preparation-stage";

function wantsDemoData(database: Database): boolean {
  return database.kind === "pglite" || process.env.DEMO_DATA === "1";
}

/**
 * Migrations always; demo data into an empty database when embedded or DEMO_DATA=1.
 * Queries through `database.db` wait until this is done (see Database.prepare).
 */
export function prepareDatabase(database: Database, { log }: { log: (line: string) => void }): Promise<void> {
  setPreparationStage("migrating");
  return database.prepare(async (db: Db) => {
    try {
      // The first start spends a while here with nothing on screen: say what is happening.
      log("Applying migrations…");
      await database.migrate();
      log(`database ready (${database.kind === "pglite" ? "embedded PGlite" : "PostgreSQL"})`);
      if (wantsDemoData(database) && (await isEmpty(db))) {
        setPreparationStage("loading demo data");
        let step = 0;
        await seedDemoData(db, (what) => log(`Loading demo data (${++step} of ${DEMO_DATA_STEPS}): ${what}…`));
        log("demo data loaded: sign in as owner@acme.test / switchboard-demo");
      }
    } finally {
      setPreparationStage("ready");
    }
  });
}
