// The one path every public API request takes (app/api/v1/**): bearer key -> fresh access of its
// creator capped at the key -> two-factor -> plan -> rate limits -> permission -> plan gate ->
// zod (path, query, body) -> If-Match -> Idempotency-Key -> the same service the server action
// runs. Refusals are RFC 9457 problem details in the registry's words.
import { createHash } from "node:crypto";
import { z } from "zod";
import type { Db } from "@/db";
import { claimIdempotencyKey, findIdempotencyKey, releaseIdempotencyKey, storeIdempotentResponse } from "@/db/queries/api-keys";
import type { ApiKey } from "@/db/schema";
import { can, lackingMessage, type Access } from "@/lib/authz/check";
import type { Permission } from "@/lib/authz/permissions";
import { DomainError, type FieldErrors } from "@/lib/errors";
import { apiUnavailable, canUseApi, canUseCustomRoles, customRolesUnavailable } from "@/lib/plans";
import { apiAllowances, takeAllowancesCounted, type AllowanceState } from "@/lib/rate-limits";
import { STALE_MEMBER_ROLE_MESSAGE, STALE_ROLE_MESSAGE } from "@/lib/roles/service";
import { noteUse } from "@/lib/roles/usage";
import { mustSetUpTwoFactor, TWO_FACTOR_REQUIRED_MESSAGE } from "@/lib/two-factor/policy";
import { authenticateApiKey } from "./keys";
import { problem } from "./problem";

type ApiMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/** What a handler answers: a JSON body, and the resource's ETag when it has one. */
export type ApiReply = { status: number; body: unknown; etag?: string };

type Shape = z.ZodObject | undefined;
type Out<S> = S extends z.ZodType ? z.output<S> : undefined;

export type ApiDefinition<P extends Shape = Shape, Q extends Shape = Shape, B extends z.ZodType | undefined = z.ZodType | undefined> = {
  /** The file's route, as Next writes it: /api/v1/roles/[roleId]. */
  route: `/api/v1${string}`;
  method: ApiMethod;
  operationId: string;
  summary: string;
  /** null: any live key (the permission registry). */
  permission: Permission | null;
  /** Refused on plans without custom roles before the input is read. */
  plan?: "customRoles";
  /** Path parameters: an id that does not parse is simply not found. */
  params?: P;
  query?: Q;
  /** The query names ids of the organisation: one it does not hold is not found (404), as in a path. */
  queryIds?: true;
  body?: B;
  /** The answer carries a secret shown once: no Idempotency-Key, whose kept answer would hold it in clear. */
  answerHoldsSecret?: true;
  /** A write that needs If-Match with the ETag last read (428 without it, 412 when stale). */
  ifMatch?: true;
  /** Documented answers besides the problem details every operation may give. */
  responses: Record<number, { description: string; schema: z.ZodType; etag?: true }>;
  run(context: { db: Db; actor: Access; key: ApiKey; params: Out<P>; query: Out<Q>; body: Out<B>; ifMatch: string | null }): Promise<ApiReply>;
};

export function defineApi<P extends Shape = undefined, Q extends Shape = undefined, B extends z.ZodType | undefined = undefined>(
  definition: ApiDefinition<P, Q, B>,
) {
  return definition;
}

/** A route served without a key (the OpenAPI document): it must read nothing of any organisation. */
export type OpenApiRoute = { route: `/api/v1${string}`; method: "GET"; open: true; run(): Promise<ApiReply> };

/** Services refuse a save based on an old version as a conflict; over HTTP that is a failed precondition. */
const STALE = new Set([STALE_ROLE_MESSAGE, STALE_MEMBER_ROLE_MESSAGE]);

/** The entity tag an If-Match names, without weakness or quotes; "*" for any. */
function ifMatchTag(header: string | null): string | null {
  const first = header?.split(",")[0]?.trim();
  if (!first) return null;
  return first === "*" ? "*" : first.replace(/^W\//, "").replace(/^"(.*)"$/, "$1");
}

const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,255}$/;

function rateHeaders(state: AllowanceState): Record<string, string> {
  return {
    "ratelimit-policy": `"default";q=${state.limit};w=60`,
    ratelimit: `"default";r=${state.remaining};t=${state.resetSeconds}`,
  };
}

function json(reply: ApiReply, headers: Record<string, string>): Response {
  return new Response(JSON.stringify(reply.body), {
    status: reply.status,
    headers: { "content-type": "application/json", "cache-control": "no-store", ...(reply.etag ? { etag: `"${reply.etag}"` } : {}), ...headers },
  });
}

function fieldErrorsOf(error: z.ZodError): { message: string; errors: FieldErrors } {
  const { formErrors, fieldErrors } = z.flattenError(error);
  const errors: FieldErrors = Object.fromEntries(Object.entries(fieldErrors).filter((entry): entry is [string, string[]] => Array.isArray(entry[1])));
  return { message: formErrors[0] ?? "Some fields need attention.", errors };
}

async function readBody(request: Request): Promise<{ ok: true; text: string; value: unknown } | { ok: false }> {
  const text = await request.text();
  if (!text.trim()) return { ok: true, text, value: {} };
  try {
    return { ok: true, text, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

export async function executeApi(
  definition: ApiDefinition | OpenApiRoute,
  request: Request,
  rawParams: Record<string, string>,
  db: Db,
  address: string,
): Promise<Response> {
  if ("open" in definition) return json(await definition.run(), {});
  const caller = await authenticateApiKey(db, request.headers.get("authorization"), address);
  if (!caller) {
    return problem("unauthenticated", "Send a live API key as “Authorization: Bearer <key>”. Keys are created under Settings › API keys.", {
      headers: { "www-authenticate": 'Bearer realm="switchboard"' },
    });
  }
  const { key, access: actor } = caller;
  if (mustSetUpTwoFactor(actor)) return problem("forbidden", TWO_FACTOR_REQUIRED_MESSAGE);
  if (!canUseApi(actor.plan)) return problem("plan", apiUnavailable(actor.plan));

  const allowance = await db.transaction((tx) => takeAllowancesCounted(tx, apiAllowances(key.id, actor.orgId)));
  const limits = rateHeaders(allowance);
  if (allowance.message) return problem("rate_limited", allowance.message, { headers: { ...limits, "retry-after": String(allowance.resetSeconds) } });
  const refuse = (...args: Parameters<typeof problem>) => {
    const response = problem(...args);
    for (const [name, value] of Object.entries(limits)) response.headers.set(name, value);
    return response;
  };

  if (definition.permission && !can(actor, definition.permission)) return refuse("forbidden", lackingMessage(definition.permission));
  noteUse(db, actor, definition.permission);
  if (definition.plan === "customRoles" && !canUseCustomRoles(actor.plan)) return refuse("plan", customRolesUnavailable(actor.plan));

  const params = definition.params ? definition.params.safeParse(rawParams) : { success: true as const, data: undefined };
  if (!params.success) return refuse("not_found", "That item does not exist or was removed.");
  const query = definition.query
    ? definition.query.safeParse(Object.fromEntries(new URL(request.url).searchParams))
    : { success: true as const, data: undefined };
  if (!query.success) {
    const { message, errors } = fieldErrorsOf(query.error);
    return refuse("invalid", message, { errors });
  }
  let bodyText = "";
  let body: unknown = undefined;
  if (definition.body) {
    const read = await readBody(request);
    if (!read.ok) return refuse("bad_request", "The request body must be JSON.");
    const parsed = definition.body.safeParse(read.value);
    if (!parsed.success) {
      const { message, errors } = fieldErrorsOf(parsed.error);
      return refuse("invalid", message, { errors });
    }
    bodyText = read.text;
    body = parsed.data;
  }
  const ifMatch = ifMatchTag(request.headers.get("if-match"));
  if (definition.ifMatch && !ifMatch)
    return refuse("precondition_required", "Send If-Match with the ETag you last read, so a change made since is not overwritten.");

  // Idempotency-Key: the first answer is kept per key; a retry gets it back and writes nothing.
  const idempotencyKey = definition.method === "POST" ? request.headers.get("idempotency-key") : null;
  if (idempotencyKey !== null) {
    if (definition.answerHoldsSecret)
      return refuse("bad_request", "This request does not take an Idempotency-Key: its answer holds a secret that is shown once and never kept.");
    if (!IDEMPOTENCY_KEY.test(idempotencyKey)) return refuse("bad_request", "Idempotency-Key must be 1 to 255 visible ASCII characters.");
    const requestHash = createHash("sha256")
      .update(`${definition.method} ${new URL(request.url).pathname}\n${bodyText}`)
      .digest("hex");
    if (!(await claimIdempotencyKey(db, key.id, idempotencyKey, requestHash))) {
      const first = await findIdempotencyKey(db, key.id, idempotencyKey);
      if (first && first.requestHash !== requestHash) return refuse("unprocessable", "This Idempotency-Key was already used for a different request.");
      if (!first || first.status === null || first.body === null)
        return refuse("conflict", "A request with this Idempotency-Key is still being processed. Retry shortly.");
      return new Response(first.body, { status: first.status, headers: { ...first.headers, ...limits, "idempotent-replayed": "true" } });
    }
    let response: Response;
    try {
      response = await answer();
    } catch (error) {
      await releaseIdempotencyKey(db, key.id, idempotencyKey);
      throw error;
    }
    const kept = Object.fromEntries([...response.headers].filter(([name]) => name === "content-type" || name === "etag" || name === "location"));
    await storeIdempotentResponse(db, key.id, idempotencyKey, { status: response.status, headers: kept, body: await response.clone().text() });
    return response;
  }
  return answer();

  async function answer(): Promise<Response> {
    try {
      const reply = await definition.run({ db, actor, key, params: params.data, query: query.data, body, ifMatch });
      return json(reply, limits);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      if (error.code === "conflict" && STALE.has(error.message)) return refuse("precondition_failed", error.message);
      return refuse(error.code, error.message, error.fieldErrors ? { errors: error.fieldErrors } : {});
    }
  }
}
