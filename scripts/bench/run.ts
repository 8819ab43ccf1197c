// npm run bench [-- --quick] [-- --no-build]: the lines of the speed issue (and line 8, SCIM
// provisioning), each a pair measured in one run on one build, printed as a table of medians and ratios.
import fs from "node:fs";
import os from "node:os";
import type { Db } from "@/db";
import { openPostgres } from "@/db/client";
import { createApiKey } from "@/lib/api/keys";
import { loadAccess } from "@/lib/authz/check";
import { BENCH_VARIANT_HEADER } from "@/lib/bench/header";
import { RATE_LIMITS } from "@/lib/rate-limits";
import { decisions, roleDelete } from "./in-process";
import { noiseNotes, pair, type Settings, type Target } from "./load";
import { firstRunLine } from "./first-run";
import { countQueries, staticAssetPath } from "./queries";
import { scimProvisioning } from "./scim";
import { AUDIT_FILTER_ACTION, benchDatabaseUrl, migratedBenchDatabase, postgresReachable, seedBench, SEARCH_TERM, type BenchData, type BenchOrg } from "./seed";
import { buildBench, sessionCookie, startServer } from "./server";
import { formatMs, formatRate, NOISY, table, type Line } from "./stats";

const quick = process.argv.includes("--quick");
// --only 4a,5: just those lines, for iterating on one of them (the README table is a full run).
const only = process.argv.includes("--only") ? process.argv[process.argv.indexOf("--only") + 1].split(",") : null;
const wanted = (id: string) => !only || only.includes(id);
const team = "/settings/team";
const audit = "/settings/audit-log";
const log = (line: string) => console.error(`[bench] ${line}`);

const atLeast = (value: number): Line["goal"] => ({ op: ">=", value });
const atMost = (value: number): Line["goal"] => ({ op: "<=", value });

async function main() {
  const started = Date.now();
  // Line 15 runs on the embedded database alone.
  const pgNeeded = !only?.every((id) => id === "15");
  if (pgNeeded && !(await postgresReachable(benchDatabaseUrl()))) {
    const message = `PostgreSQL is not reachable at ${new URL(benchDatabaseUrl()).host}: the benchmark runs on PostgreSQL (set DATABASE_URL or BENCH_DATABASE_URL).`;
    // npm test on a machine without PostgreSQL still passes; CI always has it.
    if (quick) return log(`skipped: ${message}`);
    throw new Error(message);
  }
  const lines: Line[] = [];
  // Lines 1 to 7 and 9 to 11 need the built app and the seeded organisations; line 8 only a migrated database.
  const served = ["1", "2", "3", "4a", "4b", "5", "6", "7", "9", "10", "11", "12a", "12b", "13a", "13b", "14"].some(wanted);
  if (served) await appLines(lines);
  else if (pgNeeded) await migratedBenchDatabase();
  if (wanted("8")) lines.push(await scimLine());
  if (wanted("15")) lines.push(await firstRunLine(quick, log));

  console.log(`\n${table(lines)}\n`);
  console.log(
    `Machine: ${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}.`,
  );
  console.log(
    `${served ? `${quick ? "Quick run (1 round of 2 s per side: a smoke test, not a measurement)" : "5 rounds of 5 s per side, alternating, after a warm-up"}; autocannon with 8 connections on loopback, sharing the machine with the server. ` : ""}${Math.round((Date.now() - started) / 1000)} s in all.`,
  );
  fs.mkdirSync("reports", { recursive: true });
  fs.writeFileSync(`reports/bench${quick ? "-quick" : ""}.json`, JSON.stringify({ lines }, null, 2));
}

/** Lines 1 to 7: the bench build served on the seeded database. */
async function appLines(lines: Line[]) {
  if (!process.argv.includes("--no-build") || !fs.existsSync(".next-bench/BUILD_ID")) {
    log("building the bench build (.next-bench)");
    buildBench();
  }
  log("seeding the bench database");
  const auditEntries = wanted("12a") || wanted("12b") ? (quick ? 100_000 : 1_000_000) : 0;
  const data = await seedBench({ auditEntries, huge: wanted("13a") || wanted("13b"), hugeDeletion: wanted("14") });
  const sessions = openPostgres(data.url, { max: 1 });
  const large = await sessionCookie(sessions.db, data.large.ownerId);
  const small = await sessionCookie(sessions.db, data.small.ownerId);
  const manyRoles = await sessionCookie(sessions.db, data.manyRoles.ownerId);
  const apiKey = await ownerApiKey(sessions.db, data.small.ownerId);
  const auditMany = data.audit && (await sessionCookie(sessions.db, data.audit.many.ownerId));
  const auditFew = data.audit && (await sessionCookie(sessions.db, data.audit.few.ownerId));
  const huge = data.huge && (await sessionCookie(sessions.db, data.huge.ownerId));
  await sessions.close();
  const as = (cookie: string, variant?: string) => ({ cookie, ...(variant ? { [BENCH_VARIANT_HEADER]: variant } : {}) });
  /** One side of a comparison: a page, as whose session, and which variant of the server's layer. */
  const side = (label: string, path: string, cookie: string, variant?: string): Target => ({ label, path, headers: as(cookie, variant) });

  const server = await startServer(Number(process.env.BENCH_PORT ?? 3500), data.url);
  try {
    const settings: Settings = { baseUrl: server.url, seconds: quick ? 2 : 5, rounds: quick ? 1 : 5, connections: 8 };
    const throughputLine = async (id: string, what: string, a: Target, b: Target, goal: Line["goal"], inverse = false) => {
      if (!wanted(id)) return;
      log(`${id}: ${what}`);
      const result = await pair(settings, a, b);
      const ratio = inverse ? result.b / result.a : result.a / result.b;
      lines.push({
        id,
        what,
        a: { label: a.label, value: formatRate(result.a) },
        b: { label: b.label, value: formatRate(result.b) },
        ratio,
        goal,
        notes: noiseNotes(result, a.label, b.label, NOISY),
      });
    };
    await throughputLine(
      "1",
      "Layer cost: Team Members, 10,000 members",
      side("full layer", team, large),
      side("layer bypassed", team, large, "bypass"),
      atLeast(0.95),
    );
    await throughputLine("2", "Fresh vs stale: Team Members", side("fresh (full)", team, large), side("stale (token)", team, large, "stale"), atLeast(0.95));
    await throughputLine(
      "3",
      "Proxy ceiling: a trivial signed-in page",
      side("full proxy", "/help/custom-roles", large),
      side("no-op proxy", "/help/custom-roles", large, "noop-proxy"),
      atLeast(0.8),
    );
    // Scale lines compare cost (time per request): large / small, so 1.0 means no growth.
    await throughputLine(
      "4a",
      "Scale in members: Team Members first page",
      side("10,000 members", team, large),
      side("20 members", team, small),
      atMost(1.2),
      true,
    );
    const search = `${team}?q=${SEARCH_TERM}`;
    await throughputLine(
      "4b",
      `Scale in members: search "${SEARCH_TERM}"`,
      side("10,000 members", search, large),
      side("20 members", search, small),
      atMost(1.2),
      true,
    );
    if (huge) {
      await throughputLine(
        "13a",
        "Scale in members: Team Members first page",
        side("100,000 members", team, huge),
        side("20 members", team, small),
        atMost(1.3),
        true,
      );
      await throughputLine(
        "13b",
        `Scale in members: search "${SEARCH_TERM}"`,
        side("100,000 members", search, huge),
        side("20 members", search, small),
        atMost(1.3),
        true,
      );
    }
    await throughputLine(
      "5",
      "Scale in roles: Roles & Permissions",
      side("200 roles", "/settings/roles", manyRoles),
      side("5 roles", "/settings/roles", small),
      atMost(1.5),
      true,
    );
    if (auditMany && auditFew) {
      const many = `${auditEntries.toLocaleString("en-GB")} entries`;
      for (const [id, what, path] of [
        ["12a", "Scale in audit entries: Audit log first page", audit],
        ["12b", `Scale in audit entries: Audit log filtered by ${AUDIT_FILTER_ACTION}`, `${audit}?action=${AUDIT_FILTER_ACTION}`],
      ]) {
        await throughputLine(id, what, side(many, path, auditMany), side("1,000 entries", path, auditFew), atMost(1.2), true);
      }
    }
    // Two mechanisms kept only while they pay: each on against off, in one run.
    await throughputLine(
      "9",
      "Proxy-to-page access hand-off: a trivial signed-in page",
      side("hand-off (full)", "/help/custom-roles", large),
      side("page reads again", "/help/custom-roles", large, "no-handoff"),
      atLeast(1.0),
    );
    await throughputLine(
      "10",
      "Decoded session cookie cache: a trivial signed-in page",
      side("cache (full)", "/help/custom-roles", large),
      side("decode every read", "/help/custom-roles", large, "no-session-cache"),
      atLeast(1.0),
    );
    // The same roles, by API key and by a page; the bench build raises the API's allowances so
    // the key is never refused, while every request still counts them as in production.
    await throughputLine(
      "11",
      "API role read vs the same read through a server-rendered page",
      { label: "GET /api/v1/roles (API key)", path: "/api/v1/roles", headers: { authorization: `Bearer ${apiKey}` } },
      side("Roles & Permissions page", "/settings/roles", small),
      atLeast(1.0),
    );
  } finally {
    await server.stop();
  }

  if (wanted("6")) lines.push(await deletionLine(data, "6", data.deletion));
  if (wanted("14") && data.hugeDeletion) lines.push(await deletionLine(data, "14", data.hugeDeletion));
  if (wanted("7")) lines.push(await decisionLine(data, as(large)));
}

/** A key holding everything its Owner holds, as Settings › API keys creates it. */
async function ownerApiKey(db: Db, ownerId: string): Promise<string> {
  const owner = await loadAccess(db, ownerId);
  if (!owner) throw new Error("the bench Owner has no access");
  const { token } = await createApiKey(db, owner, { orgId: owner.orgId, name: "Bench", expiresInDays: 1, permissions: [...owner.permissions] });
  return token;
}

async function scimLine(): Promise<Line> {
  const users = quick ? 1_000 : 10_000;
  log(`8: ${users.toLocaleString("en-GB")} users provisioned through the SCIM endpoint handler`);
  const r = await scimProvisioning(benchDatabaseUrl(), users, quick ? 2 : 10);
  const complete = r.errors.length === 0 && r.scimMembers === users && r.directMembers === users;
  return {
    id: "8",
    what: `SCIM provisioning: ${users.toLocaleString("en-GB")} users POSTed one after another (Okta's create)`,
    a: { label: "SCIM handler", value: formatMs(r.scimMs / users) + " per user" },
    b: { label: "access-change service", value: formatMs(r.directMs / users) + " per user" },
    ratio: complete ? r.scimMs / r.directMs : Number.POSITIVE_INFINITY,
    goal: atMost(3),
    notes: [
      complete
        ? `all ${users.toLocaleString("en-GB")} provisioned on both sides, no errors`
        : `**incomplete**: ${r.scimMembers} and ${r.directMembers} of ${users} created; ${r.errors.slice(0, 3).join("; ")}`,
      `${r.refusedForRate} answers 429 (the token's ${RATE_LIMITS.scimPerToken.limit.toLocaleString("en-GB")} a minute), each retried after Retry-After as directories do: ${Math.round(r.waitedMs / 1000)} s waited; ${Math.round(r.wallSeconds)} s in all`,
    ],
  };
}

async function deletionLine(data: BenchData, id: string, org: BenchOrg): Promise<Line> {
  log(`${id}: deleting a role held by every member but the Owner`);
  const deletion = await roleDelete(data.url, org, quick ? 1 : 5);
  return {
    id,
    what: `Role delete: ${deletion.members.toLocaleString("en-GB")} members (reassign + history + notices + delete + audit, one transaction)`,
    a: { label: "deleteRole", value: formatMs(deletion.a) },
    b: { label: "bare UPDATE", value: formatMs(deletion.b) },
    ratio: deletion.a / deletion.b,
    goal: atMost(3),
    notes: [],
  };
}

async function decisionLine(data: BenchData, headers: Record<string, string>): Promise<Line> {
  log("7: decisions per second, and queries per request");
  const speed = decisions(quick ? 2 : 5, quick ? 2_000_000 : 20_000_000);
  const counting = await startServer(Number(process.env.BENCH_PORT ?? 3500) + 1, data.url, { SWITCHBOARD_LOG_QUERIES: "1" });
  let counts;
  try {
    const asset = await staticAssetPath(counting, team, headers);
    counts = [
      await countQueries(counting, "Team Members page", team, headers),
      await countQueries(counting, "Team Members prefetch", team, { ...headers, rsc: "1", "next-router-prefetch": "1" }),
      await countQueries(counting, "client navigation (RSC)", team, { ...headers, rsc: "1" }),
      await countQueries(counting, "static asset", asset, headers),
    ];
  } finally {
    await counting.stop();
  }
  const worst = Math.max(...counts.filter((c) => !/static|prefetch/.test(c.label)).map((c) => c.access));
  const free = counts.filter((c) => /static|prefetch/.test(c.label)).every((c) => c.access === 0);
  return {
    id: "7",
    what: "Decision speed: can() in process",
    a: { label: "decisions", value: formatRate(speed.rate) },
    b: { label: "goal", value: "10,000,000/s" },
    ratio: speed.rate / 10_000_000,
    goal: atLeast(1),
    notes: [
      `authorization queries per request: ${counts.map((c) => `${c.label} ${c.access} (of ${c.queries} queries, HTTP ${c.status})`).join("; ")}`,
      worst <= 1 && free ? "queries goal met: at most 1 per page, 0 for prefetches and static assets" : "**queries goal missed**",
    ],
  };
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
