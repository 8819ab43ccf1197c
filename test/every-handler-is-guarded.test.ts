// Every route handler in app/ (but Auth.js's own) goes through lib/route-handler.ts: it may
// only export HTTP methods bound as routeHandler(<definition>), serve a route in the map,
// and bind a definition the authorization matrix runs (HANDLERS) for that same route.
// The public API (app/api/v1) goes through lib/api/handler.ts instead: each method bound as
// apiRoute(<definition>) of API_HANDLERS for that route and method, which the API matrix runs.
import { describe, expect, it } from "vitest";
import { HANDLERS } from "@/lib/actions/registry";
import { ROUTES } from "@/lib/authz/routes";
import { API_HANDLERS } from "@/lib/api/registry";
import type { ApiDefinition } from "@/lib/api/handler";
import { openApiRoute } from "@/lib/api/openapi";
import { listFiles, read, withoutComments } from "./app-source";

const routeFiles = listFiles("app", (f) => /(^|\/)route\.ts$/.test(f) && !f.startsWith("app/api/auth/"));
const handlerFiles = routeFiles.filter((f) => !f.startsWith("app/api/v1/"));
const apiFiles = routeFiles.filter((f) => f.startsWith("app/api/v1/"));

const patternOf = (file: string) =>
  "/" +
  file
    .replace(/^app\//, "")
    .replace(/\/?route\.ts$/, "")
    .split("/")
    .filter((segment) => segment && !/^\(.*\)$/.test(segment))
    .join("/");

describe("route handlers", () => {
  it.each(handlerFiles.length ? handlerFiles : ["(none yet)"])("%s is guarded", (file) => {
    if (file === "(none yet)") return;
    const source = withoutComments(read(file));
    const exports = [...source.matchAll(/export\s+(?:const|function|async function)\s+(\w+)/g)].map((m) => m[1]);
    const bound = [...source.matchAll(/export\s+const\s+(GET|POST|PUT|PATCH|DELETE)\s*=\s*routeHandler\(\s*(\w+)\s*\)/g)];
    expect(
      exports.filter((name) => !bound.some((b) => b[1] === name)),
      "exports not bound through routeHandler()",
    ).toEqual([]);
    expect(bound.length).toBeGreaterThan(0);
    const pattern = patternOf(file);
    expect(Object.keys(ROUTES)).toContain(pattern);
    expect(
      HANDLERS.map((def) => def.route),
      "a HANDLERS definition for this route",
    ).toContain(pattern);
  });

  it("each registered definition is served by a route file", () => {
    const served = handlerFiles.map(patternOf);
    expect(HANDLERS.map((def) => def.route).filter((route) => !served.includes(route))).toEqual([]);
  });

  it.each(apiFiles)("%s is bound through apiRoute() to API_HANDLERS", async (file) => {
    const source = withoutComments(read(file));
    const exports = [...source.matchAll(/export\s+(?:const|function|async function)\s+(\w+)/g)].map((m) => m[1]);
    const bound = [...source.matchAll(/export\s+const\s+(GET|POST|PUT|PATCH|DELETE)\s*=\s*apiRoute\(\s*(\w+)\s*\)/g)];
    expect(
      exports.filter((name) => !bound.some((b) => b[1] === name)),
      "exports not bound through apiRoute()",
    ).toEqual([]);
    expect(bound.length).toBeGreaterThan(0);
    const pattern = patternOf(file);
    for (const [, method, name] of bound) {
      // The definition the name is imported as, from the module the file imports it from.
      const from = new RegExp(`import\\s*\\{[^}]*\\b${name}\\b[^}]*\\}\\s*from\\s*"([^"]+)"`).exec(source)?.[1];
      expect(from, `${name} imported`).toBeDefined();
      const def = ((await import(from!)) as Record<string, unknown>)[name];
      if (def === openApiRoute) {
        expect([method, pattern]).toEqual([openApiRoute.method, openApiRoute.route]);
        continue;
      }
      expect(API_HANDLERS, `${method} ${pattern} in API_HANDLERS`).toContain(def);
      expect([(def as ApiDefinition).method, (def as ApiDefinition).route]).toEqual([method, pattern]);
    }
  });

  it("each API operation is served by a route file", () => {
    const served = apiFiles.map(patternOf);
    expect(API_HANDLERS.filter((def) => !served.includes(def.route)).map((def) => `${def.method} ${def.route}`)).toEqual([]);
  });
});
