// Every server action in app/ goes through lib/action.ts: a "use server" file may only export
// serverAction(<definition>) or publicAction(...), and every definition it binds is one the
// authorization matrix runs (ACTIONS). Skipping the wrapper fails here, not in review.
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { ActionDefinition } from "@/lib/action";
import { ACTIONS } from "@/lib/actions/registry";
import { ROOT, checkServerActionFile, hasInlineUseServer, isUseServerFile, listFiles, namedImports, read, resolveModule } from "./app-source";

const CODE = /\.(ts|tsx)$/;
const appFiles = listFiles("app", (f) => CODE.test(f));
const actionFiles = appFiles.filter((f) => f.endsWith("/actions.ts") || isUseServerFile(read(f)));
// Actions that run without a signed-in member. Adding one is a security decision: review it here.
// acceptInvitationAction: the invitee has no account until it runs; the link's token (stored
// only as its SHA-256, single use, expiring, revocable) is its credential.
// requestPasswordResetAction: whoever forgot their password can't sign in; it answers the same
// for every address and is throttled per address and per client. resetPasswordAction: the
// emailed link's token (SHA-256 only, single use, one hour) is its credential.
const PUBLIC_ACTIONS = [
  "signInAction",
  "signOutAction",
  "acceptInvitationAction",
  "requestPasswordResetAction",
  "resetPasswordAction",
  "signUpAction",
  "verifyEmailAction",
];

const definitionModules = listFiles("lib", (f) => /(^|\/)actions\.ts$/.test(f));

function isDefinition(value: unknown): value is ActionDefinition {
  const v = value as Partial<ActionDefinition> | null;
  return (
    !!v &&
    typeof v === "object" &&
    typeof v.name === "string" &&
    (typeof v.permission === "string" || v.permission === null) &&
    typeof v.run === "function" &&
    !!v.schema
  );
}

async function exportsOf(file: string): Promise<Record<string, unknown>> {
  return (await import(/* @vite-ignore */ path.join(ROOT, file))) as Record<string, unknown>;
}

describe("action definitions", () => {
  it("live in lib/**/actions.ts modules", () => {
    expect(definitionModules.length).toBeGreaterThan(0);
  });

  it("are all registered in ACTIONS, and ACTIONS holds nothing else", async () => {
    const found = new Map<ActionDefinition, string>();
    for (const file of definitionModules) {
      for (const [name, value] of Object.entries(await exportsOf(file))) {
        if (isDefinition(value)) found.set(value, `${file}#${name}`);
      }
    }
    expect([...found].filter(([def]) => !ACTIONS.includes(def)).map(([, where]) => where)).toEqual([]);
    expect(ACTIONS.filter((def) => !found.has(def)).map((def) => def.name)).toEqual([]);
  });
});

describe("server action files in app/", () => {
  it("export only wrapped actions", () => {
    const problems = actionFiles.flatMap((file) => checkServerActionFile(read(file)).problems.map((p) => `${file}: ${p}`));
    expect(problems).toEqual([]);
  });

  it("use publicAction only for the reviewed public actions", () => {
    const unexpected = actionFiles.flatMap((file) =>
      checkServerActionFile(read(file))
        .publicExports.filter((name) => !PUBLIC_ACTIONS.includes(name))
        .map((name) => `${file}: ${name}`),
    );
    expect(unexpected).toEqual([]);
  });

  it('are the only server actions: no inline "use server" functions', () => {
    expect(appFiles.filter((file) => hasInlineUseServer(read(file)))).toEqual([]);
  });

  it("bind only registered definitions, imported from lib/**/actions.ts, and bind all of them", async () => {
    const problems: string[] = [];
    const bound = new Set<ActionDefinition>();
    for (const file of actionFiles) {
      const source = read(file);
      const imports = namedImports(source);
      for (const { exportName, ident } of checkServerActionFile(source).bindings) {
        const where = imports.get(ident);
        const target = where ? resolveModule(where.from, file) : null;
        if (!where || !target || !definitionModules.includes(target)) {
          problems.push(`${file}: ${exportName} binds ${ident}, which is not imported from a lib/**/actions.ts module`);
          continue;
        }
        const value = (await exportsOf(target))[where.imported];
        if (!isDefinition(value) || !ACTIONS.includes(value)) {
          problems.push(`${file}: ${exportName} binds ${target}#${where.imported}, which is not a definition in ACTIONS`);
        } else bound.add(value);
      }
    }
    expect(problems).toEqual([]);
    // ACTIONS lists what the app binds: a definition nobody binds is dead or forgotten.
    expect(ACTIONS.filter((def) => !bound.has(def)).map((def) => def.name)).toEqual([]);
  });
});
