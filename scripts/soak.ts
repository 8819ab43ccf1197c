// npm run soak [-- --seconds 60 --clients 50 --no-build --variant stale --skip-without-postgres]: signed-in clients across the area pages of a
// production build on PostgreSQL, sending messages through the real server action as they
// go, while roles change underneath. Every answer is checked against the permissions the
// member held while the request was in flight: a page or a sent message where they had lost
// the permission, or a refusal where they held it, is a stale decision. Every request for a
// page the member lacked throughout must be a 403, never an error; when the run fails, the
// server's own error lines are printed so the failure explains itself.
import { performance } from "node:perf_hooks";
import { chromium } from "@playwright/test";
import { and, eq, inArray, sql } from "drizzle-orm";
import { openPostgres, type Db } from "@/db/client";
import { findRole } from "@/db/queries/roles";
import { auditEvents, members, organizations, roles } from "@/db/schema";
import { seedDemoData } from "@/db/seed";
import { lackingMessage, loadAccess } from "@/lib/authz/check";
import { RATE_LIMITS } from "@/lib/rate-limits";
import { toggle, type Permission } from "@/lib/authz/permissions";
import { decideRoute } from "@/lib/authz/routes";
import { assignRole, updateRole } from "@/lib/roles/service";
import { recreateDatabase, postgresReachable, benchDatabaseUrl } from "./bench/seed";
import { buildBench, sessionCookie, startServer } from "./bench/server";
import { median } from "./bench/stats";
import { CHROMIUM_ARGS } from "./chromium";

const arg = (name: string, fallback: number) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
const SECONDS = arg("seconds", 60);
// --variant stale runs the bench build's stale variant (permissions read once and trusted):
// the soak must then report stale decisions, which shows it can catch them.
const VARIANT = process.argv.includes("--variant") ? process.argv[process.argv.indexOf("--variant") + 1] : "full";
const CLIENTS = arg("clients", 50);
/** One request in ACTION_EVERY is a message sent through the server action; the rest are pages. */
const ACTION_EVERY = 5;
const PATHS = [
  "/",
  "/settings/team",
  "/settings/roles",
  "/settings/audit-log",
  "/numbers",
  "/call-flows",
  "/analytics",
  "/recordings",
  "/messages",
  "/integrations",
  "/billing",
  "/help/custom-roles",
];
const log = (line: string) => console.error(`[soak] ${line}`);
/** What the server printed, for the error lines a failed run shows. */
let serverOutput: string[] = [];

function printServerErrors() {
  const lines = serverOutput.filter((line) => /error|fail|⨯|warn|unhandled|ECONN|hang up/i.test(line));
  if (lines.length === 0) return console.log("Server error lines: none");
  console.log(`Server error lines (${lines.length}${lines.length > 40 ? ", last 40" : ""}):`);
  for (const line of lines.slice(-40)) console.log(`  ${line}`);
}

async function countAudited(db: Db, orgId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(auditEvents)
    .where(and(eq(auditEvents.orgId, orgId), inArray(auditEvents.action, ["role.updated", "member.role_changed"])));
  return row.n;
}

type CapturedAction = { url: string; headers: Record<string, string>; body: Blob };

/**
 * Sends one reply in the Owner's browser (Debian's chromium, as the e2e suite uses) and keeps
 * the server action's request, so that every client can post it with its own session.
 */
async function captureSendMessage(serverUrl: string, ownerCookie: string): Promise<CapturedAction> {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium", args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({ baseURL: serverUrl });
    const [name, value] = ownerCookie.split(/=(.*)/s) as [string, string];
    await context.addCookies([{ name, value, url: serverUrl }]);
    const page = await context.newPage();
    await page.goto("/messages");
    await page.getByRole("list", { name: "Conversations" }).getByRole("link").first().click();
    await page.waitForURL(/\/messages\/[0-9a-f-]{36}$/);
    const box = page.getByRole("textbox", { name: "Message" });
    await box.fill("Checking in from the soak run.");
    const send = page.getByRole("button", { name: "Send", exact: true });
    await page.waitForFunction(() => document.readyState === "complete");
    const request = page.waitForRequest((r) => r.method() === "POST" && Boolean(r.headers()["next-action"]));
    await send.click();
    const sent = await request;
    const headers = await sent.allHeaders();
    return {
      url: sent.url(),
      headers: { "next-action": headers["next-action"], "content-type": headers["content-type"], accept: "text/x-component", origin: serverUrl },
      body: new Blob([new Uint8Array(sent.postDataBuffer() ?? Buffer.alloc(0))]),
    };
  } finally {
    await browser.close();
  }
}

type State = { from: number; to: number; permissions: ReadonlySet<Permission> };

async function main() {
  const url = benchDatabaseUrl().replace(/\/[^/]*$/, "/switchboard_soak");
  if (!(await postgresReachable(url))) {
    const message = `npm run soak needs PostgreSQL, and none answers at ${new URL(url).host}: set DATABASE_URL.`;
    // npm test on a machine without PostgreSQL still passes; CI always has it.
    if (process.argv.includes("--skip-without-postgres")) return log(`skipped: ${message}`);
    throw new Error(message);
  }
  await recreateDatabase(url);
  const database = openPostgres(url, { max: 4 });
  const db = database.db;
  await database.migrate();
  await seedDemoData(db);
  const [acme] = await db.select().from(organizations).where(eq(organizations.name, "Acme Support"));
  const people = await db
    .select()
    .from(members)
    .where(and(eq(members.orgId, acme.id), eq(members.status, "active")));
  const owner = (await loadAccess(db, people.find((p) => p.email === "owner@acme.test")!.id))!;
  const qaRole = (
    await db
      .select()
      .from(roles)
      .where(and(eq(roles.orgId, acme.id), eq(roles.name, "QA Lead")))
  )[0];
  const churn = people.find((p) => p.email === "liam.chen@acme.test")!;
  const builtIn = Object.fromEntries(
    (
      await db
        .select()
        .from(roles)
        .where(and(eq(roles.orgId, acme.id), inArray(roles.kind, ["agent", "admin"])))
    ).map((r) => [r.kind, r.id]),
  );

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
  serverOutput = server.output;
  const cookies = new Map(await Promise.all(people.map(async (p) => [p.id, await sessionCookie(db, p.id)] as const)));
  const sendMessage = await captureSendMessage(server.url, cookies.get(owner.memberId)!);
  const refusedSend = lackingMessage("messaging.send");
  log(`${CLIENTS} clients for ${SECONDS} s on ${url.replace(/^.*@/, "")}`);

  const auditedBefore = await countAudited(db, acme.id);
  const deadline = performance.now() + SECONDS * 1000;
  let changes = 0;
  const changer = (async () => {
    let listen = true;
    let admin = false;
    while (performance.now() < deadline) {
      const from = performance.now();
      if (changes % 2 === 0) {
        // QA Lead gains and loses Listen to recordings and Send messages (and what depends on them).
        listen = !listen;
        const role = await findRole(db, acme.id, qaRole.id);
        const permissions = [...toggle(toggle(new Set(role.permissions as Permission[]), "recordings.listen", listen), "messaging.send", listen)];
        await updateRole(db, owner, { roleId: role.id, version: role.version, name: role.name, description: role.description, permissions });
        await record(
          people.filter((p) => p.roleId === qaRole.id).map((p) => p.id),
          from,
        );
      } else {
        admin = !admin;
        await assignRole(db, owner, { memberId: churn.id, roleId: admin ? builtIn.admin : builtIn.agent });
        await record([churn.id], from);
      }
      changes++;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  })();

  const latencies: number[] = [];
  const errors: string[] = [];
  const stale: string[] = [];
  const actions = { sent: 0, refused: 0, limited: 0 };
  // Past a sending limit (lib/rate-limits.ts, checked after the permission): allowed, not sent.
  const limits = [RATE_LIMITS.messagesPerMember.message, RATE_LIMITS.messagesPerOrganization.message];
  /** Page requests the member lacked the permission for from send to answer, and their statuses. */
  const denials = { total: 0, forbidden: 0, other: [] as string[] };
  const client = async (n: number) => {
    const person = people[n % people.length];
    let i = n;
    while (performance.now() < deadline) {
      const sendsMessage = i % ACTION_EVERY === ACTION_EVERY - 1;
      const path = sendsMessage ? "Send message" : PATHS[i % PATHS.length];
      i++;
      const sent = performance.now();
      let status = 0;
      let body = "";
      try {
        const cookie = cookies.get(person.id)!;
        const response = sendsMessage
          ? await fetch(sendMessage.url, { method: "POST", headers: { ...sendMessage.headers, cookie }, body: sendMessage.body, redirect: "manual" })
          : await fetch(server.url + path, { headers: { cookie, "x-bench-variant": VARIANT }, redirect: "manual" });
        body = sendsMessage ? await response.text() : "";
        if (!sendsMessage) await response.arrayBuffer();
        status = response.status;
      } catch (error) {
        errors.push(`${path}: ${(error as Error).message}`);
        continue;
      }
      const received = performance.now();
      latencies.push(received - sent);
      const allows = (s: State) => (sendsMessage ? s.permissions.has("messaging.send") : decideRoute(path, s.permissions).outcome === "allow");
      // Acceptable: the state in force when the request left, or any change in flight meanwhile.
      const states = timeline.get(person.id)!;
      const candidates = states.filter((s, k) => (s.to <= sent && (states[k + 1]?.to ?? Infinity) > sent) || (s.from < received && s.to > sent));
      if (!sendsMessage && !candidates.some(allows)) {
        denials.total++;
        if (status === 403) denials.forbidden++;
        else denials.other.push(`${person.name} ${path}: HTTP ${status}`);
      }
      if (status !== 200 && status !== 403) {
        errors.push(`${person.name} ${path}: HTTP ${status}`);
        continue;
      }
      // What the member was seen to be allowed: the page (200), or the message sent (the
      // action answers 200 either way, and names the missing permission when it refuses).
      const allowedSeen = sendsMessage ? !body.includes(refusedSend) : status === 200;
      const limited = sendsMessage && allowedSeen && limits.some((message) => body.includes(message));
      if (sendsMessage && allowedSeen && !limited && !body.includes("queued with the carrier")) {
        errors.push(`${person.name} ${path}: neither sent nor refused`);
        continue;
      }
      if (sendsMessage) actions[!allowedSeen ? "refused" : limited ? "limited" : "sent"]++;
      if (!candidates.some((s) => allows(s) === allowedSeen)) stale.push(`${person.name} ${path}: ${allowedSeen ? "allowed" : "refused"}`);
    }
  };
  await Promise.all([changer, ...Array.from({ length: CLIENTS }, (_, n) => client(n))]);
  await server.stop();

  const orphanRows: unknown = await db.execute(
    sql`select count(*)::int as n from members m left join roles r on r.id = m.role_id and r.org_id = m.org_id where r.id is null`,
  );
  const ownerRows: unknown = await db.execute(
    sql`select count(*)::int as n from members m join roles r on r.id = m.role_id where r.kind = 'owner' and m.status = 'active' and m.org_id = ${acme.id}`,
  );
  const [orphans] = orphanRows as { n: number }[];
  const [owners] = ownerRows as { n: number }[];
  const audited = (await countAudited(db, acme.id)) - auditedBefore;
  await database.close();

  const sorted = [...latencies].sort((a, b) => a - b);
  const p99 = sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.99))] ?? 0;
  console.log(
    `Requests served: ${latencies.length} in ${SECONDS} s (${Math.round(latencies.length / SECONDS)}/s) by ${CLIENTS} clients, ${actions.sent + actions.refused + actions.limited} of them server actions (${actions.sent} messages sent, ${actions.limited} past a sending limit, ${actions.refused} refused)`,
  );
  console.log(`Errors: ${errors.length}${errors.length ? ` (first: ${errors.slice(0, 3).join("; ")})` : ""}`);
  console.log(
    `Denials: ${denials.total} page requests the member lacked the permission for, ${denials.forbidden} answered 403${denials.other.length ? ` (not 403: ${denials.other.slice(0, 3).join("; ")})` : ""}`,
  );
  console.log(`Stale decisions: ${stale.length}${stale.length ? ` (first: ${stale.slice(0, 3).join("; ")})` : ""}`);
  console.log(`Latency: p50 ${median(latencies).toFixed(1)} ms, p99 ${p99.toFixed(1)} ms`);
  console.log(
    `Role changes underneath: ${changes}; audited: ${audited}; members without a role of their organisation: ${orphans.n}; active Owners: ${owners.n}`,
  );
  // A run without a single denial could not show that refusals hold under load.
  const denialsHeld = denials.total > 0 && denials.forbidden === denials.total;
  const held = errors.length === 0 && stale.length === 0 && denialsHeld && orphans.n === 0 && owners.n >= 1 && audited === changes;
  console.log(held ? "Held: 0 errors, 0 stale decisions, every denial a 403, invariants hold." : "FAILED: see above.");
  if (!held) {
    printServerErrors();
    process.exit(1);
  }
}

main().catch((error) => {
  console.error(error);
  if (serverOutput.length) printServerErrors();
  process.exit(1);
});
