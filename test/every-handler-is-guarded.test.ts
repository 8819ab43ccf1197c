// Every route handler in app/ (but Auth.js's own) goes through one guard, chosen by where it
// lives: lib/route-handler.ts for the app's own (a session), lib/api/handler.ts for the public
// API (an API key), lib/scim/handler.ts for SCIM (an organisation's SCIM token), and
// publicRouteHandler for the reviewed few that run before anyone is known (PUBLIC_HANDLER_FILES). A route file may only export HTTP methods bound as <guard>(<definition>),
// and each definition must be one its registry lists (which the matrices run) for that file's
// route and, where the definition names one, that method.
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { HANDLERS, SCIM_HANDLERS } from "@/lib/actions/registry";
import { ROUTES } from "@/lib/authz/routes";
import { API_HANDLERS } from "@/lib/api/registry";
import { openApiRoute } from "@/lib/api/openapi";
import { PUBLIC_HANDLER_FILES, ROOT, exportsOf, listFiles, namedImports, parse, read, resolveModule } from "./app-source";

type Definition = { route: string; method?: string };
// A public handler has no registry: its route must be public in the route map instead.
type Guard = { binder: string; serves: (file: string) => boolean; registry: readonly Definition[] | null; inRouteMap: boolean };

const GUARDS: Guard[] = [
  { binder: "publicRouteHandler", serves: (f) => PUBLIC_HANDLER_FILES.includes(f), registry: null, inRouteMap: true },
  // The OpenAPI document is public and describes the API; it is bound like the operations.
  { binder: "apiRoute", serves: (f) => f.startsWith("app/api/v1/"), registry: [...API_HANDLERS, openApiRoute], inRouteMap: false },
  { binder: "scimRouteHandler", serves: (f) => f.startsWith("app/scim/"), registry: SCIM_HANDLERS, inRouteMap: true },
  { binder: "routeHandler", serves: () => true, registry: HANDLERS, inRouteMap: true },
];
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"];

const routeFiles = listFiles("app", (f) => /(^|\/)route\.ts$/.test(f) && !f.startsWith("app/api/auth/"));
const guardOf = (file: string) => GUARDS.find((guard) => guard.serves(file))!;

const patternOf = (file: string) =>
  "/" +
  file
    .replace(/^app\//, "")
    .replace(/\/?route\.ts$/, "")
    .split("/")
    .filter((segment) => segment && !/^\(.*\)$/.test(segment))
    .join("/");

/** The object an imported name stands for in `file`, loaded from the module it is imported from. */
async function definitionOf(file: string, source: string, name: string): Promise<unknown> {
  const where = namedImports(source).get(name);
  const target = where ? resolveModule(where.from, file) : null;
  if (!where || !target) return undefined;
  return ((await import(/* @vite-ignore */ path.join(ROOT, target))) as Record<string, unknown>)[where.imported];
}

describe("route handlers", () => {
  it.each(routeFiles)("%s is guarded", async (file) => {
    const guard = guardOf(file);
    const source = read(file);
    const exports = exportsOf(parse(source)).values;
    const isBound = ({ name, call }: (typeof exports)[number]) =>
      METHODS.includes(name) && call?.callee === guard.binder && call.args.length === 1 && ts.isIdentifier(call.args[0]);
    expect(
      exports.filter((e) => !isBound(e)).map((e) => e.name),
      `exports not bound through ${guard.binder}()`,
    ).toEqual([]);
    const bound = exports.filter(isBound);
    expect(bound.length).toBeGreaterThan(0);
    const pattern = patternOf(file);
    if (guard.inRouteMap) expect(Object.keys(ROUTES)).toContain(pattern);
    if (!guard.registry) {
      expect((ROUTES[pattern as keyof typeof ROUTES] as { public?: true }).public, "a public handler serves a public route").toBe(true);
      return;
    }
    for (const { name, call } of bound) {
      const definition = (await definitionOf(file, source, (call!.args[0] as ts.Identifier).text)) as Definition | undefined;
      expect(guard.registry, `${name} binds a registered definition`).toContain(definition);
      expect(definition!.route, `${name} serves its definition's route`).toBe(pattern);
      if (definition!.method) expect(definition!.method, `${name} serves its definition's method`).toBe(name);
    }
  });

  it("the reviewed public handlers exist", () => {
    expect(PUBLIC_HANDLER_FILES.filter((file) => !routeFiles.includes(file))).toEqual([]);
  });

  it("each registered definition is served by a route file", () => {
    for (const guard of GUARDS) {
      if (!guard.registry) continue;
      const served = routeFiles.filter((file) => guardOf(file) === guard).map(patternOf);
      expect(guard.registry.map((def) => def.route).filter((route) => !served.includes(route))).toEqual([]);
    }
  });
});
