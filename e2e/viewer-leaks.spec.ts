// What a viewer receives but may not see: every page and handler of the route map, as each
// demo member, in HTML and in the RSC payload, searched for other roles' permission sets
// (without Assign roles), other members' emails (without View members), secrets, invitation
// tokens and the other organisation. A refused page counts too: its body is searched the same.
import fs from "node:fs";
import type { APIRequestContext } from "@playwright/test";
import { openPostgres } from "@/db/client";
import { invitations, integrations, members, organizations } from "@/db/schema";
import { BUILT_IN_ROLES } from "@/lib/authz/built-in-roles";
import { PERMISSIONS, type Permission } from "@/lib/authz/permissions";
import { ROUTES, type RouteKey } from "@/lib/authz/routes";
import { isPageFile, listFiles, routePatternOf } from "@/test/app-source";
import { ACCOUNTS, storageState, type AccountName } from "./accounts";
import { INVITED_ACROSS, QA_LEAD } from "./demo-data";
import { expect, test } from "./fixtures";

type Org = "acme" | "bolt";

/** Each demo member (README: Demo accounts): their organisation, name and what their role grants. */
const VIEWERS: Record<AccountName, { org: Org; name: string; holds: readonly Permission[] }> = {
  owner: { org: "acme", name: "Olivia Owner", holds: BUILT_IN_ROLES.owner.permissions },
  admin: { org: "acme", name: "Adam Admin", holds: BUILT_IN_ROLES.admin.permissions },
  agent: { org: "acme", name: "Alex Agent", holds: BUILT_IN_ROLES.agent.permissions },
  qa: {
    org: "acme",
    name: QA_LEAD.name,
    holds: PERMISSIONS.filter((p) =>
      ["View members", "View dashboards", "Access individual stats", "Listen to recordings", "Download files"].includes(p.label),
    ).map((p) => p.key),
  },
  boltOwner: { org: "bolt", name: "Blake Owner", holds: BUILT_IN_ROLES.owner.permissions },
  boltAgent: { org: "bolt", name: "Bea Agent", holds: BUILT_IN_ROLES.agent.permissions },
};

const ORG_NAMES: Record<Org, string> = { acme: "Acme Support", bolt: "Bolt Startup" };
const OWNER_OF: Record<Org, AccountName> = { acme: "owner", bolt: "boltOwner" };
const other = (org: Org): Org => (org === "acme" ? "bolt" : "acme");

// The lists whose links give each dynamic segment a real id of the viewer's organisation.
const ID_SOURCES: Record<string, { list: string; path: RegExp }> = {
  numberId: { list: "/numbers", path: /^\/numbers\/([0-9a-f-]{36})$/ },
  menuId: { list: "/call-flows", path: /^\/call-flows\/ivr\/([0-9a-f-]{36})$/ },
  groupId: { list: "/call-flows", path: /^\/call-flows\/ring-groups\/([0-9a-f-]{36})$/ },
  recordingId: { list: "/recordings", path: /^\/recordings\/([0-9a-f-]{36})$/ },
  conversationId: { list: "/messages", path: /^\/messages\/([0-9a-f-]{36})$/ },
  invoiceId: { list: "/billing", path: /^\/billing\/invoices\/([0-9a-f-]{36})$/ },
  roleId: { list: "/settings/roles", path: /^\/settings\/roles\/([0-9a-f-]{36})$/ },
};
// An id no organisation has, for a segment the organisation has nothing for (its 404 is searched too).
const NOWHERE = "00000000-0000-4000-8000-000000000000";

const PAGE_ROUTES = new Set(listFiles("app", isPageFile).map(routePatternOf));
const AUTH_SECRET = process.env.BASE_URL ? null : (process.env.AUTH_SECRET ?? "e2e-only-secret-not-for-production-0123456789");

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** A string as JSON writes it, bare in an RSC payload or escaped inside the HTML's inline payload. */
const jsonString = (s: string) => new RegExp(`\\\\?"${escape(s)}\\\\?"`);
const jsonProperty = (name: string, value: string) => new RegExp(`\\\\?"${escape(name)}\\\\?":\\\\?"${escape(value)}\\\\?"`);

async function hrefsOf(request: APIRequestContext, url: string): Promise<string[]> {
  const html = await (await request.get(url)).text();
  return [...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1].split(/[?#]/)[0]);
}

/** Concrete values for every dynamic segment, from the organisation Owner's own lists. */
async function idsOf(request: APIRequestContext, org: Org): Promise<Record<string, string[]>> {
  const ids: Record<string, string[]> = {};
  const lists = new Map<string, string[]>();
  for (const [segment, source] of Object.entries(ID_SOURCES)) {
    if (!lists.has(source.list)) lists.set(source.list, await hrefsOf(request, source.list));
    const found = [...new Set(lists.get(source.list)!.flatMap((href) => href.match(source.path)?.[1] ?? []))];
    // Every role (a member page differs by role); one of the rest is enough.
    ids[segment] = segment === "roleId" ? found : found.slice(0, 1);
  }
  // Each demo member of the organisation: the pages of members who outrank, equal and trail the viewer.
  ids.memberId = [];
  for (const viewer of Object.values(VIEWERS).filter((v) => v.org === org)) {
    const id = (await hrefsOf(request, `/settings/team?q=${encodeURIComponent(viewer.name)}`)).flatMap(
      (href) => href.match(/^\/settings\/team\/([0-9a-f-]{36})$/)?.[1] ?? [],
    )[0];
    if (id) ids.memberId.push(id);
  }
  return ids;
}

/** Every non-public route of the map, with each combination of the organisation's ids. */
function urlsFor(ids: Record<string, string[]>): { route: RouteKey; url: string }[] {
  const out: { route: RouteKey; url: string }[] = [];
  for (const [route, rule] of Object.entries(ROUTES) as [RouteKey, (typeof ROUTES)[RouteKey]][]) {
    if ("public" in rule) continue;
    let urls = [route as string];
    for (const [, segment] of route.matchAll(/\[([^\]]+)\]/g)) {
      if (!(segment in ids)) throw new Error(`No ids for [${segment}] in ${route}: add a source to ID_SOURCES.`);
      const values = ids[segment].length ? ids[segment] : [NOWHERE];
      urls = urls.flatMap((u) => values.map((v) => u.replace(`[${segment}]`, v)));
    }
    for (const url of urls) out.push({ route, url });
  }
  return out;
}

type Forbidden = { what: string; pattern: RegExp };

/** What must appear nowhere in what `viewer` receives. */
function forbiddenFor(account: AccountName, facts: DatabaseFacts | null, sessionToken: string | null): Forbidden[] {
  const viewer = VIEWERS[account];
  const holds = new Set(viewer.holds);
  const out: Forbidden[] = [];
  // Which permissions a role grants is shown only to those who may inspect roles (Assign roles):
  // a permission they don't hold, by key or as a serialised permission, came from another role.
  if (!holds.has("roles.assign")) {
    for (const p of PERMISSIONS.filter((p) => !holds.has(p.key))) {
      out.push({ what: `the permission key ${p.key}`, pattern: jsonString(p.key) });
      out.push({ what: `the permission “${p.label}” as data`, pattern: jsonProperty("label", p.label) });
    }
  }
  const foreign = other(viewer.org);
  out.push({ what: `the other organisation's name`, pattern: new RegExp(escape(ORG_NAMES[foreign])) });
  for (const v of Object.values(VIEWERS).filter((v) => v.org === foreign))
    out.push({ what: `${v.name} of the other organisation`, pattern: new RegExp(escape(v.name)) });
  // An address the viewer's organisation typed into its own invite form is its own record.
  const typed = INVITED_ACROSS[viewer.org].map((email) => `(?!${escape(email)})`).join("");
  out.push({ what: "an email of the other organisation", pattern: new RegExp(`(?<![\\w.+-])${typed}[\\w.+-]*@${foreign}\\.test`) });
  if (!holds.has("members.view")) {
    // A whole address (nothing of it before the match) that is not the viewer's own.
    out.push({ what: "another member's email", pattern: new RegExp(`(?<![\\w.+-])(?!${escape(ACCOUNTS[account])})[\\w.+-]+@${viewer.org}\\.test`) });
  }
  // Secrets and tokens, whoever asks.
  if (AUTH_SECRET) out.push({ what: "AUTH_SECRET", pattern: new RegExp(escape(AUTH_SECRET)) });
  if (sessionToken) out.push({ what: "the session cookie", pattern: new RegExp(escape(sessionToken)) });
  out.push({ what: "an integration key (simulator keys start test_)", pattern: /test_[a-z]{2}_[A-Za-z0-9_]{6,}/ });
  out.push({ what: "a sealed value", pattern: /v1\.[A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]+/ });
  out.push({ what: "a password hash", pattern: /\$argon2/ });
  out.push({ what: "an invitation link", pattern: /\/invite\/[A-Za-z0-9_-]{43}/ });
  out.push({ what: "a password reset link", pattern: /\/reset-password\/[A-Za-z0-9_-]{43}/ });
  for (const hash of facts?.tokenHashes ?? []) out.push({ what: "an invitation token's hash", pattern: new RegExp(hash) });
  for (const sealed of facts?.sealed ?? []) out.push({ what: "a stored integration key", pattern: new RegExp(escape(sealed)) });
  if (facts) out.push({ what: "the other organisation's id", pattern: new RegExp(facts.orgIds[ORG_NAMES[foreign]]) });
  return out;
}

type DatabaseFacts = { orgIds: Record<string, string>; tokenHashes: string[]; sealed: string[] };

/** What only the database knows; read when the suite's server runs on PostgreSQL (PGlite's directory is the server's alone). */
async function databaseFacts(): Promise<DatabaseFacts | null> {
  if (process.env.BASE_URL || !process.env.DATABASE_URL) return null;
  const database = openPostgres(process.env.DATABASE_URL, { max: 1 });
  try {
    const orgs = await database.db.select({ id: organizations.id, name: organizations.name }).from(organizations);
    const tokens = await database.db.select({ hash: invitations.tokenHash }).from(invitations);
    const keys = await database.db.select({ sealed: integrations.apiKeyCiphertext }).from(integrations);
    // The read proves the search below would find a password hash in its stored shape.
    const [hash] = await database.db.select({ hash: members.passwordHash }).from(members).limit(1);
    expect(hash?.hash).toMatch(/^\$argon2/);
    return {
      orgIds: Object.fromEntries(orgs.map((o) => [o.name, o.id])),
      tokenHashes: tokens.map((t) => t.hash),
      sealed: keys.flatMap((k) => (k.sealed ? [k.sealed] : [])),
    };
  } finally {
    await database.close();
  }
}

function sessionTokenOf(account: AccountName): string | null {
  const state = JSON.parse(fs.readFileSync(storageState(account), "utf8")) as { cookies: { name: string; value: string }[] };
  return state.cookies.find((c) => c.name.includes("session-token"))?.value ?? null;
}

/** GET as HTML, and as the RSC payload for pages (Next redirects that once to add its `_rsc` key). */
async function bodiesOf(request: APIRequestContext, route: RouteKey, url: string) {
  const modes: Record<string, string>[] = PAGE_ROUTES.has(route) ? [{}, { RSC: "1" }] : [{}];
  const out: { label: string; body: string }[] = [];
  for (const headers of modes) {
    const response = await request.get(url, { headers, maxRedirects: headers.RSC ? 1 : 0 });
    out.push({ label: `${url} ${headers.RSC ? "RSC" : "HTML"} ${response.status()}`, body: await response.text() });
  }
  return out;
}

test.describe("what each demo member receives", () => {
  test.describe.configure({ timeout: 600_000 });
  const ids = new Map<Org, Record<string, string[]>>();
  let facts: DatabaseFacts | null = null;

  test.beforeAll(async ({ playwright, baseURL }) => {
    facts = await databaseFacts();
    for (const org of ["acme", "bolt"] as const) {
      const request = await playwright.request.newContext({ baseURL, storageState: storageState(OWNER_OF[org]) });
      ids.set(org, await idsOf(request, org));
      await request.dispose();
    }
    expect(ids.get("acme")!.memberId).toHaveLength(4);
    expect(ids.get("bolt")!.memberId).toHaveLength(2);
  });

  test("the searches find what they look for: an Owner's member page carries permission keys and labels as data", async ({ playwright, baseURL }) => {
    // The control: someone who may assign roles is sent previews, so the patterns match both encodings.
    const request = await playwright.request.newContext({ baseURL, storageState: storageState("owner") });
    const memberId = ids.get("acme")!.memberId.at(-1)!;
    const bodies = await bodiesOf(request, "/settings/team/[memberId]", `/settings/team/${memberId}`);
    await request.dispose();
    expect(bodies).toHaveLength(2);
    for (const { label, body } of bodies) {
      expect(body, label).toMatch(jsonString("billing.plan"));
      expect(body, label).toMatch(jsonProperty("label", "Change plans"));
    }
  });

  for (const account of Object.keys(VIEWERS) as AccountName[]) {
    test(`${account} receives nothing they may not see, on every route, in HTML and RSC`, async ({ playwright, baseURL }) => {
      const viewer = VIEWERS[account];
      const request = await playwright.request.newContext({ baseURL, storageState: storageState(account) });
      const forbidden = forbiddenFor(account, facts, sessionTokenOf(account));
      const found: string[] = [];
      let responses = 0;
      const urls = urlsFor(ids.get(viewer.org)!);
      for (const { route, url } of urls) {
        for (const { label, body } of await bodiesOf(request, route, url)) {
          responses += 1;
          const hits = forbidden.flatMap((f) => {
            const match = body.match(f.pattern);
            return match ? [{ what: f.what, at: match.index! }] : [];
          });
          if (hits.length) {
            const at = hits[0].at;
            found.push(`${label}: ${hits.map((h) => h.what).join("; ")} (first: “${body.slice(Math.max(0, at - 80), at + 80)}”)`);
          }
        }
      }
      await request.dispose();
      console.log(`viewer leaks, ${account}: ${responses} responses over ${new Set(urls.map((u) => u.route)).size} routes, ${forbidden.length} facts searched`);
      expect(found).toEqual([]);
    });
  }
});
