// npm run soak [-- --seconds 60 --clients 50]: signed-in clients across the area pages of a
// production build on PostgreSQL while roles change underneath. Every answer is checked
// against the permissions the member held while the request was in flight: a 200 where
// they had lost access, or a 403 where they had it, is a stale decision.
import { performance } from "node:perf_hooks";
import { and, eq, inArray, sql } from "drizzle-orm";
import { openPostgres, type Db } from "@/db/client";
import { findRole } from "@/db/queries/roles";
import { auditEvents, members, organizations, roles } from "@/db/schema";
import { seedDemoData } from "@/db/seed";
import { loadAccess } from "@/lib/authz/check";
import { toggle, type Permission } from "@/lib/authz/permissions";
import { decideRoute } from "@/lib/authz/routes";
import { assignRole, updateRole } from "@/lib/roles/service";
import { recreateDatabase, postgresReachable, benchDatabaseUrl } from "./bench/seed";
import { buildBench, sessionCookie, startServer } from "./bench/server";
import { median } from "./bench/stats";

const arg = (name: string, fallback: number) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
const SECONDS = arg("seconds", 60);
const CLIENTS = arg("clients", 50);
const PATHS = ["/", "/settings/team", "/settings/roles", "/settings/audit-log", "/numbers", "/call-flows", "/analytics", "/recordings", "/messages", "/integrations", "/billing", "/help/custom-roles"];
const log = (line: string) => console.error(`[soak] ${line}`);

async function countAudited(db: Db, orgId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(auditEvents)
    .where(and(eq(auditEvents.orgId, orgId), inArray(auditEvents.action, ["role.updated", "member.role_changed"])));
  return row!.n;
}

type State = { from: number; to: number; permissions: ReadonlySet<Permission> };

async function main() {
  const url = benchDatabaseUrl().replace(/\/[^/]*$/, "/switchboard_soak");
  if (!(await postgresReachable(url))) throw new Error("npm run soak needs PostgreSQL: set DATABASE_URL.");
  await recreateDatabase(url);
  const database = openPostgres(url, { max: 4 });
  const db = database.db;
  await database.migrate();
  await seedDemoData(db);
  const [acme] = await db.select().from(organizations).where(eq(organizations.name, "Acme Support"));
  const people = await db.select().from(members).where(and(eq(members.orgId, acme!.id), eq(members.status, "active")));
  const owner = (await loadAccess(db, people.find((p) => p.email === "owner@acme.test")!.id))!;
  const qaRole = (await db.select().from(roles).where(and(eq(roles.orgId, acme!.id), eq(roles.name, "QA Lead"))))[0]!;
  const churn = people.find((p) => p.email === "liam.chen@acme.test")!;
  const builtIn = Object.fromEntries((await db.select().from(roles).where(and(eq(roles.orgId, acme!.id), inArray(roles.kind, ["agent", "admin"])))).map((r) => [r.kind, r.id]));

  // Each member's permissions over time: a change is known to have landed somewhere between
  // the moment it was sent and the moment it returned.
  const timeline = new Map<string, State[]>();
  for (const p of people) timeline.set(p.id, [{ from: 0, to: 0, permissions: (await loadAccess(db, p.id))!.permissions }]);
  const record = async (ids: string[], from: number) => {
    const to = performance.now();
    for (const id of ids) timeline.get(id)!.push({ from, to, permissions: (await loadAccess(db, id))!.permissions });
  };

  if (!process.argv.includes("--no-build")) {
    log("building");
    buildBench();
  }
  const server = await startServer(3600, url);
  const cookies = new Map(await Promise.all(people.map(async (p) => [p.id, await sessionCookie(p.id)] as const)));
  log(`${CLIENTS} clients for ${SECONDS} s on ${url.replace(/^.*@/, "")}`);

  const auditedBefore = await countAudited(db, acme!.id);
  const deadline = performance.now() + SECONDS * 1000;
  let changes = 0;
  const changer = (async () => {
    let listen = true;
    let admin = false;
    while (performance.now() < deadline) {
      const from = performance.now();
      if (changes % 2 === 0) {
        // QA Lead gains and loses Listen to recordings (and what depends on it).
        listen = !listen;
        const role = (await findRole(db, acme!.id, qaRole.id))!;
        const permissions = [...toggle(new Set(role.permissions as Permission[]), "recordings.listen", listen)];
        await updateRole(db, owner, { roleId: role.id, version: role.version, name: role.name, description: role.description, permissions });
        await record(people.filter((p) => p.roleId === qaRole.id).map((p) => p.id), from);
      } else {
        admin = !admin;
        await assignRole(db, owner, { memberId: churn.id, roleId: admin ? builtIn.admin! : builtIn.agent! });
        await record([churn.id], from);
      }
      changes++;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  })();

  const latencies: number[] = [];
  const errors: string[] = [];
  const stale: string[] = [];
  const client = async (n: number) => {
    const person = people[n % people.length]!;
    let i = n;
    while (performance.now() < deadline) {
      const path = PATHS[i++ % PATHS.length]!;
      const sent = performance.now();
      let status = 0;
      try {
        const response = await fetch(server.url + path, { headers: { cookie: cookies.get(person.id)! }, redirect: "manual" });
        await response.arrayBuffer();
        status = response.status;
      } catch (error) {
        errors.push(`${path}: ${(error as Error).message}`);
        continue;
      }
      const received = performance.now();
      latencies.push(received - sent);
      if (status !== 200 && status !== 403) {
        errors.push(`${person.name} ${path}: HTTP ${status}`);
        continue;
      }
      // Acceptable: the state in force when the request left, or any change in flight meanwhile.
      const states = timeline.get(person.id)!;
      const allowed = states.filter((s, k) => (s.to <= sent && (states[k + 1]?.to ?? Infinity) > sent) || (s.from < received && s.to > sent));
      const ok = allowed.some((s) => (decideRoute(path, s.permissions).outcome === "allow" ? 200 : 403) === status);
      if (!ok) stale.push(`${person.name} ${path}: HTTP ${status}`);
    }
  };
  await Promise.all([changer, ...Array.from({ length: CLIENTS }, (_, n) => client(n))]);
  await server.stop();

  const [orphans] = (await db.execute(sql`select count(*)::int as n from members m left join roles r on r.id = m.role_id and r.org_id = m.org_id where r.id is null`)) as unknown as { n: number }[];
  const [owners] = (await db.execute(sql`select count(*)::int as n from members m join roles r on r.id = m.role_id where r.kind = 'owner' and m.status = 'active' and m.org_id = ${acme!.id}`)) as unknown as { n: number }[];
  const audited = (await countAudited(db, acme!.id)) - auditedBefore;
  await database.close();

  const sorted = [...latencies].sort((a, b) => a - b);
  const p99 = sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.99))] ?? 0;
  console.log(`Requests served: ${latencies.length} in ${SECONDS} s (${Math.round(latencies.length / SECONDS)}/s) by ${CLIENTS} clients`);
  console.log(`Errors: ${errors.length}${errors.length ? ` (first: ${errors.slice(0, 3).join("; ")})` : ""}`);
  console.log(`Stale decisions: ${stale.length}${stale.length ? ` (first: ${stale.slice(0, 3).join("; ")})` : ""}`);
  console.log(`Latency: p50 ${median(latencies).toFixed(1)} ms, p99 ${p99.toFixed(1)} ms`);
  console.log(`Role changes underneath: ${changes}; audited: ${audited}; members without a role of their organisation: ${orphans!.n}; active Owners: ${owners!.n}`);
  const held = errors.length === 0 && stale.length === 0 && orphans!.n === 0 && owners!.n >= 1 && audited === changes;
  console.log(held ? "Held: 0 errors, 0 stale decisions, invariants hold." : "FAILED: see above.");
  if (!held) process.exit(1);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
