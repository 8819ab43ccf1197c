// npm run db:migrate | db:seed | db:reset — the same start-up work the server does, by hand.
// On the embedded database they refuse while a server holds the directory.
import fs from "node:fs";
import { sql } from "drizzle-orm";
import { defaultPgliteDir, openFromEnv, type Database } from "@/db/client";
import { acquirePgliteLock, PgliteLockedError } from "@/db/pglite-lock";
import { DEMO_DATA_STEPS, seedDemoData } from "@/db/seed";

const command = process.argv[2];
const log = (line: string) => console.log(`[db] ${line}`);

async function wipe(): Promise<Database> {
  if (process.env.DATABASE_URL) {
    const database = openFromEnv();
    await database.db.execute(sql`drop schema if exists drizzle cascade`);
    await database.db.execute(sql`drop schema public cascade`);
    await database.db.execute(sql`create schema public`);
    return database;
  }
  const dir = defaultPgliteDir();
  const release = acquirePgliteLock(dir); // refuse before deleting anything
  fs.rmSync(dir, { recursive: true, force: true });
  release();
  return openFromEnv();
}

async function main() {
  if (!["migrate", "seed", "reset"].includes(command ?? "")) {
    console.error("usage: tsx scripts/db.ts migrate|seed|reset");
    process.exit(2);
  }
  const database = command === "reset" ? await wipe() : openFromEnv();
  const where = process.env.DATABASE_URL ? "PostgreSQL (DATABASE_URL)" : `embedded PGlite at ${defaultPgliteDir()}`;
  try {
    log("Applying migrations…");
    await database.migrate();
    log(`migrations applied to ${where}`);
    if (command !== "migrate") {
      let step = 0;
      const loaded = await seedDemoData(database.db, (what) => log(`Loading demo data (${++step} of ${DEMO_DATA_STEPS}): ${what}…`));
      log(loaded ? "demo data loaded" : "demo data already present: nothing to do");
    }
  } finally {
    await database.close();
  }
}

main().catch((error) => {
  console.error(error instanceof PgliteLockedError ? `[db] ${error.message}` : error);
  process.exit(1);
});
