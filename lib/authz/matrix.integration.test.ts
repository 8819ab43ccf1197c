// The authorization matrix, generated from the registries: every action in ACTIONS and every
// route in ROUTES, tried by anonymous visitors, members lacking the permission, members holding
// only it (with its needs), and members of another organisation. A new action or route is
// covered the moment it is registered; an action without a form builder below fails the suite.
import { describe, expect, it } from "vitest";
import { executeAction, type ActionDefinition, type ActionResult } from "@/lib/action";
import { ACTIONS, HANDLERS } from "@/lib/actions/registry";
import { executeHandler, type HandlerDefinition } from "@/lib/route-handler";
import { AREAS } from "@/test/matrix/areas";
import { ENTERPRISE_ONLY, FORMS, makeScene as makeSceneIn, NAMES_NO_ROW, SESSION_ONLY } from "@/test/matrix/scene";
import type { Scene } from "@/test/matrix/types";
import { formData } from "@/test/attack/act";
import { useFreshDatabase } from "@/test/database";
import { accessOf, allExcept, makeOrg, memberRow, roleRow, sessionOf, withNeeds } from "@/test/fixtures";
import { loadSessionAccess } from "./check";
import { ROUTES, decideRoute, requiredPermissions, type RouteKey } from "./routes";

const db = useFreshDatabase();

const makeScene = (plan: "starter" | "business" | "enterprise" = "business") => makeSceneIn(db, plan);

const PARAMS: Partial<Record<RouteKey, (scene: Scene) => Record<string, string>>> = Object.assign({}, ...AREAS.map((a) => a.handlers ?? {}));

async function act(def: ActionDefinition, memberId: string | null, scene: Scene): Promise<ActionResult> {
  const build = FORMS[def.name];
  if (!build) throw new Error(`No form builder for action "${def.name}": add one to FORMS in the matrix.`);
  return executeAction(def, sessionOf(memberId), formData(build(scene)), db);
}

/** Asserts the scene's target role and agent are as they were. */
async function expectUntouched(scene: Scene) {
  expect(await roleRow(db, scene.target.id)).toMatchObject({ name: scene.target.name, version: scene.target.version });
  expect((await memberRow(db, scene.agent.id)).roleId).toBe(scene.agent.roleId);
}

// Both matrices below call executeAction/executeHandler directly: the proxy is not in the path,
// so every refusal they assert comes from the action and handler wrappers alone.
describe("action matrix (called directly, without the proxy)", () => {
  it("has a form builder for every registered action, and unique action names", () => {
    expect(ACTIONS.length).toBeGreaterThan(0);
    expect(ACTIONS.map((def) => def.name).filter((name) => !FORMS[name])).toEqual([]);
    expect(new Set(ACTIONS.map((def) => def.name)).size).toBe(ACTIONS.length);
    expect(new Set(ACTIONS).size).toBe(ACTIONS.length);
  });

  describe.each(ACTIONS.map((def) => [def.name, def] as const))("%s", (_name, def) => {
    it("refuses anonymous callers as unauthenticated", async () => {
      const scene = await makeScene();
      expect(await act(def, null, scene)).toMatchObject({ ok: false, code: "unauthenticated" });
      await expectUntouched(scene);
    });

    const permission = def.permission;
    if (permission === null) {
      // Open to every signed-in member, on their own rows only: the scene's "self" holds no
      // permission at all, and owns the rows the form names.
      it("lets a member holding no permission act on their own rows", async () => {
        const scene = await makeScene();
        const self = await accessOf(db, scene.self.id);
        expect(self.permissions.size).toBe(0);
        expect(await act(def, self.memberId, scene)).toMatchObject({ ok: true });
      });

      if (SESSION_ONLY.has(def.name)) {
        it("acts only on the caller's own account: another member's call, even an Owner's, leaves this member's sessions standing", async () => {
          const scene = await makeScene();
          const before = await memberRow(db, scene.self.id);
          expect(await act(def, scene.owner.id, scene)).toMatchObject({ ok: true });
          expect(await memberRow(db, scene.self.id)).toEqual(before);
          expect(await loadSessionAccess(db, sessionOf(scene.self.id))).not.toBeNull();
        });
      } else if (NAMES_NO_ROW.has(def.name)) {
        it("acts only on the caller's own account: another member, even an Owner, is refused and changes nothing of theirs", async () => {
          const scene = await makeScene();
          const before = await memberRow(db, scene.self.id);
          expect(await act(def, scene.owner.id, scene)).toMatchObject({ ok: false, code: "invalid" });
          expect(await memberRow(db, scene.self.id)).toEqual(before);
        });
      } else {
        it("treats another member's rows as not found, even for an Owner of the organisation", async () => {
          const scene = await makeScene();
          expect(await act(def, scene.owner.id, scene)).toMatchObject({ ok: false, code: "not_found" });
        });
      }
    } else {
      it(`refuses a member holding everything but ${permission} as forbidden`, async () => {
        const scene = await makeScene();
        const lacking = allExcept(permission);
        const { access } = await scene.org.holder(lacking);
        expect(access.permissions.has(permission)).toBe(false);
        expect(access.permissions.size).toBe(lacking.length);
        expect(await act(def, access.memberId, scene)).toMatchObject({ ok: false, code: "forbidden" });
        await expectUntouched(scene);
      });

      it(`lets a member holding only ${permission} and its needs through`, async () => {
        const scene = await makeScene(ENTERPRISE_ONLY.has(def.name) ? "enterprise" : "business");
        const { access } = await scene.org.holder(withNeeds(permission));
        expect([...access.permissions].sort()).toEqual(withNeeds(permission).sort());
        const result = await act(def, access.memberId, scene);
        expect(result.ok ? "ok" : result.code).not.toMatch(/^(unauthenticated|forbidden)$/);
        expect(result).toMatchObject({ ok: true });
      });
    }

    it("treats this organisation's ids as not found for an Owner of another organisation", async () => {
      const scene = await makeScene();
      const elsewhere = await makeOrg(db, "business");
      const foreignOwner = await elsewhere.member("owner");
      const self = await memberRow(db, scene.self.id);
      // An action naming no row cannot point at this organisation: it meets the caller's own account.
      const refusal = NAMES_NO_ROW.has(def.name) ? "invalid" : "not_found";
      const outcome = SESSION_ONLY.has(def.name) ? { ok: true } : { ok: false, code: refusal };
      expect(await act(def, foreignOwner.id, scene)).toMatchObject(outcome);
      if (SESSION_ONLY.has(def.name)) expect(await loadSessionAccess(db, sessionOf(scene.self.id))).not.toBeNull();
      await expectUntouched(scene);
      expect(await memberRow(db, scene.self.id)).toEqual(self);
    });

    it("refuses a deactivated member as unauthenticated", async () => {
      const scene = await makeScene();
      const gone = await scene.org.member("owner", "deactivated");
      expect(await act(def, gone.id, scene)).toMatchObject({ ok: false, code: "unauthenticated" });
      await expectUntouched(scene);
    });
  });

  const enterprise = ACTIONS.filter((def) => ENTERPRISE_ONLY.has(def.name));
  it.each(enterprise.map((def) => [def.name, def] as const))("%s refuses an Owner on Business", async (_name, def) => {
    const scene = await makeScene("business");
    expect(await act(def, scene.owner.id, scene)).toMatchObject({ ok: false, code: "plan" });
    await expectUntouched(scene);
  });

  const gated = ACTIONS.filter((def) => def.plan === "customRoles");
  it.each(gated.map((def) => [def.name, def] as const))("%s refuses an Owner on a plan without custom roles", async (_name, def) => {
    const scene = await makeScene("starter");
    const owner = await scene.org.member("owner");
    expect(await act(def, owner.id, scene)).toMatchObject({ ok: false, code: "plan" });
    await expectUntouched(scene);
  });
});

async function fetchAs(def: HandlerDefinition, memberId: string | null, scene: Scene): Promise<Response> {
  const build = PARAMS[def.route];
  if (!build) throw new Error(`No params for handler "${def.route}": add them to the area's matrix file.`);
  const params = build(scene);
  const url = new URL(
    def.route.replace(/\[([^\]]+)\]/g, (_m, key: string) => params[key] ?? "missing"),
    "http://matrix.test",
  );
  return executeHandler(def, sessionOf(memberId), new Request(url), params, db);
}

describe("route handler matrix (called directly, without the proxy)", () => {
  it("has params for every registered handler, one handler per route", () => {
    expect(HANDLERS.map((def) => def.route).filter((route) => !PARAMS[route])).toEqual([]);
    expect(new Set(HANDLERS.map((def) => def.route)).size).toBe(HANDLERS.length);
  });

  it.each(HANDLERS.map((def) => [def.route, def] as const))("%s refuses and allows exactly as the map says", async (_route, def) => {
    const scene = await makeScene();
    expect((await fetchAs(def, null, scene)).status).toBe(401);
    const lacking = await scene.org.holder(allExcept(def.permission));
    expect((await fetchAs(def, lacking.access.memberId, scene)).status).toBe(403);
    const holding = await scene.org.holder(withNeeds(def.permission));
    expect((await fetchAs(def, holding.access.memberId, scene)).status).toBe(200);
    const elsewhere = await makeOrg(db, "business");
    const foreignOwner = await elsewhere.member("owner");
    const foreign = await fetchAs(def, foreignOwner.id, scene);
    if (def.route.includes("[")) {
      expect(foreign.status).toBe(404);
    } else {
      // No id in the path: another organisation's Owner gets their own data, none of this one's.
      expect(foreign.status).toBe(200);
      const body = await foreign.text();
      for (const name of [scene.owner.name, scene.agent.name]) expect(body).not.toContain(name);
    }
    // The route map asks for the same permission the handler checks.
    expect(requiredPermissions(ROUTES[def.route].requires)).toEqual([def.permission]);
  });
});

const SAMPLE_ID = "3f0b8c1e-7d2a-4c5b-9e6f-1a2b3c4d5e6f";
const pathOf = (key: RouteKey) => key.replace(/\[[^\]/]+\]/g, SAMPLE_ID);

describe("route matrix", () => {
  const keys = Object.keys(ROUTES) as RouteKey[];

  it.each(keys)("%s", async (key) => {
    const rule = ROUTES[key] as (typeof ROUTES)[RouteKey] & { public?: true };
    const path = pathOf(key);
    const required = requiredPermissions(rule.requires);
    const org = await makeOrg(db, "business");
    const owner = await accessOf(db, (await org.member("owner")).id);

    if (rule.public) {
      expect(decideRoute(path, null)).toEqual({ outcome: "public" });
      expect(decideRoute(path, owner.permissions)).toEqual({ outcome: "public" });
      return;
    }

    expect(decideRoute(path, null)).toEqual({ outcome: "sign-in" });
    expect(decideRoute(path, owner.permissions)).toEqual({ outcome: "allow", route: key });

    if (required.length === 0) {
      const { access } = await org.holder([]);
      expect(decideRoute(path, access.permissions)).toEqual({ outcome: "allow", route: key });
      return;
    }

    const lacking = await org.holder(allExcept(...required));
    expect(required.some((p) => lacking.access.permissions.has(p))).toBe(false);
    expect(decideRoute(path, lacking.access.permissions)).toEqual({ outcome: "deny", route: key, missing: required });

    for (const permission of required) {
      const { access } = await org.holder(withNeeds(permission));
      expect(decideRoute(path, access.permissions), permission).toEqual({ outcome: "allow", route: key });
    }
  });

  it("answers a signed-in Owner not found on a path that is not in the map", async () => {
    const org = await makeOrg(db, "enterprise");
    const owner = await accessOf(db, (await org.member("owner")).id);
    for (const path of ["/admin", "/settings", "/settings/roles/new/edit", `/settings/team/${SAMPLE_ID}/delete`, "/api/secret"]) {
      expect(decideRoute(path, owner.permissions), path).toEqual({ outcome: "not-found" });
    }
  });
});
