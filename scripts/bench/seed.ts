// The bench database: its own PostgreSQL database, migrated, with the demo data and three
// organisations sized for the lines that compare scale.
import { sql } from "drizzle-orm";
import postgres from "postgres";
import { openPostgres, type Database } from "@/db/client";
import { seedDemoData } from "@/db/seed";
import { findBuiltInRole } from "@/db/queries/roles";
import { roles } from "@/db/schema";
import { ALL_PERMISSIONS, missingNeeds, toggle, type Permission } from "@/lib/authz/permissions";
import { hashPassword } from "@/lib/auth/password";
import { addMember, createOrganization } from "@/lib/orgs/service";

export const BENCH_DB_NAME = "switchboard_bench";

/** The bench database's URL on the server DATABASE_URL names (or the local one). */
export function benchDatabaseUrl(): string {
  const url = new URL(process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres");
  if (!process.env.BENCH_DATABASE_URL) url.pathname = `/${BENCH_DB_NAME}`;
  return url.toString();
}

/** Whether the PostgreSQL server behind the bench database answers at all. */
export async function postgresReachable(url: string): Promise<boolean> {
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const client = postgres(admin.toString(), { max: 1, connect_timeout: 3, onnotice: () => {} });
  try {
    await client`select 1`;
    return true;
  } catch {
    return false;
  } finally {
    await client.end({ timeout: 1 });
  }
}

export async function recreateDatabase(url: string) {
  const target = new URL(url);
  const name = target.pathname.slice(1);
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const client = postgres(admin.toString(), { max: 1, onnotice: () => {} });
  try {
    await client.unsafe(`drop database if exists "${name}" with (force)`);
    await client.unsafe(`create database "${name}"`);
  } finally {
    await client.end();
  }
}

const FIRST = [
  "Ava",
  "Ben",
  "Chloe",
  "Dev",
  "Elena",
  "Farah",
  "Gus",
  "Hana",
  "Ivan",
  "Jade",
  "Kofi",
  "Lena",
  "Mateo",
  "Nia",
  "Omar",
  "Pia",
  "Rui",
  "Sara",
  "Tomas",
  "Uma",
];
const LAST = [
  "Chen",
  "Okafor",
  "Silva",
  "Novak",
  "Haddad",
  "Kowalski",
  "Tanaka",
  "Moreau",
  "Jensen",
  "Rossi",
  "Patel",
  "Nguyen",
  "Garcia",
  "Schmidt",
  "Larsen",
  "Ivanova",
  "Mensah",
  "Duarte",
  "Fischer",
  "Byrne",
  "Costa",
  "Walsh",
  "Yilmaz",
  "Kim",
  "Dubois",
];
/** What the search line looks for: one surname in 25. */
export const SEARCH_TERM = "Okafor";

/** A valid permission set for custom role n: a rotating slice of the registry, needs included. */
function permissionsFor(n: number): Permission[] {
  let set = new Set<Permission>();
  for (let i = 0; i < 6; i++) set = toggle(set, ALL_PERMISSIONS[(n * 7 + i * 5) % ALL_PERMISSIONS.length], true);
  if (missingNeeds(set).length) throw new Error("bench role permissions miss a dependency");
  return [...set];
}

export type BenchOrg = { id: string; ownerId: string; agentRoleId: string };

/** An Enterprise organisation named for `label`, with its Owner. */
export async function enterpriseOrg(db: Database["db"], label: string, passwordHash: string) {
  const org = await createOrganization(db, { name: `Bench ${label}`, plan: "enterprise" });
  const owner = await addMember(
    db,
    org.id,
    { name: `${label} Owner`, email: `owner@${label.toLowerCase()}.bench.test`, password: "", roleKind: "owner" },
    passwordHash,
  );
  return { id: org.id, ownerId: owner.id };
}

async function benchOrg(db: Database["db"], label: string, size: { members: number; customRoles: number }, passwordHash: string): Promise<BenchOrg> {
  const org = await enterpriseOrg(db, label, passwordHash);
  const agent = await findBuiltInRole(db, org.id, "agent");
  const custom = size.customRoles
    ? await db
        .insert(roles)
        .values(
          Array.from({ length: size.customRoles }, (_, n) => ({
            orgId: org.id,
            kind: "custom" as const,
            name: `Role ${String(n + 1).padStart(3, "0")}`,
            description: `Bench role ${n + 1}`,
            permissions: permissionsFor(n),
          })),
        )
        .returning({ id: roles.id })
    : [];
  // Agents and every custom role in turn, so each list shows real member counts.
  const roleIds = [agent.id, ...custom.map((r) => r.id)];
  await db.execute(sql`
    insert into members (org_id, role_id, email, name, password_hash)
    select ${org.id}::uuid,
           (${`{${roleIds.join(",")}}`}::uuid[])[1 + (i % ${roleIds.length})],
           ${label.toLowerCase()} || '-' || i || '@bench.test',
           (${`{${FIRST.join(",")}}`}::text[])[1 + (i % ${FIRST.length})] || ' ' || (${`{${LAST.join(",")}}`}::text[])[1 + ((i / ${FIRST.length}) % ${LAST.length})],
           ${passwordHash}
    from generate_series(1, ${size.members - 1}) as i`);
  // What autovacuum does soon after a bulk load on any real server (it is off on this machine's
  // PostgreSQL): without it, every search also scans the trigram indexes' pending list.
  await db.execute(sql`vacuum (analyze) members`);
  return { ...org, agentRoleId: agent.id };
}

/** What the audit log lines filter by: one entry in four. */
export const AUDIT_FILTER_ACTION = "member.role_changed";
const AUDIT_ACTIONS_CYCLE = ["role.updated", AUDIT_FILTER_ACTION, "member.profile_updated", "number.assigned"];

/** `entries` audit entries a second apart, set-based: actors and targets cycle through the organisation's members. */
async function seedAuditLog(db: Database["db"], org: BenchOrg, entries: number) {
  await db.execute(sql`
    with people as (select array_agg(id order by id) as ids, array_agg(name order by id) as names from members where org_id = ${org.id}::uuid)
    insert into audit_events (org_id, actor_id, actor_name, action, target_id, target_name, details, created_at)
    select ${org.id}::uuid,
           people.ids[1 + (i % cardinality(people.ids))],
           people.names[1 + (i % cardinality(people.ids))],
           (${`{${AUDIT_ACTIONS_CYCLE.join(",")}}`}::text[])[1 + (i % ${AUDIT_ACTIONS_CYCLE.length})],
           people.ids[1 + ((i / 7) % cardinality(people.ids))],
           people.names[1 + ((i / 7) % cardinality(people.ids))],
           jsonb_build_object('lines', jsonb_build_array('Bench entry ' || i)),
           now() - make_interval(secs => i)
    from people, generate_series(1, ${entries}) as i`);
  await db.execute(sql`analyze audit_events`);
}

export type BenchData = {
  url: string;
  large: BenchOrg;
  small: BenchOrg;
  manyRoles: BenchOrg;
  deletion: BenchOrg;
  /** Two organisations of 20 members, with 1,000,000 and 1,000 audit entries (null when the audit lines are not run). */
  audit: { many: BenchOrg; few: BenchOrg } | null;
  /** 100,000 members with 5 custom roles (null unless asked for). */
  huge: BenchOrg | null;
  /** 100,001 members for the large role delete (null unless asked for). */
  hugeDeletion: BenchOrg | null;
};

/** The bench database, empty but migrated: for lines that create their own organisations. */
export async function migratedBenchDatabase(): Promise<void> {
  const url = benchDatabaseUrl();
  await recreateDatabase(url);
  const database = openPostgres(url, { max: 1 });
  try {
    await database.migrate();
  } finally {
    await database.close();
  }
}

/**
 * One size changes at a time: large has 10,000 members and small 20, both with 5 custom
 * roles; manyRoles has 20 members and 200 custom roles (Enterprise's limit); with
 * `auditEntries`, two organisations alike but for their audit logs (that many entries, and 1,000);
 * `huge` and `hugeDeletion` add the 100,000-member organisations only the lines that use them pay for.
 */
export async function seedBench({ auditEntries = 0, huge = false, hugeDeletion = false } = {}): Promise<BenchData> {
  const url = benchDatabaseUrl();
  await recreateDatabase(url);
  const database = openPostgres(url, { max: 4 });
  try {
    await database.migrate();
    await seedDemoData(database.db);
    const hash = await hashPassword("bench-password-never-used");
    const large = await benchOrg(database.db, "Large", { members: 10_000, customRoles: 5 }, hash);
    const small = await benchOrg(database.db, "Small", { members: 20, customRoles: 5 }, hash);
    const manyRoles = await benchOrg(database.db, "Roles", { members: 20, customRoles: 200 }, hash);
    const deletion = await benchOrg(database.db, "Deletion", { members: 10_001, customRoles: 0 }, hash);
    let audit: BenchData["audit"] = null;
    if (auditEntries) {
      audit = {
        many: await benchOrg(database.db, "AuditMany", { members: 20, customRoles: 5 }, hash),
        few: await benchOrg(database.db, "AuditFew", { members: 20, customRoles: 5 }, hash),
      };
      await seedAuditLog(database.db, audit.many, auditEntries);
      await seedAuditLog(database.db, audit.few, 1_000);
    }
    return {
      url,
      large,
      small,
      manyRoles,
      deletion,
      audit,
      huge: huge ? await benchOrg(database.db, "Huge", { members: 100_000, customRoles: 5 }, hash) : null,
      hugeDeletion: hugeDeletion ? await benchOrg(database.db, "HugeDeletion", { members: 100_001, customRoles: 0 }, hash) : null,
    };
  } finally {
    await database.close();
  }
}
