// The API reference page's content (/developers), read from the OpenAPI document the API serves,
// so the page cannot describe an operation, parameter or field the API does not have.
import { ALL_PERMISSIONS } from "@/lib/authz/permissions";
import { openApiDocument } from "./openapi";

export type JsonSchema = {
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  const?: unknown;
  default?: unknown;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  $ref?: string;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
};

type Parameter = { name: string; in: "path" | "query" | "header"; required: boolean; schema: JsonSchema; description?: string };
type Response = { description: string; content?: Record<string, { schema: JsonSchema }> };
type Operation = {
  operationId: string;
  summary: string;
  description?: string;
  parameters: Parameter[];
  requestBody?: { content: { "application/json": { schema: JsonSchema } } };
  responses: Record<string, Response>;
};

export const API_BASE = "/api/v1";

/** The registry's permission keys, named once on the page instead of spelled out in every schema. */
export const PERMISSION_KEY = "PermissionKey";

const GROUP_LABELS: Record<string, string> = {
  permissions: "Permissions",
  roles: "Roles",
  members: "Members",
  invitations: "Invitations",
  "audit-log": "Audit log",
  webhooks: "Webhooks",
};

const sameValues = (values: unknown[], against: readonly string[]) => values.length === against.length && against.every((v) => values.includes(v));

/** A schema as a short TypeScript-like type, objects one property a line; `?` marks an optional property. */
export function schemaText(schema: JsonSchema, indent = ""): string {
  if (schema.$ref) return schema.$ref.split("/").pop()!;
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives) return alternatives.map((s) => schemaText(s, indent)).join(" | ");
  if (schema.const !== undefined) return JSON.stringify(schema.const);
  if (schema.enum) return sameValues(schema.enum, ALL_PERMISSIONS) ? PERMISSION_KEY : schema.enum.map((v) => JSON.stringify(v)).join(" | ");
  const types = Array.isArray(schema.type) ? schema.type : [schema.type ?? "any"];
  if (types.length > 1) return types.map((type) => schemaText({ ...schema, type }, indent)).join(" | ");
  switch (types[0]) {
    case "object":
      return objectText(schema, indent);
    case "array": {
      const item = schemaText(schema.items ?? {}, indent);
      return item.includes(" | ") && !item.startsWith("{") ? `(${item})[]` : `${item}[]`;
    }
    case "string":
      return `string${notes([schema.format, schema.maxLength !== undefined && `at most ${schema.maxLength} characters`])}`;
    case "integer":
    case "number":
      return `${types[0]}${notes([bounded(schema) && `${schema.minimum} to ${schema.maximum}`])}`;
    default:
      return types[0];
  }
}

function objectText(schema: JsonSchema, indent: string): string {
  const properties = Object.entries(schema.properties ?? {});
  if (properties.length === 0) {
    const values = typeof schema.additionalProperties === "object" ? schema.additionalProperties : null;
    return values ? `{ [key: string]: ${schemaText(values, indent)} }` : "{}";
  }
  const required = new Set(schema.required ?? []);
  const inner = indent + "  ";
  const lines = properties.map(([name, property]) => `${inner}${name}${required.has(name) ? "" : "?"}: ${propertyText(name, property, inner)}`);
  return `{\n${lines.join("\n")}\n${indent}}`;
}

// Input schemas take permission keys as strings (the registry checks them, with its own words).
const propertyText = (name: string, schema: JsonSchema, indent: string) =>
  name === "permissions" && schema.type === "array" && schema.items?.type === "string" && !schema.items.enum
    ? `${PERMISSION_KEY}[]`
    : schemaText(schema, indent);

// zod writes ±2^53 around every integer: only a real range says anything.
const bounded = (schema: JsonSchema) =>
  schema.minimum !== undefined && schema.maximum !== undefined && Math.abs(schema.minimum) < 1e9 && Math.abs(schema.maximum) < 1e9;

function notes(parts: (string | false | undefined)[]): string {
  const kept = parts.filter(Boolean);
  return kept.length ? ` (${kept.join(", ")})` : "";
}

const EXAMPLE_STRINGS: Record<string, string> = {
  uuid: "00000000-0000-4000-8000-000000000000",
  email: "ana@example.com",
  uri: "https://hooks.example.com/switchboard",
  "date-time": "2026-01-01T00:00:00Z",
};

// Values a schema alone cannot tell (permission keys are checked against the registry, not an
// enum), in order of preference for a body that requires nothing.
const EXAMPLE_BY_NAME: Record<string, unknown> = {
  permissions: ["members.view"],
  name: "QA Lead",
  email: "ana@example.com",
  url: "https://hooks.example.com/switchboard",
  events: ["role.created"],
  ids: "$ROLE_ID,$OTHER_ROLE_ID",
  roleId: "$ROLE_ID",
};

/** A small valid value for a schema: required properties only, the first of each choice. */
export function exampleOf(schema: JsonSchema, name?: string): unknown {
  if (name && name in EXAMPLE_BY_NAME) return EXAMPLE_BY_NAME[name];
  if (schema.default !== undefined) return schema.default;
  if (schema.const !== undefined) return schema.const;
  if (schema.enum) return schema.enum[0];
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives) return exampleOf(alternatives.find((s) => s.type !== "null") ?? alternatives[0]);
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== "null") : schema.type;
  switch (type) {
    case "object": {
      const properties = Object.entries(schema.properties ?? {});
      // Nothing required (a PATCH): one property, preferably one with a telling example.
      const chosen = schema.required?.length
        ? properties.filter(([key]) => schema.required!.includes(key))
        : [Object.keys(EXAMPLE_BY_NAME).flatMap((name) => properties.filter(([key]) => key === name))[0] ?? properties[0]].filter(Boolean);
      return Object.fromEntries(chosen.map(([key, s]) => [key, exampleOf(s, key)]));
    }
    case "array":
      return [exampleOf(schema.items ?? {})];
    case "string":
      return EXAMPLE_STRINGS[schema.format ?? ""] ?? "string";
    case "integer":
    case "number":
      return schema.minimum !== undefined && bounded(schema) ? schema.minimum : 1;
    case "boolean":
      return true;
    default:
      return null;
  }
}

/** `roleId` → `$ROLE_ID`: a shell variable for a path parameter. */
const shellVariable = (name: string) => `$${name.replace(/([a-z])([A-Z])/g, "$1_$2").toUpperCase()}`;

/** Single quotes, or double quotes when the text uses a shell variable such as $ROLE_ID. */
const shellQuoted = (text: string) => (text.includes("$") ? `"${text.replaceAll('"', '\\"')}"` : `'${text}'`);

/** A curl command for the operation, with `$KEY` and `$API` as the README sets them. */
function curlExample(method: string, path: string, operation: Operation): string {
  const url = path.replace(/\{(\w+)\}/g, (_m, name: string) => shellVariable(name));
  const query = operation.parameters
    .filter((p) => p.in === "query" && p.required)
    .map((p) => `${p.name}=${String(exampleOf(p.schema, p.name))}`)
    .join("&");
  const lines = [`curl -s${method === "GET" ? "" : ` -X ${method}`} "$API${url}${query ? `?${query}` : ""}"`, `-H "Authorization: Bearer $KEY"`];
  if (operation.parameters.some((p) => p.name === "If-Match")) lines.push(`-H "If-Match: $ETAG"`);
  const body = operation.requestBody?.content["application/json"].schema;
  if (body) lines.push(`-H 'Content-Type: application/json'`, `-d ${shellQuoted(JSON.stringify(exampleOf(body)))}`);
  return lines.join(" \\\n  ");
}

export type ReferenceOperation = {
  id: string;
  method: string;
  path: string;
  summary: string;
  permission: string | null;
  parameters: { name: string; in: string; required: boolean; type: string; description: string }[];
  requestBody: string | null;
  /** A body to start from in "Try it". */
  exampleBody: string | null;
  responses: { status: string; description: string; type: string }[];
  errors: string[];
  curl: string;
};

type ReferenceGroup = { id: string; label: string; operations: ReferenceOperation[] };

function referenceOperation(method: string, fullPath: string, operation: Operation): ReferenceOperation {
  const path = fullPath.slice(API_BASE.length);
  const statuses = Object.entries(operation.responses);
  const isProblem = (r: Response) => Boolean(r.content?.["application/problem+json"]);
  const body = operation.requestBody?.content["application/json"].schema;
  return {
    id: operation.operationId,
    method,
    path,
    summary: operation.summary,
    permission: operation.description?.match(/`([^`]+)`/)?.[1] ?? null,
    parameters: operation.parameters.map((p) => ({
      name: p.name,
      in: p.in,
      required: p.required,
      type: schemaText(p.schema),
      description: [p.description, p.schema.default !== undefined && `Default ${JSON.stringify(p.schema.default)}.`].filter(Boolean).join(" "),
    })),
    requestBody: body ? schemaText(body) : null,
    exampleBody: body ? JSON.stringify(exampleOf(body), null, 2) : null,
    responses: statuses
      .filter(([, r]) => !isProblem(r))
      .map(([status, r]) => ({ status, description: r.description, type: r.content ? schemaText(r.content["application/json"].schema) : "" })),
    errors: statuses.filter(([, r]) => isProblem(r)).map(([status]) => status),
    curl: curlExample(method, path, operation),
  };
}

type ApiReference = { groups: ReferenceGroup[]; problem: string };

let built: ApiReference | null = null;

/** Every operation of the document, grouped by the resource its path starts with, in the document's order. */
export function apiReference(): ApiReference {
  return (built ??= buildReference());
}

function buildReference(): ApiReference {
  const document = openApiDocument();
  const groups = new Map<string, ReferenceGroup>();
  for (const [fullPath, methods] of Object.entries(document.paths)) {
    const id = fullPath.slice(API_BASE.length + 1).split("/")[0];
    const group = groups.get(id) ?? { id, label: GROUP_LABELS[id] ?? id, operations: [] };
    groups.set(id, group);
    for (const [method, operation] of Object.entries(methods))
      group.operations.push(referenceOperation(method.toUpperCase(), fullPath, operation as Operation));
  }
  return { groups: [...groups.values()], problem: schemaText(document.components.schemas.Problem) };
}
