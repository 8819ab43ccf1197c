// "Nothing written": a digest of every row of every table, compared before and after an attack.
import { sql } from "drizzle-orm";
import type { Db } from "@/db";

type Rows = Record<string, unknown>[];

/** db.execute returns { rows } on PGlite and an array on postgres.js. */
export async function rows(db: Db, query: ReturnType<typeof sql>): Promise<Rows> {
  const result: unknown = await db.execute(query);
  return Array.isArray(result) ? (result as Rows) : (result as { rows: Rows }).rows;
}

// Last-used times for role reviews: a hint written by a 5 s timer (lib/roles/usage.ts) that
// may fire mid-attempt with uses from earlier tests; it grants nothing.
const HINT_TABLES = ["role_permission_usage"];
// Likewise a session's "last seen", written at most once a minute by a timer (lib/auth/last-seen.ts).
const HINT_COLUMNS: Record<string, string> = { member_sessions: "last_seen_at" };

/** One line per table: row count and an md5 of all rows in a stable order. */
export async function databaseDigest(db: Db): Promise<Record<string, string>> {
  const tables = await rows(db, sql`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`);
  const out: Record<string, string> = {};
  for (const { table_name } of tables) {
    if (HINT_TABLES.includes(String(table_name))) continue;
    const name = sql.identifier(String(table_name));
    const hint = HINT_COLUMNS[String(table_name)];
    const text = hint ? sql`(to_jsonb(t) - ${hint})::text` : sql`t::text`;
    const [row] = await rows(db, sql`select count(*)::text as n, md5(coalesce(string_agg(${text}, '|' order by ${text}), '')) as h from ${name} t`);
    out[String(table_name)] = `${String(row.n)}:${String(row.h)}`;
  }
  return out;
}
