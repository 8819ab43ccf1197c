// Binds a handler definition to the request: the session's member and the app's database.
import { getDb } from "@/db";
import { readSession } from "@/lib/auth/session-token";
import { handedAccess } from "@/lib/authz/handoff";
import { executeHandler, type HandlerDefinition } from "./route-handler";
import { executeScimHandler, type ScimHandlerDefinition } from "./scim/handler";

export function routeHandler<P extends Record<string, string>>(definition: HandlerDefinition<P>) {
  return async (request: Request, context: { params: Promise<P> }) => {
    const session = await readSession(request.headers);
    const handed = session && request.method === "GET" ? handedAccess(request.headers, session) : null;
    return executeHandler(definition, session, request, await context.params, getDb(), handed);
  };
}

/**
 * Binds a SCIM handler definition: a bearer token of one organisation, not a session. A route
 * without dynamic segments (/scim/v2/Users) gets no params from Next: an empty object then.
 */
export function scimRouteHandler<P extends Record<string, string>>(definition: ScimHandlerDefinition<P>) {
  return async (request: Request, context: { params: Promise<P | undefined> }) =>
    executeScimHandler(definition, request, (await context.params) ?? ({} as P), getDb());
}
