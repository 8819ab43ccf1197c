// A real fault inside the database: a temporary trigger that raises on the Nth row a table
// receives (insert, update or delete), wherever in a transaction that row comes.
import { sql } from "drizzle-orm";
import type { Db } from "@/db";
import { rows } from "@/test/attack/snapshot";

export type FaultPoint = { table: string; op: "INSERT" | "UPDATE" | "DELETE"; nth: number };

export const FAULT_MESSAGE = "injected fault";

/** Arms the fault, runs `work`, disarms it; returns how many rows reached the trigger. */
export async function withFault(db: Db, point: FaultPoint, work: () => Promise<unknown>): Promise<{ error: unknown; rowsSeen: number }> {
  // A sequence counts across the rollback: it tells whether the fault point was reached.
  await db.execute(sql.raw(`create sequence fault_rows`));
  await db.execute(
    sql.raw(`create or replace function fault_raise() returns trigger language plpgsql as $$
      begin
        if nextval('fault_rows') = ${Number(point.nth)} then raise exception '${FAULT_MESSAGE}'; end if;
        return case when tg_op = 'DELETE' then old else new end;
      end $$`),
  );
  await db.execute(sql`create trigger fault_raise before ${sql.raw(point.op)} on ${sql.identifier(point.table)} for each row execute function fault_raise()`);
  let error: unknown = null;
  try {
    await work();
  } catch (caught) {
    error = caught;
  }
  const [seen] = await rows(db, sql.raw(`select last_value::int as n, is_called from fault_rows`));
  await db.execute(sql`drop trigger fault_raise on ${sql.identifier(point.table)}`);
  await db.execute(sql.raw(`drop function fault_raise()`));
  await db.execute(sql.raw(`drop sequence fault_rows`));
  return { error, rowsSeen: seen.is_called ? Number(seen.n) : 0 };
}
