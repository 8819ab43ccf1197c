// Reads the app's source for the static tests: which files exist, what they export and call,
// which route each page serves. Kept small and tested on its own.
import fs from "node:fs";
import path from "node:path";
import ts from "typescript";

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
// The checks below read the TypeScript syntax tree, not the text: formatting, comments and
// strings that merely look like code can neither pass nor fail them.

/** Parses a source file's text (TSX, so JSX and generics both parse). */
export function parse(source: string): ts.SourceFile {
  return ts.createSourceFile("source.tsx", source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
}

const isUseServer = (node: ts.Node) => ts.isExpressionStatement(node) && ts.isStringLiteral(node.expression) && node.expression.text === "use server";

/** Whether the file's first statement is the "use server" directive. */
export function isUseServerFile(source: string): boolean {
  const first = parse(source).statements[0];
  return !!first && isUseServer(first);
}

/** Whether a "use server" directive appears anywhere but as the file's first statement. */
export function hasInlineUseServer(source: string): boolean {
  const file = parse(source);
  let found = false;
  const visit = (node: ts.Node): void => {
    if (found) return;
    if (isUseServer(node) && node !== file.statements[0]) found = true;
    else ts.forEachChild(node, visit);
  };
  ts.forEachChild(file, visit);
  return found;
}

export type Binding = { exportName: string; ident: string };
export type ImportOf = { imported: string; from: string };

/** Named imports: local name -> what it is and where it comes from. */
export function namedImports(source: string): Map<string, ImportOf> {
  const out = new Map<string, ImportOf>();
  for (const statement of parse(source).statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    const bindings = statement.importClause?.namedBindings;
    if (!bindings || !ts.isNamedImports(bindings)) continue;
    for (const element of bindings.elements) {
      out.set(element.name.text, { imported: (element.propertyName ?? element.name).getText(), from: statement.moduleSpecifier.text });
    }
  }
  return out;
}

/** The name of what a call calls: `f(…)` and `a.b.f(…)` are both "f". */
export function calleeName(call: ts.CallExpression): string | null {
  const callee = call.expression;
  if (ts.isIdentifier(callee)) return callee.text;
  if (ts.isPropertyAccessExpression(callee)) return callee.name.text;
  return null;
}

/** Every call in the tree under `node`; with `ownBody`, not those inside nested functions. */
export function callsIn(node: ts.Node, { ownBody = false } = {}): ts.CallExpression[] {
  const out: ts.CallExpression[] = [];
  const visit = (child: ts.Node): void => {
    if (ownBody && child !== node && ts.isFunctionLike(child)) return;
    if (ts.isCallExpression(child)) out.push(child);
    ts.forEachChild(child, visit);
  };
  visit(node);
  return out;
}

/** The names every call in the file calls. */
export const calledNames = (source: string): Set<string> => new Set(callsIn(parse(source)).flatMap((call) => calleeName(call) ?? []));

const hasModifier = (node: ts.Node, kind: ts.SyntaxKind) => ts.canHaveModifiers(node) && !!ts.getModifiers(node)?.some((m) => m.kind === kind);

export type ExportShape = { name: string; node: ts.Node; call?: { callee: string; args: readonly ts.Expression[] } };

/**
 * What a module exports, statement by statement. `call` is set when the export is
 * `export const name = callee(args)` and nothing more.
 */
export function exportsOf(file: ts.SourceFile): { values: ExportShape[]; types: string[] } {
  const values: ExportShape[] = [];
  const types: string[] = [];
  for (const statement of file.statements) {
    if (ts.isExportDeclaration(statement)) {
      if (statement.isTypeOnly) continue;
      const names = statement.exportClause && ts.isNamedExports(statement.exportClause) ? statement.exportClause.elements.map((e) => e.name.text) : ["*"];
      for (const name of names) values.push({ name, node: statement });
    } else if (ts.isExportAssignment(statement)) values.push({ name: "default", node: statement });
    else if (!hasModifier(statement, ts.SyntaxKind.ExportKeyword)) continue;
    else if (ts.isTypeAliasDeclaration(statement) || ts.isInterfaceDeclaration(statement)) types.push(statement.name.text);
    else if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        const name = declaration.name.getText();
        const init = declaration.initializer;
        const call = init && ts.isCallExpression(init) && ts.isIdentifier(init.expression) ? { callee: init.expression.text, args: init.arguments } : undefined;
        values.push({ name, node: declaration, call });
      }
    } else {
      const named = statement as ts.Node & { name?: ts.Identifier };
      values.push({ name: hasModifier(statement, ts.SyntaxKind.DefaultKeyword) ? "default" : (named.name?.text ?? "?"), node: statement });
    }
  }
  return { values, types };
}

/** The function a module exports as default, when it is a function declaration or expression. */
export function defaultExportedFunction(file: ts.SourceFile): ts.FunctionLikeDeclaration | null {
  for (const statement of file.statements) {
    if (ts.isFunctionDeclaration(statement) && hasModifier(statement, ts.SyntaxKind.DefaultKeyword)) return statement;
    if (ts.isExportAssignment(statement) && (ts.isFunctionExpression(statement.expression) || ts.isArrowFunction(statement.expression))) {
      return statement.expression;
    }
  }
  return null;
}

/** The string literal first arguments of the calls to `name` in `node`'s own body. */
export function literalArgumentsOf(node: ts.Node, name: string): string[] {
  return callsIn(node, { ownBody: true })
    .filter((call) => calleeName(call) === name)
    .flatMap((call) => {
      const first = call.arguments[0];
      return first && (ts.isStringLiteral(first) || ts.isNoSubstitutionTemplateLiteral(first)) ? [first.text] : [];
    });
}

/**
 * Checks one "use server" file: each export must bind a server action through the wrapper,
 * `export const x = serverAction(definition)` or `export const x = publicAction(...)`; types
 * are erased and create no endpoint. Returns what is wrong and which definitions it binds.
 */
export function checkServerActionFile(source: string): { problems: string[]; bindings: Binding[]; publicExports: string[] } {
  const file = parse(source);
  const problems: string[] = [];
  const bindings: Binding[] = [];
  const publicExports: string[] = [];
  if (!isUseServerFile(source)) problems.push(`does not start with "use server"`);
  for (const { name, node, call } of exportsOf(file).values) {
    const [arg, ...rest] = call?.args ?? [];
    if (call?.callee === "serverAction" && arg && ts.isIdentifier(arg) && rest.length === 0) bindings.push({ exportName: name, ident: arg.text });
    else if (call?.callee === "publicAction") publicExports.push(name);
    else problems.push(`export not wrapped in serverAction(definition) or publicAction(...): ${node.getText().split("\n")[0]}`);
  }
  const imports = namedImports(source);
  const called = calledNames(source);
  for (const wrapper of ["serverAction", "publicAction"]) {
    if (called.has(wrapper) && !imports.has(wrapper)) problems.push(`${wrapper} is not imported: a local stand-in would skip the checks`);
  }
  for (const { ident } of bindings) {
    if (!imports.has(ident)) problems.push(`serverAction(${ident}): ${ident} must be imported from a lib/**/actions.ts module`);
  }
  return { problems, bindings, publicExports };
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
// QA's throwaway organisations: a 404 unless the server has QA_TOKEN set, then only with it (lib/qa/handler.ts).
export const PUBLIC_HANDLER_FILES = ["app/api/sso/start/route.ts", "app/api/sso/callback/route.ts", "app/api/qa/organizations/route.ts"];
