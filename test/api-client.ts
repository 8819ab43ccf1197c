// Calls the public API the way a route does (executeApi, without an HTTP server) and checks
// every answer against the OpenAPI document: an undocumented status or a body that does not
// match its schema fails the test that made the call, so the document and the code cannot drift.
// typedApi is the same, through the client generated from the document.
import Ajv2020 from "ajv/dist/2020";
import createClient from "openapi-fetch";
import { expect } from "vitest";
import type { Db } from "@/db";
import { createApiKey } from "@/lib/api/keys";
import { executeApi, type ApiDefinition } from "@/lib/api/handler";
import { openApiDocument, openApiRoute } from "@/lib/api/openapi";
import type { paths } from "@/lib/api/client/schema";
import { API_HANDLERS } from "@/lib/api/registry";
import type { Access } from "@/lib/authz/check";
import type { Permission } from "@/lib/authz/permissions";

const DOCUMENT = openApiDocument();
const ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: true });
ajv.addSchema(DOCUMENT, "openapi");

const CLIENT_ADDRESS = "203.0.113.7";
const API_ORIGIN = "http://api.test";

const pointer = (...parts: string[]) => parts.map((p) => p.replace(/~/g, "~0").replace(/\//g, "~1")).join("/");

/** The definition serving a method and path, and the path's parameters. */
function routeOf(method: string, pathname: string): { def: ApiDefinition; params: Record<string, string> } | null {
  for (const def of API_HANDLERS) {
    if (def.method !== method) continue;
    const want = def.route.split("/");
    const have = pathname.split("/");
    if (want.length !== have.length) continue;
    const params: Record<string, string> = {};
    if (
      want.every((segment, i) => {
        const dynamic = /^\[(.+)\]$/.exec(segment);
        if (dynamic) params[dynamic[1]] = decodeURIComponent(have[i]);
        return dynamic ? have[i] !== "" : segment === have[i];
      })
    )
      return { def, params };
  }
  return null;
}

export type ApiAnswer = { status: number; headers: Headers; body: Record<string, unknown> & { data?: Record<string, unknown>[] } };

/** Checks an answer against the document: its status is documented and its body matches. */
function expectDocumented(def: ApiDefinition, status: number, body: unknown) {
  const path = def.route.replace(/\[([^\]]+)\]/g, "{$1}");
  const response = (DOCUMENT.paths[path]?.[def.method.toLowerCase()] as { responses: Record<string, { content: Record<string, unknown> }> } | undefined)
    ?.responses[String(status)];
  expect(response, `${def.method} ${path} documents ${status}`).toBeDefined();
  const type = Object.keys(response!.content)[0];
  const validate = ajv.getSchema(`openapi#/${pointer("paths", path, def.method.toLowerCase(), "responses", String(status), "content", type, "schema")}`);
  expect(validate, "schema compiles").toBeDefined();
  const valid = validate!(body);
  expect(validate!.errors ?? [], `${def.method} ${path} ${status} matches the document`).toEqual([]);
  expect(valid).toBe(true);
}

/** Serves a request in process, as the route would, and checks the answer against the document. */
async function serve(db: Db, request: Request): Promise<Response> {
  const { pathname } = new URL(request.url);
  if (pathname === openApiRoute.route) return executeApi(openApiRoute, request, {}, db, CLIENT_ADDRESS);
  const route = routeOf(request.method, pathname);
  if (!route) throw new Error(`No API operation serves ${request.method} ${pathname}`);
  const response = await executeApi(route.def, request, route.params, db, CLIENT_ADDRESS);
  const body: unknown = await response.clone().json();
  expect(response.status, JSON.stringify(body)).toBeLessThan(500);
  expect(response.headers.get("content-type")).toBe(response.status >= 400 ? "application/problem+json" : "application/json");
  expectDocumented(route.def, response.status, body);
  return response;
}

export async function callApi(
  db: Db,
  method: string,
  path: string,
  options: { token?: string | null; body?: unknown; rawBody?: string; headers?: Record<string, string> } = {},
): Promise<ApiAnswer> {
  const headers = new Headers(options.headers);
  if (options.token) headers.set("authorization", `Bearer ${options.token}`);
  const text = options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
  if (text !== undefined) headers.set("content-type", "application/json");
  const response = await serve(db, new Request(new URL(path, API_ORIGIN), { method, headers, body: text }));
  return { status: response.status, headers: response.headers, body: (await response.json()) as ApiAnswer["body"] };
}

/** The typed client (openapi-fetch over the generated types), served in process and checked like callApi. */
export function typedApi(db: Db, token: string) {
  return createClient<paths>({ baseUrl: API_ORIGIN, headers: { authorization: `Bearer ${token}` }, fetch: (request) => serve(db, request) });
}

/** A live key of this member, for these permissions (all they hold by default). */
export async function keyFor(db: Db, access: Access, permissions: Permission[] = [...access.permissions], name = "Test key") {
  const { key, token } = await createApiKey(db, access, { orgId: access.orgId, name, expiresInDays: 30, permissions });
  return { key, token };
}
