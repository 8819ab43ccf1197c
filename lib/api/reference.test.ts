import { describe, expect, it } from "vitest";
import { API_HANDLERS } from "./registry";
import { apiReference, exampleOf, PERMISSION_KEY, schemaText, type JsonSchema } from "./reference";
import { openApiDocument } from "./openapi";

const operations = apiReference().groups.flatMap((g) => g.operations.map((op) => ({ ...op, group: g.label })));

describe("the API reference", () => {
  it("lists every operation once, with its method, path and permission", () => {
    expect(operations.map((op) => op.id).sort()).toEqual(API_HANDLERS.map((def) => def.operationId).sort());
    for (const def of API_HANDLERS) {
      const op = operations.find((o) => o.id === def.operationId)!;
      expect(`${op.method} /api/v1${op.path}`).toBe(`${def.method} ${def.route.replace(/\[([^\]]+)\]/g, "{$1}")}`);
      expect(op.permission, def.operationId).toBe(def.permission);
    }
    expect(operations.find((op) => op.method === "GET" && op.path === "/roles")).toMatchObject({ group: "Roles", permission: "roles.assign" });
  });

  it("gives each operation with a body an example body the endpoint accepts", () => {
    const document = openApiDocument() as unknown as {
      paths: Record<string, Record<string, { requestBody?: { content: Record<string, { schema: JsonSchema }> } }>>;
    };
    for (const def of API_HANDLERS.filter((d) => d.body)) {
      const path = def.route.replace(/\[([^\]]+)\]/g, "{$1}");
      const body = document.paths[path][def.method.toLowerCase()].requestBody!.content["application/json"].schema;
      // The shell variables stand for ids.
      const example = JSON.parse(JSON.stringify(exampleOf(body)).replaceAll(/\$[A-Z_]+/g, "00000000-0000-4000-8000-000000000000")) as unknown;
      const parsed = def.body!.safeParse(example);
      expect(parsed.success, `${def.operationId}: ${JSON.stringify(exampleOf(body))}`).toBe(true);
    }
  });

  it("writes curl with the key, If-Match where needed, and the body", () => {
    const update = operations.find((op) => op.id === "updateRole")!;
    expect(update.curl).toContain(`curl -s -X PATCH "$API/roles/$ROLE_ID"`);
    expect(update.curl).toContain(`-H "Authorization: Bearer $KEY"`);
    expect(update.curl).toContain(`-H "If-Match: $ETAG"`);
    expect(operations.find((op) => op.id === "assignMemberRole")!.curl).toContain(`-d "{\\"roleId\\":\\"$ROLE_ID\\"}"`);
    expect(operations.find((op) => op.id === "compareRoles")!.curl).toContain(`"$API/roles/compare?ids=$ROLE_ID,$OTHER_ROLE_ID"`);
  });

  it("writes schemas as short types", () => {
    const schema: JsonSchema = {
      type: "object",
      properties: {
        id: { type: "string", format: "uuid" },
        note: { type: ["string", "null"] },
        limit: { type: "integer", minimum: 1, maximum: 100 },
        status: { type: "array", items: { type: "string", enum: ["active", "deactivated"] } },
      },
      required: ["id", "limit"],
    };
    expect(schemaText(schema)).toBe(
      ["{", "  id: string (uuid)", "  note?: string | null", "  limit: integer (1 to 100)", '  status?: ("active" | "deactivated")[]', "}"].join("\n"),
    );
    const roles = operations.find((op) => op.id === "listRoles")!.responses[0].type;
    expect(roles).toContain(`permissions: ${PERMISSION_KEY}[]`);
    expect(roles).toContain(`kind: "owner" | "admin" | "agent" | "custom"`);
  });
});
