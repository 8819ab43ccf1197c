// Every route handler in app/ (but Auth.js's own) goes through lib/route-handler.ts: it may
// only export HTTP methods bound as routeHandler(<definition>), serve a route in the map,
// and bind a definition the authorization matrix runs (HANDLERS) for that same route. SCIM's
// handlers are bound as scimRouteHandler(<definition>) instead: an organisation's bearer token,
// not a session, guards them (lib/scim/handler.ts), and SCIM_HANDLERS lists them.
import { describe, expect, it } from "vitest";
import { HANDLERS, SCIM_HANDLERS } from "@/lib/actions/registry";
import { ROUTES } from "@/lib/authz/routes";
import type { ScimHandlerDefinition } from "@/lib/scim/handler";
import * as scimDefinitions from "@/lib/scim/handlers";
import { listFiles, read, withoutComments } from "./app-source";

const handlerFiles = listFiles("app", (f) => /(^|\/)route\.ts$/.test(f) && !f.startsWith("app/api/auth/"));

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
    const scim = file.startsWith("app/scim/");
    const binder = scim ? "scimRouteHandler" : "routeHandler";
    const bound = [...source.matchAll(new RegExp(`export\\s+const\\s+(GET|POST|PUT|PATCH|DELETE)\\s*=\\s*${binder}\\(\\s*(\\w+)\\s*\\)`, "g"))];
    expect(
      exports.filter((name) => !bound.some((b) => b[1] === name)),
      `exports not bound through ${binder}()`,
    ).toEqual([]);
    expect(bound.length).toBeGreaterThan(0);
    if (scim) {
      for (const [, method, name] of bound) {
        const definition = (scimDefinitions as Record<string, unknown>)[name] as ScimHandlerDefinition | undefined;
        expect(definition?.method, `${name} serves ${method}`).toBe(method);
      }
    }
    const pattern = patternOf(file);
    expect(Object.keys(ROUTES)).toContain(pattern);
    expect(
      (scim ? SCIM_HANDLERS : HANDLERS).map((def) => def.route),
      "a registered definition for this route",
    ).toContain(pattern);
  });

  it("each registered definition is served by a route file", () => {
    const served = handlerFiles.map(patternOf);
    expect([...HANDLERS, ...SCIM_HANDLERS].map((def) => def.route).filter((route) => !served.includes(route))).toEqual([]);
  });
});
