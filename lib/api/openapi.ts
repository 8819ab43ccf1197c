// The OpenAPI 3.1 document, generated from the zod schemas the endpoints validate with (zod 4's
// own JSON Schema output, draft 2020-12, which OpenAPI 3.1 uses as is): the two cannot drift.
import { z } from "zod";
import { FAILURE_STATUS } from "./problem";
import type { ApiDefinition, OpenApiRoute } from "./handler";
import { API_HANDLERS } from "./registry";
import { problemSchema } from "./schemas";

type JsonSchema = Record<string, unknown>;

const schemaOf = (schema: z.ZodType, io: "input" | "output"): JsonSchema => {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: "any" }) as JsonSchema;
  return rest;
};

const pathOf = (route: string) => route.replace(/\[([^\]]+)\]/g, "{$1}");

const PROBLEM = { $ref: "#/components/schemas/Problem" };

function problems(def: ApiDefinition): Record<string, unknown> {
  const statuses = new Set([401, 402, 403, 429]);
  if (def.params || def.queryIds) statuses.add(404);
  if (def.query || def.body) statuses.add(422);
  if (def.body) statuses.add(400);
  if (def.ifMatch) [409, 412, 428].forEach((s) => statuses.add(s));
  if (def.method === "POST") [400, 409, 422].forEach((s) => statuses.add(s));
  if (def.method !== "GET") [404, 409, 422].forEach((s) => statuses.add(s));
  const described = Object.values(FAILURE_STATUS);
  return Object.fromEntries(
    [...statuses]
      .filter((s) => described.includes(s))
      .sort()
      .map((s) => [String(s), { description: "Problem details (RFC 9457)", content: { "application/problem+json": { schema: PROBLEM } } }]),
  );
}

function parameters(def: ApiDefinition) {
  const out: unknown[] = [];
  for (const [location, shape] of [
    ["path", def.params],
    ["query", def.query],
  ] as const) {
    if (!shape) continue;
    const json = schemaOf(shape, "input") as { properties?: Record<string, JsonSchema>; required?: string[] };
    for (const [name, schema] of Object.entries(json.properties ?? {})) {
      out.push({ name, in: location, required: location === "path" || (json.required ?? []).includes(name), schema });
    }
  }
  if (def.ifMatch) out.push({ name: "If-Match", in: "header", required: true, schema: { type: "string" }, description: "The ETag last read." });
  if (def.method === "POST" && !def.answerHoldsSecret)
    out.push({
      name: "Idempotency-Key",
      in: "header",
      required: false,
      schema: { type: "string", maxLength: 255 },
      description: "A retry with the same key returns the first answer.",
    });
  return out;
}

function operation(def: ApiDefinition) {
  return {
    operationId: def.operationId,
    summary: def.summary,
    ...(def.permission ? { description: `Needs the API key and its creator to hold the permission \`${def.permission}\`.` } : {}),
    parameters: parameters(def),
    ...(def.body ? { requestBody: { required: true, content: { "application/json": { schema: schemaOf(def.body, "input") } } } } : {}),
    responses: {
      ...Object.fromEntries(
        Object.entries(def.responses).map(([status, r]) => [
          status,
          {
            description: r.description,
            ...(r.etag ? { headers: { ETag: { schema: { type: "string" } } } } : {}),
            content: { "application/json": { schema: schemaOf(r.schema, "output") } },
          },
        ]),
      ),
      ...problems(def),
    },
  };
}

export function openApiDocument() {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const def of API_HANDLERS) (paths[pathOf(def.route)] ??= {})[def.method.toLowerCase()] = operation(def);
  return {
    openapi: "3.1.0",
    info: {
      title: "Switchboard API",
      version: "1.0.0",
      description: "Roles, members, the audit log and webhook endpoints. Authenticate with `Authorization: Bearer <API key>`.",
    },
    servers: [{ url: "/" }],
    security: [{ apiKey: [] }],
    components: {
      securitySchemes: { apiKey: { type: "http", scheme: "bearer", description: "An API key from Settings › API keys." } },
      schemas: { Problem: schemaOf(problemSchema, "output") },
    },
    paths,
  };
}

export const openApiRoute: OpenApiRoute = {
  route: "/api/v1/openapi.json",
  method: "GET",
  open: true,
  run: () => Promise.resolve({ status: 200, body: openApiDocument() }),
};
