// Errors of the public API as RFC 9457 problem details (application/problem+json).
import { STATUS_CODES } from "node:http";
import type { FailureCode, FieldErrors } from "@/lib/errors";

const PROBLEM_TYPE = "application/problem+json";

type Problem = { type: string; title: string; status: number; detail: string; code: string; errors?: FieldErrors };

export type ApiFailure = FailureCode | "precondition_failed" | "precondition_required" | "unprocessable" | "bad_request" | "method";

export const FAILURE_STATUS: Record<ApiFailure, number> = {
  bad_request: 400,
  invalid: 422,
  unprocessable: 422,
  unauthenticated: 401,
  plan: 402,
  forbidden: 403,
  not_found: 404,
  method: 405,
  conflict: 409,
  precondition_failed: 412,
  precondition_required: 428,
  rate_limited: 429,
};

export function problem(code: ApiFailure, detail: string, extra: { errors?: FieldErrors; headers?: Record<string, string> } = {}): Response {
  const status = FAILURE_STATUS[code];
  const body: Problem = {
    type: "about:blank",
    title: STATUS_CODES[status] ?? "Error",
    status,
    detail,
    code,
    ...(extra.errors ? { errors: extra.errors } : {}),
  };
  return new Response(JSON.stringify(body), { status, headers: { "content-type": PROBLEM_TYPE, "cache-control": "no-store", ...extra.headers } });
}
