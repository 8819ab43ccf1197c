// The one path every SCIM route handler takes: a bearer token of one organisation instead of a
// session (no cookie, so no same-origin check), the Enterprise plan, the token's rate limit,
// then the handler. Refusals are SCIM error bodies (RFC 7644 §3.12).
import type { Db } from "@/db";
import type { RouteKey } from "@/lib/authz/routes";
import { DomainError } from "@/lib/errors";
import { canUseDirectory, directoryUnavailable } from "@/lib/plans";
import { RATE_LIMITS, scimAllowances, takeAllowances } from "@/lib/rate-limits";
import { scimActorName, type ScimActor } from "./actor";
import { ScimError, scimErrorResponse, scimJson } from "./protocol";
import { authenticateScimToken } from "./tokens";

export type ScimHandlerDefinition<P extends Record<string, string> = Record<string, string>> = {
  /** The route-map entry this handler serves. */
  route: RouteKey;
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  /** Marks the guard: a SCIM bearer token, not a session. */
  guard: "scimToken";
  /** The body: a resource to send as JSON (200, or `status`), or null for 204 No Content. */
  run(context: { db: Db; actor: ScimActor; params: P; request: Request }): Promise<{ body: unknown; status?: number } | null>;
};

export function defineScimHandler<P extends Record<string, string>>(definition: Omit<ScimHandlerDefinition<P>, "guard">): ScimHandlerDefinition<P> {
  return { ...definition, guard: "scimToken" };
}

/** Where the SCIM API lives, for resources' meta.location. */
const scimBaseUrl = (request: Request) => `${new URL(request.url).origin}/scim/v2`;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const UNAUTHORIZED = () => scimErrorResponse(401, "A valid SCIM bearer token is required.", undefined, { "www-authenticate": 'Bearer realm="SCIM"' });

export async function executeScimHandler<P extends Record<string, string>>(
  definition: ScimHandlerDefinition<P>,
  request: Request,
  params: P,
  db: Db,
): Promise<Response> {
  const token = await authenticateScimToken(db, request.headers.get("authorization"));
  if (!token) return UNAUTHORIZED();
  if (!canUseDirectory(token.plan)) return scimErrorResponse(403, directoryUnavailable(token.plan));
  try {
    await takeAllowances(db, scimAllowances(token.id));
  } catch (error) {
    if (error instanceof DomainError && error.code === "rate_limited") {
      return scimErrorResponse(429, error.message, "tooMany", { "retry-after": String(RATE_LIMITS.scimPerToken.windowMs / 1000) });
    }
    throw error;
  }
  // Ids are uuids: anything else names nothing here.
  if (typeof params.id === "string" && !UUID.test(params.id)) return scimErrorResponse(404, "Resource not found.");
  const actor: ScimActor = { tokenId: token.id, orgId: token.orgId, name: scimActorName(token.name), baseUrl: scimBaseUrl(request) };
  try {
    const result = await definition.run({ db, actor, params, request });
    return result === null ? new Response(null, { status: 204, headers: { "cache-control": "no-store" } }) : scimJson(result.body, result.status ?? 200);
  } catch (error) {
    if (error instanceof ScimError) return scimErrorResponse(error.status, error.message, error.scimType);
    if (error instanceof DomainError) {
      const status = { unauthenticated: 401, forbidden: 403, not_found: 404, plan: 403, invalid: 400, conflict: 409, rate_limited: 429 }[error.code];
      return scimErrorResponse(status, error.message, error.code === "invalid" ? "invalidValue" : error.code === "conflict" ? "uniqueness" : undefined);
    }
    throw error;
  }
}
