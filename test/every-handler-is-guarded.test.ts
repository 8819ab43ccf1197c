// Every route handler in app/ (but Auth.js's own) goes through lib/route-handler.ts: it may
// only export HTTP methods bound as routeHandler(<definition>), serve a route in the map,
// and bind a definition the authorization matrix runs (HANDLERS) for that same route.
import { describe, expect, it } from "vitest";
import { HANDLERS } from "@/lib/actions/registry";
import { ROUTES } from "@/lib/authz/routes";
import { listFiles, PUBLIC_HANDLER_FILES, read, withoutComments } from "./app-source";

const allRouteFiles = listFiles("app", (f) => /(^|\/)route\.ts$/.test(f) && !f.startsWith("app/api/auth/"));
const handlerFiles = allRouteFiles.filter((f) => !PUBLIC_HANDLER_FILES.includes(f));

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

  it.each(PUBLIC_HANDLER_FILES)("%s is a reviewed public handler on a public route", (file) => {
    expect(allRouteFiles).toContain(file);
    const source = withoutComments(read(file));
    const exports = [...source.matchAll(/export\s+(?:const|function|async function)\s+(\w+)/g)].map((m) => m[1]);
    expect(exports).toEqual(["GET"]);
    expect(source).toMatch(/export\s+const\s+GET\s*=\s*publicRouteHandler\(\s*\w+\s*\)/);
    const rule = ROUTES[patternOf(file) as keyof typeof ROUTES] as { public?: true } | undefined;
    expect(rule?.public).toBe(true);
  });

  it("each registered definition is served by a route file", () => {
    const served = handlerFiles.map(patternOf);
    expect(HANDLERS.map((def) => def.route).filter((route) => !served.includes(route))).toEqual([]);
  });
});
