// Every route handler in app/ (but Auth.js's own) goes through lib/route-handler.ts: it may
// only export HTTP methods bound as routeHandler(<definition>), serve a route in the map,
// and bind a definition the authorization matrix runs (HANDLERS) for that same route.
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { HANDLERS } from "@/lib/actions/registry";
import { ROUTES } from "@/lib/authz/routes";
import { exportsOf, listFiles, parse, read } from "./app-source";

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"];
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
    const exports = exportsOf(parse(read(file))).values;
    const isBound = ({ name, call }: (typeof exports)[number]) =>
      METHODS.includes(name) && call?.callee === "routeHandler" && call.args.length === 1 && ts.isIdentifier(call.args[0]);
    const bound = exports.filter(isBound);
    expect(
      exports.filter((e) => !isBound(e)).map((e) => e.name),
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
});
