// POST /api/qa/organizations: a throwaway organisation with an Owner, an Admin, a few Agents,
// one password and an Owner's API key. Off unless the server has QA_TOKEN set (Playwright sets
// one per run); the request must carry it as a bearer token. Never set it where customers are.
import { createHash, timingSafeEqual } from "node:crypto";
import { getDb, type Db } from "@/db";
import { problem } from "@/lib/api/problem";
import { createQaOrganization, qaOrganizationInput } from "./organizations";

type Env = Record<string, string | undefined>;

const digest = (value: string) => createHash("sha256").update(value).digest();

/** Whether the request carries the server's QA token; false wherever none is set. */
function carriesQaToken(request: Request, env: Env = process.env): boolean {
  const expected = env.QA_TOKEN;
  const given = request.headers.get("authorization")?.match(/^Bearer (.+)$/)?.[1];
  if (!expected || !given) return false;
  return timingSafeEqual(digest(given), digest(expected));
}

export const createQaOrganizationRoute = (request: Request) => answerQaOrganization(getDb(), request);

export async function answerQaOrganization(db: Db, request: Request, env: Env = process.env): Promise<Response> {
  // Unset: the endpoint does not exist, as far as anyone can tell.
  if (!env.QA_TOKEN) return problem("not_found", "Not found.");
  if (!carriesQaToken(request, env)) return problem("unauthenticated", "Send the server's QA_TOKEN as a bearer token.");
  let body: unknown;
  try {
    const text = await request.text();
    body = text ? JSON.parse(text) : {};
  } catch {
    return problem("bad_request", "The body is not JSON.");
  }
  const input = qaOrganizationInput.safeParse(body);
  if (!input.success) return problem("invalid", input.error.issues.map((issue) => `${issue.path.join(".") || "body"}: ${issue.message}`).join("; "));
  const created = await createQaOrganization(db, input.data);
  return new Response(JSON.stringify(created), { status: 201, headers: { "content-type": "application/json", "cache-control": "no-store" } });
}
