// A child process for db/pglite-process.integration.test.ts: opens PGLITE_DIR through the app's own
// `database()` (DATABASE_URL unset) and reports on stdout, one line per event.
//   hold   open, record a marker row, print "ready <pid>", then stay open until killed
//   read   open, print "markers <json>" and "probe <count> <min> <max>", close
//   write  open, print "opened <count> <min> <max>", then commit one row per transaction
//          forever, printing "committed <id>" after each commit returns
//   lock   lock only (no PGlite): on each "go <dir>" line of stdin, try to take the lock
//          and print "won <dir>" or "refused <dir>"; on "release <dir>" let it go
import readline from "node:readline";
import { sql } from "drizzle-orm";
import { database } from "@/db";
import { acquirePgliteLock, PgliteLockedError } from "@/db/pglite-lock";

const say = (line: string) => process.stdout.write(`${line}\n`);

type Row = Record<string, unknown>;
async function rows(query: ReturnType<typeof sql>): Promise<Row[]> {
  const result: unknown = await database().db.execute(query);
  return (result as { rows: Row[] }).rows;
}

async function probeStats(): Promise<string> {
  await database().db.execute(sql`create table if not exists durability_probe (id integer primary key)`);
  const [stats] = await rows(sql`select count(*)::int as count, coalesce(min(id), 0) as min, coalesce(max(id), 0) as max from durability_probe`);
  return `${String(stats.count)} ${String(stats.min)} ${String(stats.max)}`;
}

async function main(mode: string | undefined) {
  if (mode === "lock") return lockLoop();
  const { db } = database();
  if (mode === "hold") {
    await db.execute(sql`create table if not exists lock_marker (pid integer primary key)`);
    await db.execute(sql`insert into lock_marker values (${process.pid})`);
    say(`ready ${process.pid}`);
    setInterval(() => {}, 1 << 30);
  } else if (mode === "read") {
    await db.execute(sql`create table if not exists lock_marker (pid integer primary key)`);
    const markers = await rows(sql`select pid from lock_marker order by pid`);
    say(`markers ${JSON.stringify(markers.map((row) => row.pid))}`);
    say(`probe ${await probeStats()}`);
    await database().close();
  } else if (mode === "write") {
    say(`opened ${await probeStats()}`);
    let id = Number((await probeStats()).split(" ")[2]);
    // Bounded so that an orphan stops on its own; the parent kills it long before.
    for (let n = 0; n < 100_000; n++) {
      id++;
      await db.transaction(async (tx) => {
        await tx.execute(sql`insert into durability_probe values (${id})`);
      });
      say(`committed ${id}`);
    }
  } else {
    throw new Error(`unknown mode ${mode}`);
  }
}

function lockLoop() {
  const held = new Map<string, () => void>();
  process.setMaxListeners(0);
  readline.createInterface({ input: process.stdin }).on("line", (line) => {
    const [command, dir] = line.split(" ");
    if (command === "go") {
      try {
        held.set(dir, acquirePgliteLock(dir));
        say(`won ${dir}`);
      } catch (error) {
        if (!(error instanceof PgliteLockedError)) throw error;
        say(`refused ${dir}`);
      }
    } else if (command === "release") {
      held.get(dir)?.();
      held.delete(dir);
      say(`released ${dir}`);
    }
  });
}

await main(process.argv[2]);
