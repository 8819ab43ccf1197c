import { describe, expect, it } from "vitest";
import { ALL_PERMISSIONS, type Permission } from "./permissions";
import { BUILT_IN_ROLES } from "./built-in-roles";
import { ROUTES, decideRoute, matchRoute, navigationFor, requiredPermissions, satisfies } from "./routes";

const ID = "1b4e28ba-2fa1-4d3b-a3f5-ef19b5a7633b";

describe("matchRoute", () => {
  it("matches literal routes", () => {
    expect(matchRoute("/")).toBe("/");
    expect(matchRoute("/settings/roles")).toBe("/settings/roles");
    expect(matchRoute("/sign-in")).toBe("/sign-in");
  });

  it("prefers the literal /settings/roles/new over [roleId]", () => {
    expect(matchRoute("/settings/roles/new")).toBe("/settings/roles/new");
    expect(matchRoute(`/settings/roles/${ID}`)).toBe("/settings/roles/[roleId]");
    expect(matchRoute(`/settings/team/${ID}`)).toBe("/settings/team/[memberId]");
  });

  it("ignores a trailing slash", () => {
    expect(matchRoute("/settings/roles/")).toBe("/settings/roles");
    expect(matchRoute("/settings/roles/new/")).toBe("/settings/roles/new");
    expect(matchRoute(`/settings/team/${ID}/`)).toBe("/settings/team/[memberId]");
  });

  it("returns null for unknown paths", () => {
    expect(matchRoute("/admin")).toBeNull();
    expect(matchRoute("/settings")).toBeNull();
    expect(matchRoute("/settings/roles/new/extra")).toBeNull();
    expect(matchRoute(`/settings/roles/${ID}/edit`)).toBeNull();
  });

  it("does not let an empty segment stand for a dynamic one", () => {
    expect(matchRoute("/settings/team//x")).toBeNull();
  });

  it("matches every route key by itself", () => {
    for (const key of Object.keys(ROUTES)) {
      const path = key.replace(/\[[^\]]+\]/g, ID);
      expect(matchRoute(path), key).toBe(key);
    }
  });
});

describe("decideRoute", () => {
  it("lets everyone see public routes", () => {
    expect(decideRoute("/sign-in", null)).toEqual({ outcome: "public" });
    expect(decideRoute("/sign-in", new Set())).toEqual({ outcome: "public" });
    expect(decideRoute("/developers", null)).toEqual({ outcome: "public" });
  });

  it("sends anonymous visitors to sign in, also on unknown paths", () => {
    expect(decideRoute("/settings/roles", null)).toEqual({ outcome: "sign-in" });
    expect(decideRoute("/nowhere", null)).toEqual({ outcome: "sign-in" });
  });

  it("answers unknown paths not found to everyone signed in, an Owner included", () => {
    for (const path of ["/nowhere", "/nope", "/settings/nope", "/settings/roles/new/edit"]) {
      expect(decideRoute(path, new Set(ALL_PERMISSIONS)), path).toEqual({ outcome: "not-found" });
      expect(decideRoute(path, new Set()), path).toEqual({ outcome: "not-found" });
    }
  });

  it("lists every alternative of an anyOf requirement when denying", () => {
    expect(decideRoute("/call-flows", new Set())).toEqual({
      outcome: "deny",
      route: "/call-flows",
      missing: ["callFlows.ivr", "callFlows.ringGroups", "callFlows.hours", "callFlows.routing"],
    });
    expect(decideRoute("/call-flows", new Set<Permission>(["callFlows.hours"]))).toEqual({ outcome: "allow", route: "/call-flows" });
  });

  it("allows signed-in members on routes that need no permission", () => {
    expect(decideRoute("/", new Set())).toEqual({ outcome: "allow", route: "/" });
    expect(decideRoute("/access-denied", new Set())).toEqual({ outcome: "allow", route: "/access-denied" });
  });
});

describe("requirements", () => {
  it("names only real permissions", () => {
    const all = new Set<string>(ALL_PERMISSIONS);
    for (const [key, rule] of Object.entries(ROUTES)) {
      for (const p of requiredPermissions(rule.requires)) expect(all.has(p), `${key}: ${p}`).toBe(true);
    }
  });

  it("satisfies null for anyone", () => {
    expect(satisfies(new Set(), null)).toBe(true);
  });
});

describe("navigationFor", () => {
  const hrefs = (permissions: Iterable<Permission>) => navigationFor(new Set(permissions)).map((item) => item.href);

  it("shows an Owner every entry with a nav label, section by section in map order", () => {
    expect(navigationFor(new Set(ALL_PERMISSIONS))).toEqual([
      { href: "/", label: "Overview", group: "main" },
      { href: "/numbers", label: "Phone Numbers", group: "main" },
      { href: "/call-flows", label: "Call Flows", group: "main" },
      { href: "/analytics", label: "Analytics", group: "main" },
      { href: "/recordings", label: "Recordings", group: "main" },
      { href: "/messages", label: "Messages", group: "main" },
      { href: "/integrations", label: "Integrations", group: "settings" },
      { href: "/settings/team", label: "Team Members", group: "settings" },
      { href: "/settings/roles", label: "Roles & Permissions", group: "settings" },
      { href: "/settings/audit-log", label: "Audit log", group: "settings" },
      { href: "/settings/security", label: "Security", group: "settings" },
      { href: "/settings/sso", label: "Single sign-on", group: "settings" },
      { href: "/settings/email", label: "Email delivery", group: "settings" },
      { href: "/settings/api-keys", label: "API keys", group: "settings" },
      { href: "/settings/webhooks", label: "Webhooks", group: "settings" },
      { href: "/settings/directory-sync", label: "Directory sync", group: "settings" },
      { href: "/settings/directory-groups", label: "Directory groups", group: "settings" },
      { href: "/billing", label: "Billing", group: "settings" },
      { href: "/help/custom-roles", label: "Help", group: "help" },
    ]);
  });

  it("shows an Agent only what an Agent may open", () => {
    expect(hrefs(BUILT_IN_ROLES.agent.permissions)).toEqual([
      "/",
      "/numbers",
      "/analytics",
      "/recordings",
      "/messages",
      "/settings/team",
      "/help/custom-roles",
    ]);
  });

  it("shows roles to someone who can assign but not the audit log", () => {
    expect(hrefs(["members.view", "roles.assign"])).toEqual(["/", "/settings/team", "/settings/roles", "/help/custom-roles"]);
  });

  it("shows only the overview and help to someone without permissions", () => {
    expect(hrefs([])).toEqual(["/", "/help/custom-roles"]);
  });

  it("never links to a route that would deny", () => {
    for (const key of ALL_PERMISSIONS) {
      const permissions = new Set<Permission>([key]);
      for (const item of navigationFor(permissions)) expect(decideRoute(item.href, permissions).outcome).toBe("allow");
    }
  });
});
