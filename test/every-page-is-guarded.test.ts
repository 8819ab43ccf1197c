// Every page is in the route map and checks it again itself: proxy.ts is not a security
// boundary, so each guarded page calls requirePage("<its route pattern>").
import { describe, expect, it } from "vitest";
import { HANDLERS } from "@/lib/actions/registry";
import { ROUTES } from "@/lib/authz/routes";
import { isPageFile, listFiles, PUBLIC_HANDLER_FILES, read, routePatternOf, withoutComments } from "./app-source";

const pages = listFiles("app", isPageFile).map((file) => ({ file, pattern: routePatternOf(file) }));
const routeKeys = Object.keys(ROUTES);
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

describe("pages", () => {
  it("exist", () => {
    expect(pages.length).toBeGreaterThan(0);
  });

  it("each serve a route in the map", () => {
    expect(pages.filter((p) => !routeKeys.includes(p.pattern)).map((p) => `${p.file} -> ${p.pattern}`)).toEqual([]);
  });

  it("serve each route once", () => {
    const seen = pages.map((p) => p.pattern);
    expect(seen.filter((pattern, i) => seen.indexOf(pattern) !== i)).toEqual([]);
  });

  it("each call requirePage with their own pattern, unless public", () => {
    const unguarded = pages.filter(({ file, pattern }) => {
      const rule = ROUTES[pattern as keyof typeof ROUTES] as { public?: true } | undefined;
      if (!rule || rule.public) return false;
      const call = new RegExp(`requirePage\\(\\s*(["'\`])${escape(pattern)}\\1\\s*\\)`);
      return !call.test(withoutComments(read(file)));
    });
    expect(unguarded.map((p) => `${p.file} lacks requirePage("${p.pattern}")`)).toEqual([]);
  });
});

describe("route map", () => {
  it("has a page or route handler for every route", () => {
    // Routes served by a route handler instead are held to lib/route-handler.ts elsewhere.
    const publicHandlers = PUBLIC_HANDLER_FILES.map((f) => "/" + f.replace(/^app\//, "").replace(/\/route\.ts$/, ""));
    const served = new Set([...pages.map((p) => p.pattern), ...HANDLERS.map((h) => h.route), ...publicHandlers]);
    expect(routeKeys.filter((key) => !served.has(key))).toEqual([]);
  });
});
