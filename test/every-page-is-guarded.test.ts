// Every page is in the route map and checks it again itself: proxy.ts is not a security
// boundary, so each guarded page calls requirePage("<its route pattern>").
import { describe, expect, it } from "vitest";
import { ROUTES } from "@/lib/authz/routes";
import { defaultExportedFunction, isPageFile, listFiles, literalArgumentsOf, parse, read, routePatternOf } from "./app-source";

const pages = listFiles("app", isPageFile).map((file) => ({ file, pattern: routePatternOf(file) }));
const routeKeys = Object.keys(ROUTES);

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

  it("each call requirePage with their own pattern in the page component itself, unless public", () => {
    const unguarded = pages.filter(({ file, pattern }) => {
      const rule = ROUTES[pattern as keyof typeof ROUTES] as { public?: true } | undefined;
      if (!rule || rule.public) return false;
      // In the default export's own body: a call in a helper nothing runs guards nothing.
      const page = defaultExportedFunction(parse(read(file)));
      return !page?.body || !literalArgumentsOf(page.body, "requirePage").includes(pattern);
    });
    expect(unguarded.map((p) => `${p.file} lacks requirePage("${p.pattern}")`)).toEqual([]);
  });
});

describe("route map", () => {
  it("has a page or route handler for every route", () => {
    // Routes served by a route handler instead are held to their guards in every-handler-is-guarded.test.ts.
    const handlers = listFiles("app", (f) => /(^|\/)route\.ts$/.test(f)).map((f) => routePatternOf(f.replace(/route\.ts$/, "page.tsx")));
    const served = new Set([...pages.map((p) => p.pattern), ...handlers]);
    expect(routeKeys.filter((key) => !served.has(key))).toEqual([]);
  });
});
