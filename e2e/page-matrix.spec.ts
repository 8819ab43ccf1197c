// The authorization matrix over HTTP, for every route in the map: anonymous, a member lacking
// the route's permission, a member holding only it (with its needs), a deactivated member,
// another organisation's Owner, and an Owner whose organisation requires two-factor they have
// not set up (sent to set it up from everywhere but the set-up). Run three ways against one
// server: with the proxy, with `x-middleware-subrequest` injected, and with the proxy turned
// off. The last needs the bench build's test-only switch (e2e/access.spec.ts shows the
// production build ignores it), so this spec starts the bench build on a database of its own.
import type { Database } from "@/db/client";
import { setRequireTwoFactor } from "@/db/queries/orgs";
import { ROUTES, requiredPermissions, type RouteKey } from "@/lib/authz/routes";
import { TWO_FACTOR_SET_UP_ROUTE } from "@/lib/two-factor/policy";
import type { Permission } from "@/lib/authz/permissions";
import { sessionCookie, startServer, type Server } from "@/scripts/bench/server";
import { isPageFile, listFiles, routePatternOf } from "@/test/app-source";
import { makeScene } from "@/test/matrix/scene";
import { allExcept, makeOrg, withNeeds } from "@/test/fixtures";
import { ensureBenchBuild, openMatrixDatabase } from "./bench-build";
import { expect, test } from "./fixtures";

const MODES = {
  "proxy on": {},
  "x-middleware-subrequest injected": { "x-middleware-subrequest": "proxy:proxy:proxy:proxy:proxy" },
  "proxy turned off": { "x-bench-variant": "noop-proxy" },
} as const;

type Expected = "page" | "sign-in" | "unauthenticated" | "forbidden" | "not found" | "two-factor set-up";
type Cell = { route: RouteKey; who: string; path: string; cookie: string | null; expected: Expected };

// Route handlers are the routes without a page file.
const PAGE_ROUTES = new Set(listFiles("app", isPageFile).map(routePatternOf));

function statusMatches(expected: Expected, handler: boolean, status: number, location: string | undefined): boolean {
  switch (expected) {
    case "page":
      return status === 200;
    case "forbidden":
      return status === 403;
    case "not found":
      return status === 404;
    case "two-factor set-up":
      // The proxy and every page guard send the member to set it up; a handler reached without the proxy refuses.
      return (handler && status === 403) || ([302, 303, 307, 308].includes(status) && Boolean(location?.endsWith(TWO_FACTOR_SET_UP_ROUTE)));
    case "unauthenticated":
    case "sign-in":
      // The proxy sends everyone signed out to sign in; a handler reached without it says 401.
      return (handler && status === 401) || ([302, 303, 307, 308].includes(status) && Boolean(location?.includes("/sign-in")));
  }
}

test.describe("the authorization matrix over HTTP", () => {
  test.skip(Boolean(process.env.BASE_URL), "Starts the bench build on a database of its own.");
  test.describe.configure({ timeout: 600_000 });

  let database: Database | null = null;
  let server: Server | null = null;
  const cells: Cell[] = [];

  test.beforeAll(async () => {
    test.setTimeout(600_000);
    ensureBenchBuild();
    const opened = await openMatrixDatabase("pages");
    database = opened.database;
    const db = database.db;
    const scene = await makeScene(db);
    const params: Record<string, string> = {
      memberId: scene.agent.id,
      roleId: scene.target.id,
      numberId: scene.ids.numberId,
      menuId: scene.ids.ivrMenuId,
      groupId: scene.ids.ringGroupId,
      recordingId: scene.ids.recordingId,
      conversationId: scene.ids.conversationId,
      invoiceId: scene.ids.invoice,
    };
    const holders = new Map<string, string>();
    const holder = async (permissions: Permission[]) => {
      const key = [...permissions].sort().join(",");
      if (!holders.has(key)) holders.set(key, await sessionCookie(db, (await scene.org.holder(permissions)).access.memberId));
      return holders.get(key)!;
    };
    const foreignOwner = await sessionCookie(db, (await (await makeOrg(db, "business")).member("owner")).id);
    const deactivated = await sessionCookie(db, (await scene.org.member("owner", "deactivated")).id);
    // An Owner of an organisation that requires two-factor, who has not set it up.
    const strict = await makeOrg(db, "business");
    await setRequireTwoFactor(db, strict.org.id, true);
    const withoutTwoFactor = await sessionCookie(db, (await strict.member("owner")).id);

    for (const [route, rule] of Object.entries(ROUTES) as [RouteKey, (typeof ROUTES)[RouteKey]][]) {
      if ("public" in rule || route === "/access-denied") continue;
      const url = route.replace(/\[([^\]]+)\]/g, (_m, key: string) => {
        if (!params[key]) throw new Error(`No id for [${key}] in ${route}: add it to the page matrix.`);
        return params[key];
      });
      const required = requiredPermissions(rule.requires);
      const add = (who: string, cookie: string | null, expected: Expected) => cells.push({ route, who, path: url, cookie, expected });
      add("anonymous", null, "sign-in");
      add("deactivated Owner", deactivated, "sign-in");
      if (required.length) add(`holding all but ${required.join("/")}`, await holder(allExcept(...required)), "forbidden");
      for (const permission of required.length ? required : [null]) {
        add(`holding only ${permission ?? "nothing"}`, await holder(permission ? withNeeds(permission) : []), "page");
      }
      // Another organisation's Owner holds every permission: a path naming this one's ids
      // is not found; a path without ids shows the Owner their own organisation.
      add("another organisation's Owner", foreignOwner, route.includes("[") ? "not found" : "page");
      add("an Owner still to set up required two-factor", withoutTwoFactor, route === TWO_FACTOR_SET_UP_ROUTE ? "page" : "two-factor set-up");
    }
    await database.close();
    database = null;
    server = await startServer(Number(process.env.E2E_PORT ?? 3100) + 4, opened.server);
  });

  test.afterAll(async () => {
    await server?.stop();
    await database?.close();
  });

  for (const [mode, headers] of Object.entries(MODES)) {
    test(`every route answers as the map says, ${mode}`, async ({ playwright }) => {
      const request = await playwright.request.newContext({ baseURL: server!.url });
      const wrong: string[] = [];
      for (const cell of cells) {
        const response = await request.get(cell.path, { headers: { ...headers, ...(cell.cookie ? { cookie: cell.cookie } : {}) }, maxRedirects: 0 });
        if (!statusMatches(cell.expected, !PAGE_ROUTES.has(cell.route), response.status(), response.headers().location)) {
          wrong.push(`${cell.path} as ${cell.who}: expected ${cell.expected}, got ${response.status()} ${response.headers().location ?? ""}`);
        }
      }
      await request.dispose();
      expect(wrong).toEqual([]);
      console.log(`page matrix, ${mode}: ${cells.length} cells over ${new Set(cells.map((c) => c.route)).size} routes, all as the map says`);
    });
  }
});
