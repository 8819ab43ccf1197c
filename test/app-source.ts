// Reads the app's source for the static tests: which files exist, what they export, which
// route each page serves. Plain text scanning, kept small and tested on its own.
import fs from "node:fs";
import path from "node:path";

export const ROOT = path.resolve(import.meta.dirname, "..");

/** Every file under `dir` (relative to the repo root, posix separators) that `keep` accepts. */
export function listFiles(dir: string, keep: (relative: string) => boolean): string[] {
  const start = path.join(ROOT, dir);
  if (!fs.existsSync(start)) return [];
  const out: string[] = [];
  const walk = (absolute: string) => {
    for (const entry of fs.readdirSync(absolute, { withFileTypes: true })) {
      if (entry.name === "node_modules" || entry.name.startsWith(".")) continue;
      const next = path.join(absolute, entry.name);
      if (entry.isDirectory()) walk(next);
      else {
        const relative = path.relative(ROOT, next).split(path.sep).join("/");
        if (keep(relative)) out.push(relative);
      }
    }
  };
  walk(start);
  return out.sort();
}

export const read = (relative: string) => fs.readFileSync(path.join(ROOT, relative), "utf8");

/** Source with comments blanked out, so commented code neither passes nor fails a check. */
export function withoutComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, (m) => m.replace(/[^\n]/g, " ")).replace(/(^|[^:"'`])\/\/[^\n]*/g, "$1");
}

/** Whether the file's first statement is the "use server" directive. */
export function isUseServerFile(source: string): boolean {
  return /^(['"])use server\1/.test(withoutComments(source).trimStart());
}

export type Binding = { exportName: string; ident: string };
export type ImportOf = { imported: string; from: string };

/** Named imports: local name -> what it is and where it comes from. */
export function namedImports(source: string): Map<string, ImportOf> {
  const out = new Map<string, ImportOf>();
  for (const match of source.matchAll(/import\s+(?:type\s+)?\{([^}]*)\}\s*from\s*(["'])([^"']+)\2/g)) {
    for (const part of match[1].split(",")) {
      const [imported, local] = part
        .replace(/^\s*type\s+/, "")
        .trim()
        .split(/\s+as\s+/);
      if (imported) out.set((local ?? imported).trim(), { imported: imported.trim(), from: match[3] });
    }
  }
  return out;
}

const ALLOWED_EXPORTS = [
  /export\s+const\s+(\w+)\s*=\s*serverAction\(\s*(\w+)\s*,?\s*\)(?=[ \t]*(?:;|\r?\n|$))/y,
  /export\s+const\s+(\w+)\s*=\s*publicAction\(/y,
  // Types are erased: they create no endpoint.
  /export\s+(?:type|interface)\s/y,
];

/**
 * Checks one "use server" file: each export must bind a server action through the wrapper.
 * Returns what is wrong with it and which definitions it binds with serverAction.
 */
export function checkServerActionFile(source: string): { problems: string[]; bindings: Binding[]; publicExports: string[] } {
  const code = withoutComments(source);
  const problems: string[] = [];
  const bindings: Binding[] = [];
  const publicExports: string[] = [];
  if (!isUseServerFile(source)) problems.push(`does not start with "use server"`);
  for (const found of code.matchAll(/(^|[\s;])export\b/g)) {
    const at = found.index + found[1].length;
    const pattern = ALLOWED_EXPORTS.find((p) => ((p.lastIndex = at), p.test(code)));
    const line = code.slice(at).split("\n")[0].trim();
    if (!pattern) {
      problems.push(`export not wrapped in serverAction(definition) or publicAction(...): ${line}`);
      continue;
    }
    pattern.lastIndex = at;
    const match = pattern.exec(code)!;
    if (pattern === ALLOWED_EXPORTS[0]) bindings.push({ exportName: match[1], ident: match[2] });
    if (pattern === ALLOWED_EXPORTS[1]) publicExports.push(match[1]);
  }
  const imports = namedImports(code);
  for (const wrapper of ["serverAction", "publicAction"]) {
    if (!new RegExp(`\\b${wrapper}\\(`).test(code)) continue;
    if (!imports.has(wrapper)) problems.push(`${wrapper} is not imported: a local stand-in would skip the checks`);
  }
  for (const { ident } of bindings) {
    if (!imports.has(ident)) problems.push(`serverAction(${ident}): ${ident} must be imported from a lib/**/actions.ts module`);
  }
  return { problems, bindings, publicExports };
}

/** Whether a "use server" directive appears anywhere but as the file's first statement. */
export function hasInlineUseServer(source: string): boolean {
  const code = withoutComments(source).trimStart();
  const rest = isUseServerFile(code) ? code.replace(/^(['"])use server\1/, "") : code;
  return /(['"])use server\1/.test(rest);
}

/** "@/lib/roles/actions" or "../../lib/roles/actions" (from `file`) -> "lib/roles/actions.ts". */
export function resolveModule(from: string, file: string): string | null {
  const base = from.startsWith("@/") ? from.slice(2) : from.startsWith(".") ? path.posix.join(path.posix.dirname(file), from) : null;
  if (base === null) return null;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`]) {
    const full = path.join(ROOT, candidate);
    if (fs.existsSync(full) && fs.statSync(full).isFile()) return path.posix.normalize(candidate);
  }
  return null;
}

const PAGE = /(^|\/)page\.(tsx|ts|jsx|js)$/;

/** Whether a file under app/ is a routable page (private "_folders" are not routed). */
export function isPageFile(relative: string): boolean {
  return relative.startsWith("app/") && PAGE.test(relative) && !relative.split("/").some((s) => s.startsWith("_"));
}

/** "app/(app)/settings/roles/[roleId]/page.tsx" -> "/settings/roles/[roleId]". */
export function routePatternOf(pageFile: string): string {
  const segments = pageFile
    .replace(/^app\//, "")
    .replace(PAGE, "")
    .split("/")
    .filter((s) => s !== "" && !/^\(.*\)$/.test(s) && !s.startsWith("@"));
  return `/${segments.join("/")}`;
}

// Route handlers that run without a signed-in member. Adding one is a security decision: review it here.
// The two legs of single sign-on: a GET the sign-in page sends the browser to, and the identity
// provider's redirect back, whose state must match the cookie the first set (lib/sso/sign-in.ts).
export const PUBLIC_HANDLER_FILES = ["app/api/sso/start/route.ts", "app/api/sso/callback/route.ts"];
