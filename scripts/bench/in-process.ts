// Lines measured inside this process: deleting a role held by 10,000 members against a bare
// UPDATE of the same rows, and the speed of the in-process decision.
import { and, eq, sql } from "drizzle-orm";
import { openPostgres } from "@/db/client";
import { insertRole } from "@/db/queries/roles";
import { members } from "@/db/schema";
import { can, loadAccess } from "@/lib/authz/check";
import { ALL_PERMISSIONS } from "@/lib/authz/permissions";
import { deleteRole } from "@/lib/roles/service";
import type { BenchOrg } from "./seed";
import { median } from "./stats";

async function timed(work: () => Promise<unknown>): Promise<number> {
  const start = process.hrtime.bigint();
  await work();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

export async function roleDelete(url: string, org: BenchOrg, rounds: number) {
  const database = openPostgres(url, { max: 2 });
  const db = database.db;
  try {
    const owner = (await loadAccess(db, org.ownerId))!;
    let n = 0;
    // Every agent moves onto a fresh custom role (not timed), then that role goes away.
    const holdersOnNewRole = async () => {
      const role = await insertRole(db, { orgId: org.id, kind: "custom", name: `Doomed ${++n}`, permissions: ["members.view"] });
      const moved = await db
        .update(members)
        .set({ roleId: role.id })
        .where(and(eq(members.orgId, org.id), eq(members.roleId, org.agentRoleId)))
        .returning({ id: members.id });
      return { role, count: moved.length };
    };
    const service = async () => {
      const { role, count } = await holdersOnNewRole();
      return timed(() => deleteRole(db, owner, { roleId: role.id, version: role.version, memberCount: count }));
    };
    const bare = async () => {
      const { role } = await holdersOnNewRole();
      const ms = await timed(() => db.execute(sql`update members set role_id = ${org.agentRoleId} where org_id = ${org.id} and role_id = ${role.id}`));
      await db.execute(sql`delete from roles where id = ${role.id}`);
      return ms;
    };
    const a: number[] = [];
    const b: number[] = [];
    await service();
    await bare();
    for (let round = 0; round < rounds; round++) {
      if (round % 2 === 0) {
        a.push(await service());
        b.push(await bare());
      } else {
        b.push(await bare());
        a.push(await service());
      }
    }
    const heldRows: unknown = await db.execute(sql`select count(*)::int as held from members where org_id = ${org.id} and role_id = ${org.agentRoleId}`);
    const [{ held }] = heldRows as [{ held: number }];
    return { a: median(a), b: median(b), aRounds: a, bRounds: b, members: held };
  } finally {
    await database.close();
  }
}

/** can() on a real member's access, over every permission in turn. */
export function decisions(rounds: number, perRound: number) {
  const access = { permissions: new Set(ALL_PERMISSIONS.filter((_, i) => i % 2 === 0)) };
  const keys = ALL_PERMISSIONS;
  const rates: number[] = [];
  let granted = 0;
  for (let round = 0; round < rounds + 1; round++) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < perRound; i++) if (can(access, keys[i % keys.length])) granted++;
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    if (round > 0) rates.push(perRound / seconds); // round 0 warms the JIT
  }
  // Using the count keeps the loop from being optimised away.
  if (granted === 0) throw new Error("no decision granted");
  return { rate: median(rates), rates };
}
