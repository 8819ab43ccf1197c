// The one path every route handler (downloads, exports) takes: the same checks as server
// actions (lib/action.ts), answered as HTTP statuses instead of form results.
import type { Db } from "@/db";
import type { AccessRow } from "@/db/queries/access";
import type { SessionClaims } from "@/lib/auth/session-token";
import { accessForSession, can, lackingMessage, loadSessionAccess, type Access } from "@/lib/authz/check";
import type { Permission } from "@/lib/authz/permissions";
import { noteUse } from "@/lib/roles/usage";
import type { RouteKey } from "@/lib/authz/routes";
import { DomainError, type FailureCode } from "@/lib/errors";
import { CROSS_ORIGIN_MESSAGE, isSameOrigin } from "@/lib/same-origin";
import { mustSetUpTwoFactor, TWO_FACTOR_REQUIRED_MESSAGE } from "@/lib/two-factor/policy";

export type HandlerDefinition<P extends Record<string, string> = Record<string, string>> = {
  /** The route-map entry this handler serves. */
  route: RouteKey;
  permission: Permission;
  run(context: { db: Db; actor: Access; params: P; request: Request }): Promise<Response>;
};

export function defineHandler<P extends Record<string, string>>(definition: HandlerDefinition<P>) {
  return definition;
}

const STATUS: Record<FailureCode, number> = {
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  plan: 402,
  invalid: 400,
  conflict: 409,
  rate_limited: 429,
};

const refuse = (code: FailureCode, message: string) =>
  new Response(message, { status: STATUS[code], headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });

export async function executeHandler<P extends Record<string, string>>(
  definition: HandlerDefinition<P>,
  session: SessionClaims | null,
  request: Request,
  params: P,
  db: Db,
  /** The row the proxy read for this same request, if it handed one over. */
  handed: AccessRow | null = null,
): Promise<Response> {
  if (request.method !== "GET" && request.method !== "HEAD" && !isSameOrigin(request.headers)) return refuse("forbidden", CROSS_ORIGIN_MESSAGE);
  const actor = handed && session && handed.memberId === session.memberId ? accessForSession(handed, session) : await loadSessionAccess(db, session);
  if (!actor) return refuse("unauthenticated", "Sign in to continue.");
  if (mustSetUpTwoFactor(actor)) return refuse("forbidden", TWO_FACTOR_REQUIRED_MESSAGE);
  if (!can(actor, definition.permission)) return refuse("forbidden", lackingMessage(definition.permission));
  noteUse(db, actor, definition.permission);
  try {
    return await definition.run({ db, actor, params, request });
  } catch (error) {
    if (error instanceof DomainError) return refuse(error.code, error.message);
    throw error;
  }
}
