// Sends a SCIM request through the real guard (lib/scim/handler.ts) to the handler that serves
// its route and method, as the route files bind them.
import type { Db } from "@/db";
import { matchRoute } from "@/lib/authz/routes";
import { SCIM_HANDLERS } from "@/lib/actions/registry";
import { executeScimHandler } from "@/lib/scim/handler";

const ORIGIN = "https://switchboard.test";

export type ScimReply = { status: number; contentType: string | null; body: unknown };

export async function scimRequest(db: Db, token: string | null, method: string, path: string, body?: unknown): Promise<ScimReply> {
  const url = new URL(`/scim/v2${path}`, ORIGIN);
  const route = matchRoute(url.pathname);
  const definition = SCIM_HANDLERS.find((def) => def.route === route && def.method === method);
  if (!definition) throw new Error(`No SCIM handler for ${method} ${url.pathname}`);
  const params: Record<string, string> = {};
  const idMatch = /\/(?:Users|Groups)\/([^/?]+)$/.exec(url.pathname);
  if (idMatch) params.id = decodeURIComponent(idMatch[1]);
  const request = new Request(url, {
    method,
    headers: { ...(token !== null && { authorization: `Bearer ${token}` }), "content-type": "application/scim+json" },
    ...(body !== undefined && { body: typeof body === "string" ? body : JSON.stringify(body) }),
  });
  const response = await executeScimHandler(definition, request, params, db);
  const text = await response.text();
  return { status: response.status, contentType: response.headers.get("content-type"), body: text ? (JSON.parse(text) as unknown) : null };
}
