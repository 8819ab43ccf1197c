// Database invariants the attack, concurrency and fault tests check after they run.
import { sql } from "drizzle-orm";
import type { Db } from "@/db";
import { rows } from "@/test/attack/snapshot";

/** Members whose role does not exist in their own organisation (must always be none). */
export async function membersWithoutRole(db: Db): Promise<number> {
  const [row] = await rows(db, sql`select count(*)::int as n from members m left join roles r on r.id = m.role_id and r.org_id = m.org_id where r.id is null`);
  return Number(row.n);
}

/** Organisations without an active Owner (must always be none). */
export async function orgsWithoutActiveOwner(db: Db): Promise<number> {
  const [row] = await rows(
    db,
    sql`select count(*)::int as n from organizations o where not exists (
      select 1 from members m join roles r on r.id = m.role_id where m.org_id = o.id and m.status = 'active' and r.kind = 'owner')`,
  );
  return Number(row.n);
}
