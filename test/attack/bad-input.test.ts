// Bad input, property-based: fast-check sends generated forms to every registered action
// (roles, members, invitations and each product area) as an Owner, so validation and the
// domain rules decide, not the permission gate. The valid form of the action is the base;
// some fields get hostile values (over-long, empty, unicode, control characters, wrong
// types, unknown permission keys, forged and foreign ids) and extra fields are added.
// Every input ends in a typed result with a message, never a thrown error; a refusal writes
// no row at all (so no count changes); every member keeps exactly one existing role of their organisation.
import fc from "fast-check";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { executeAction, type ActionResult } from "@/lib/action";
import { ACTIONS } from "@/lib/actions/registry";
import { ALL_PERMISSIONS } from "@/lib/authz/permissions";
import { FORMS, makeScene } from "@/test/matrix/scene";
import type { Fields, Scene } from "@/test/matrix/types";
import { useFreshDatabase } from "@/test/database";
import { rows } from "./snapshot";
import { sessionOf } from "@/test/fixtures";
import { listMembers } from "@/db/queries/members";
import { listConversations } from "@/db/queries/messaging";
import { listNumbers } from "@/db/queries/numbers";
import { listRecordings } from "@/db/queries/recordings";
import { periodOrDefault } from "@/lib/analytics/period";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { readSession } from "@/lib/auth/session-token";
import { parseId } from "@/lib/ids";
import { parseRecordingFilters } from "@/lib/recordings/filters";
import { loadComparison } from "@/lib/roles/compare-load";
import { parseCompareQuery } from "@/lib/roles/compare";
import { DomainError } from "@/lib/errors";
import { messageFilters, numberFilters, teamFilters } from "@/lib/search-params";

const db = useFreshDatabase();
const RUNS = Number(process.env.BAD_INPUT_RUNS ?? 10_000);

let home: Scene;
let foreign: Scene;
beforeAll(async () => {
  home = await makeScene(db);
  foreign = await makeScene(db);
  // Every row written anywhere bumps one counter, inside the writing transaction: a refusal
  // that wrote and rolled back counts nothing, one that committed a write is caught.
  await db.execute(sql`create table attack_writes (n bigint not null)`);
  await db.execute(sql`insert into attack_writes values (0)`);
  await db.execute(
    sql.raw(`create function attack_count() returns trigger language plpgsql as $$
      begin update attack_writes set n = n + 1; return null; end $$`),
  );
  const tables = await rows(
    db,
    // Not the sign-in throttle: a wrong current password on a password change is counted there
    // on purpose (lib/account/password.ts), which is the one write a refusal makes.
    sql`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' and table_name not in ('attack_writes', 'sign_in_throttles')`,
  );
  for (const { table_name } of tables) {
    const name = sql.identifier(String(table_name));
    // A session's "last seen" is a hint written by a timer (lib/auth/last-seen.ts): not a write of the action's.
    const update = table_name === "member_sessions" ? sql.raw("update of revoked_at, epoch, member_id, org_id, created_at, user_agent") : sql.raw("update");
    await db.execute(sql`create trigger attack_count after insert or ${update} or delete on ${name} for each row execute function attack_count()`);
  }
});

/** Rows written so far, and the members breaking "exactly one existing role of their organisation". */
async function census(): Promise<{ writes: string; orphans: number }> {
  const [row] = await rows(
    db,
    sql`select (select n from attack_writes)::text as writes,
      (select count(*) from members m left join roles r on r.id = m.role_id and r.org_id = m.org_id where r.id is null)::int as orphans`,
  );
  return { writes: String(row.writes), orphans: Number(row.orphans) };
}

const CONTROL = fc.constantFrom("\u0000", "\u0007", "\b", "\u001b", "\u007f", "\u200b", "\u202e", "\ufeff", "\r\n", "\t", "\ud800");
const hostileText = fc.oneof(
  fc.constant(""),
  fc.constant("   "),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 20 }),
  fc.tuple(fc.string({ maxLength: 10 }), CONTROL, fc.string({ maxLength: 10 })).map(([a, c, b]) => a + c + b),
  fc.integer({ min: 51, max: 20_000 }).map((n) => "x".repeat(n)),
  fc.constantFrom("Owner", "ＡＤＭＩＮ", "admin ", "<script>alert(1)</script>", "' or 1=1 --", "%00", "../../etc/passwd", "{{7*7}}"),
);
const hostileNumber = fc.oneof(
  fc.integer().map(String),
  fc.constantFrom("NaN", "Infinity", "-1", "0", "1e400", "1.5", "0x10", "99999999999999999999999", " 1", "01"),
);
const forgedId = () =>
  fc.oneof(
    fc.uuid(),
    fc.constantFrom("00000000-0000-0000-0000-000000000000", "not-a-uuid", foreign.owner.id, foreign.target.id, foreign.agent.id, foreign.org.org.id),
    fc.constantFrom(...Object.values(foreign.ids)),
    fc.uuid().map((id) => id.toUpperCase()),
    fc.constantFrom(`member:${foreign.owner.id}`, `ringGroup:${foreign.ids.ringGroupId}`, `ivr:${foreign.ids.ivrMenuId}`, "member:", ":"),
  );
const permissionKey = fc.oneof(
  fc.constantFrom(...ALL_PERMISSIONS),
  fc.constantFrom("*", "admin", "roles.*", "__proto__", "constructor", "MEMBERS.VIEW", "members.view ", ""),
);
type Value = string | Blob;
const scalar = (): fc.Arbitrary<Value> =>
  fc.oneof(hostileText, hostileNumber, forgedId(), permissionKey, fc.constant(new Blob(["not text"], { type: "application/octet-stream" })));
const value = (): fc.Arbitrary<Value | Value[]> => fc.oneof({ weight: 3, arbitrary: scalar() }, { weight: 1, arbitrary: fc.array(scalar(), { maxLength: 6 }) });

/** One generated request: the action, the fields replaced, and extra fields. */
const request = () =>
  fc.record({
    action: fc.constantFrom(...ACTIONS.map((a) => a.name)),
    replace: fc.array(fc.tuple(fc.nat(), value()), { minLength: 1, maxLength: 4 }),
    drop: fc.array(fc.nat(), { maxLength: 2 }),
    extra: fc.array(fc.tuple(fc.constantFrom("__proto__", "constructor", "$ACTION_ID_x", "orgId", "permissions", "id", "role", "kind"), value()), {
      maxLength: 2,
    }),
  });

function build(base: Fields, input: { replace: [number, Value | Value[]][]; drop: number[]; extra: [string, Value | Value[]][] }): FormData {
  const fields: Record<string, Value | Value[]> = { ...base };
  const keys = Object.keys(base);
  for (const [i, v] of input.replace) if (keys.length) fields[keys[i % keys.length]] = v;
  for (const i of input.drop) if (keys.length) delete fields[keys[i % keys.length]];
  const data = new FormData();
  for (const [key, v] of [...Object.entries(fields), ...input.extra]) for (const item of Array.isArray(v) ? v : [v]) data.append(key, item);
  return data;
}

const tally = { refused: 0, accepted: 0, byCode: {} as Record<string, number> };

describe("bad input", () => {
  it(`${RUNS} generated inputs: typed results only, refusals write nothing, every member keeps a role of their organisation`, async () => {
    const owner = home.owner.id;
    // Each census is the next input's "before": one query per input.
    let before = await census();
    await fc.assert(
      fc.asyncProperty(request(), async (input) => {
        const def = ACTIONS.find((a) => a.name === input.action)!;
        let result: ActionResult;
        try {
          result = await executeAction(def, sessionOf(owner), build(FORMS[def.name](home), input), db);
        } catch (error) {
          throw new Error(`${def.name} threw instead of answering: ${String(error)}`);
        }
        const after = await census();
        const previous = before;
        before = after;
        expect(after.orphans).toBe(0);
        if (result.ok) {
          tally.accepted++;
          expect(result.message).toBeTruthy();
          return;
        }
        tally.refused++;
        tally.byCode[result.code] = (tally.byCode[result.code] ?? 0) + 1;
        expect(result.formError, `${def.name} refused without a message`).toBeTruthy();
        expect(after.writes, `${def.name} refused (${result.code}) but wrote`).toBe(previous.writes);
      }),
      {
        numRuns: RUNS,
        // The flaws this test found, replayed first on every run.
        examples: [
          [{ action: "roles.create", replace: [[0, []]], drop: [], extra: [["__proto__", [new Blob(["x"])]]] }],
          [{ action: "templates.delete", replace: [[1, "+13038061432"]], drop: [], extra: [] }],
          [{ action: "roles.delete", replace: [[1, "99999999999"]], drop: [], extra: [] }],
        ],
      },
    );
    expect(tally.refused + tally.accepted).toBe(RUNS);
    // The counter sees the accepted inputs' writes: the refusals' zero is not for want of triggers.
    if (tally.accepted > 0) expect(Number(before.writes)).toBeGreaterThan(0);
  }, 600_000);
});

// Search params, property-based: each page that reads its URL parses generated params with
// its own parser and runs the query it would run; nothing may throw (a thrown query is a 500).
const PARAM_RUNS = Number(process.env.BAD_PARAM_RUNS ?? 1_000);
const param = () =>
  fc.oneof({ weight: 3, arbitrary: fc.oneof(hostileText, hostileNumber, forgedId()) }, { weight: 1, arbitrary: fc.array(hostileText, { maxLength: 3 }) });
const paramsOf = (...keys: string[]) =>
  fc.record(Object.fromEntries(keys.map((key) => [key, param()])), { requiredKeys: [] }) as fc.Arbitrary<Record<string, string | string[]>>;

const PAGES: Record<string, { keys: string[]; visit(params: Record<string, string | string[]>, orgId: string): Promise<unknown> }> = {
  "/settings/team": {
    keys: ["q", "role", "sort", "after", "before"],
    visit: (params, orgId) => {
      const { q, role, sort, after, before } = teamFilters.parse(params);
      return listMembers(db, orgId, { q, roleId: parseId(role) ?? undefined, sort, after: parseId(after) ?? undefined, before: parseId(before) ?? undefined });
    },
  },
  "/messages": { keys: ["q", "page", "compose"], visit: (params, orgId) => listConversations(db, orgId, messageFilters.parse(params)) },
  "/numbers": { keys: ["q", "page"], visit: (params, orgId) => listNumbers(db, orgId, numberFilters.parse(params)) },
  "/recordings": { keys: ["q", "member", "from", "to", "page"], visit: (params, orgId) => listRecordings(db, orgId, parseRecordingFilters(params).filter) },
  "/settings/roles/compare": {
    keys: ["roles", "origin", "all"],
    visit: async (params, orgId) => {
      const query = parseCompareQuery(params);
      if (!query.success || query.data.roles.length + (query.data.origin ? 1 : 0) < 2) return;
      // A role of another organisation, or none, is the page's 404: a refusal, not a throw.
      await loadComparison(db, { orgId, plan: "business" }, query.data).catch((error: unknown) => {
        if (!(error instanceof DomainError && error.code === "not_found")) throw error;
      });
    },
  },
  "/analytics": { keys: ["period"], visit: async (params) => periodOrDefault(params.period) },
  "/sign-in": {
    keys: ["callbackUrl"],
    visit: async (params) => {
      const target = safeCallbackUrl(params.callbackUrl);
      // Whatever it answers becomes a Location header: it must be a valid one.
      new Headers({ location: target });
      expect(target.startsWith("/") && !target.startsWith("//")).toBe(true);
    },
  },
};

describe("bad search params", () => {
  it(`${PARAM_RUNS} generated URLs over ${Object.keys(PAGES).length} pages: every page's own parser and query answer, none throws`, async () => {
    const orgId = home.org.org.id;
    const visit = fc.oneof(...Object.entries(PAGES).map(([route, page]) => paramsOf(...page.keys).map((params) => ({ route, params }))));
    await fc.assert(
      fc.asyncProperty(visit, async ({ route, params }) => {
        await PAGES[route].visit(params, orgId).catch((error: unknown) => {
          throw new Error(`${route}?${new URLSearchParams(Object.entries(params).flatMap(([k, v]) => [v].flat().map((x) => [k, x])))} threw: ${String(error)}`);
        });
      }),
      {
        numRuns: PARAM_RUNS,
        // The flaws this test found, replayed first on every run.
        examples: [
          [{ route: "/settings/team", params: { q: "\u0000" } }],
          [{ route: "/messages", params: { q: "a\u0000b" } }],
          [{ route: "/numbers", params: { q: "\u0000" } }],
          [{ route: "/recordings", params: { q: "\u0000" } }],
          [{ route: "/sign-in", params: { callbackUrl: "/\nx" } }],
        ],
      },
    );
  }, 120_000);
});

// Request headers, property-based: whatever a Cookie header holds (a session cookie that is
// garbage, empty, repeated, huge or full of control characters) reads as "no session", never a throw.
describe("bad request headers", () => {
  it(`${PARAM_RUNS} generated Cookie headers: no session, nothing thrown`, async () => {
    const name = fc.constantFrom("authjs.session-token", "__Secure-authjs.session-token", "sb-flash", "authjs.session-token.0", "x");
    const cookieValue = fc.oneof(
      hostileText,
      forgedId(),
      fc.base64String({ maxLength: 400 }),
      fc.constant("eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2Q0JDLUhTNTEyIn0..x.y.z"),
    );
    const header = fc
      .array(fc.tuple(name, cookieValue), { minLength: 1, maxLength: 4 })
      // Fetch refuses what no HTTP client could send (CR, LF, NUL, non-Latin-1): those never arrive.
      .map((pairs) => pairs.map(([k, v]) => `${k}=${v}`).join("; "))
      .filter((value) => /^[\t\x20-\x7e\x80-\xff]*$/.test(value));
    await fc.assert(
      fc.asyncProperty(header, async (cookie) => {
        expect(await readSession(new Headers({ cookie }))).toBeNull();
      }),
      { numRuns: PARAM_RUNS },
    );
  }, 120_000);
});

afterAll(() => {
  console.log(
    `bad input: ${RUNS} inputs (3 of them replayed flaws) over ${ACTIONS.length} actions; ${tally.refused} refused ${JSON.stringify(tally.byCode)}, ${tally.accepted} accepted`,
  );
});
