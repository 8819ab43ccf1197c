import { describe, expect, it } from "vitest";
import {
  checkServerActionFile,
  hasInlineUseServer,
  isPageFile,
  isUseServerFile,
  namedImports,
  resolveModule,
  routePatternOf,
  calledNames,
  defaultExportedFunction,
  literalArgumentsOf,
  parse,
} from "./app-source";

describe("routePatternOf", () => {
  it.each([
    ["app/page.tsx", "/"],
    ["app/(app)/page.tsx", "/"],
    ["app/(auth)/sign-in/page.tsx", "/sign-in"],
    ["app/(app)/settings/roles/page.tsx", "/settings/roles"],
    ["app/(app)/settings/roles/new/page.tsx", "/settings/roles/new"],
    ["app/(app)/settings/roles/[roleId]/page.tsx", "/settings/roles/[roleId]"],
    ["app/(app)/(settings)/settings/team/[memberId]/page.tsx", "/settings/team/[memberId]"],
    ["app/(app)/@modal/numbers/page.tsx", "/numbers"],
  ])("%s -> %s", (file, pattern) => {
    expect(routePatternOf(file)).toBe(pattern);
  });

  it("recognises pages, not private folders or other files", () => {
    expect(isPageFile("app/(app)/settings/roles/page.tsx")).toBe(true);
    expect(isPageFile("app/(app)/settings/roles/_components/page.tsx")).toBe(false);
    expect(isPageFile("app/(app)/settings/roles/role-form.tsx")).toBe(false);
    expect(isPageFile("app/(app)/settings/roles/homepage.tsx")).toBe(false);
    expect(isPageFile("app/api/auth/[...nextauth]/route.ts")).toBe(false);
  });
});

describe("checkServerActionFile", () => {
  const header = `"use server";\nimport { serverAction, publicAction } from "@/lib/server-action";\nimport { createRoleAction, updateRoleAction as update } from "@/lib/roles/actions";\n`;

  it("accepts wrapped exports and reports what they bind", () => {
    const result = checkServerActionFile(
      `${header}export const createRole = serverAction(createRoleAction);\nexport const updateRole = serverAction(\n  update,\n);\nexport const signIn = publicAction(async () => null);\nexport type State = { ok: boolean };\n`,
    );
    expect(result.problems).toEqual([]);
    expect(result.bindings).toEqual([
      { exportName: "createRole", ident: "createRoleAction" },
      { exportName: "updateRole", ident: "update" },
    ]);
    expect(result.publicExports).toEqual(["signIn"]);
  });

  it.each([
    ["an exported function", `export async function deleteRole(form) {}`],
    ["an exported arrow", `export const deleteRole = async (form) => {};`],
    ["a default export", `export default async function x() {}`],
    ["an export list", `const x = serverAction(createRoleAction);\nexport { x };`],
    ["a wrapped expression", `export const x = serverAction({ ...createRoleAction });`],
    ["a call on the wrapped action", `export const x = serverAction(createRoleAction) ?? other;`],
    ["an unimported definition", `export const x = serverAction(localDefinition);`],
  ])("refuses %s", (_what, body) => {
    expect(checkServerActionFile(`${header}${body}\n`).problems).not.toEqual([]);
  });

  it("refuses a file without the directive, and a local stand-in for the wrapper", () => {
    expect(checkServerActionFile(`export const x = 1;`).problems).toContain(`does not start with "use server"`);
    const local = `"use server";\nimport { createRoleAction } from "@/lib/roles/actions";\nconst serverAction = (d) => d.run;\nexport const x = serverAction(createRoleAction);\n`;
    expect(checkServerActionFile(local).problems).toEqual([expect.stringContaining("serverAction is not imported")]);
  });

  it("ignores comments", () => {
    expect(isUseServerFile(`// Role actions\n/* all wrapped */\n'use server';\n`)).toBe(true);
    expect(isUseServerFile(`import x from "y";\n"use server";`)).toBe(false);
    expect(checkServerActionFile(`${header}// export async function old() {}\n`).problems).toEqual([]);
    // Text that only looks like code, in a string or a template, is not code.
    expect(checkServerActionFile(`${header}const help = "export async function old() {}";\nconst t = \`export const y = 1\`;\n`).problems).toEqual([]);
  });

  it("finds inline server actions", () => {
    expect(hasInlineUseServer(`"use server";\nexport const x = serverAction(y);`)).toBe(false);
    expect(hasInlineUseServer(`export default function Page() {\n  async function go() {\n    "use server";\n  }\n}`)).toBe(true);
    expect(hasInlineUseServer(`"use server";\nconst f = async () => { 'use server'; };`)).toBe(true);
    expect(hasInlineUseServer(`// "use server" is banned inline\nexport const a = 1;`)).toBe(false);
  });

  it("reads named imports with aliases and type imports", () => {
    const imports = namedImports(`import { a, b as c, type D } from "@/lib/x";\nimport type { E } from "./e";`);
    expect(imports.get("a")).toEqual({ imported: "a", from: "@/lib/x" });
    expect(imports.get("c")).toEqual({ imported: "b", from: "@/lib/x" });
    expect(imports.get("D")).toEqual({ imported: "D", from: "@/lib/x" });
    expect(imports.get("E")).toEqual({ imported: "E", from: "./e" });
  });
});

describe("calls and the default export", () => {
  it("finds calls by name, whatever the formatting, and not in comments or strings", () => {
    const called = calledNames(`// loadAccess(x)\nconst s = "accessFromRow(row)";\nawait db\n  .update(\n    members,\n  );\nloadAccess   (id);`);
    expect([...called].sort()).toEqual(["loadAccess", "update"]);
  });

  it("sees a page's guard only in the page component's own body", () => {
    const guarded = `export default async function Page() {\n  const access = await requirePage(\n    "/numbers",\n  );\n}`;
    const body = (source: string) => defaultExportedFunction(parse(source))?.body;
    expect(literalArgumentsOf(body(guarded)!, "requirePage")).toEqual(["/numbers"]);
    const inHelper = `async function unused() { await requirePage("/numbers"); }\nexport default async function Page() { return null; }`;
    expect(literalArgumentsOf(body(inHelper)!, "requirePage")).toEqual([]);
    const nested = `export default async function Page() { const later = async () => requirePage("/numbers"); return null; }`;
    expect(literalArgumentsOf(body(nested)!, "requirePage")).toEqual([]);
    expect(defaultExportedFunction(parse(`const Page = () => null;\nexport default Page;`))).toBeNull();
  });
});

describe("resolveModule", () => {
  it("resolves the @ alias and relative paths to repository files", () => {
    expect(resolveModule("@/lib/roles/actions", "app/(app)/settings/roles/actions.ts")).toBe("lib/roles/actions.ts");
    expect(resolveModule("../../../../lib/roles/actions", "app/(app)/settings/roles/actions.ts")).toBe("lib/roles/actions.ts");
    expect(resolveModule("@/db", "app/x.ts")).toBe("db/index.ts");
  });

  it("gives null for packages and missing files", () => {
    expect(resolveModule("zod", "app/x.ts")).toBeNull();
    expect(resolveModule("@/lib/nowhere", "app/x.ts")).toBeNull();
  });
});
