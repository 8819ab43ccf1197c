// The typed client the project's own tests use: its types are the committed schema.d.ts, which
// must be what the served document generates today, and its calls are typed end to end
// (paths, parameters, bodies and each documented answer, problem details included).
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { keyFor, typedApi } from "@/test/api-client";
import { useFreshDatabase } from "@/test/database";
import { ownerOrg } from "@/test/fixtures";
import { apiTypesSource, SCHEMA_FILE } from "./generate";

const db = useFreshDatabase();

describe("the typed client", () => {
  it("is generated from the document the server serves", async () => {
    const committed = fs.readFileSync(SCHEMA_FILE, "utf8");
    expect(committed === (await apiTypesSource()), `${SCHEMA_FILE} is out of date with the OpenAPI document: run npm run api:types`).toBe(true);
  });

  it("creates a role, edits it and assigns it with If-Match, reads the audit log, and types a stale If-Match as a 412", async () => {
    const made = await ownerOrg(db);
    const agent = await made.member("agent");
    const api = typedApi(db, (await keyFor(db, made.ownerAccess, undefined, "Typed client")).token);

    const created = await api.POST("/api/v1/roles", { body: { name: "QA Lead", description: "Runs test plans", permissions: ["members.view"] } });
    expect(created.response.status).toBe(201);
    const role = created.data!;
    expect(role).toMatchObject({ name: "QA Lead", version: 1, permissions: ["members.view"] });

    const edited = await api.PATCH("/api/v1/roles/{roleId}", {
      params: { path: { roleId: role.id }, header: { "If-Match": created.response.headers.get("etag")! } },
      body: { permissions: ["members.view", "roles.assign"] },
    });
    expect(edited.data).toMatchObject({ version: 2, permissions: ["members.view", "roles.assign"] });

    const member = await api.GET("/api/v1/members/{memberId}", { params: { path: { memberId: agent.id } } });
    const assigned = await api.PUT("/api/v1/members/{memberId}/role", {
      params: { path: { memberId: agent.id }, header: { "If-Match": member.response.headers.get("etag")! } },
      body: { roleId: role.id },
    });
    expect(assigned.data?.role).toEqual({ id: role.id, name: "QA Lead", kind: "custom" });

    const stale = await api.PATCH("/api/v1/roles/{roleId}", {
      params: { path: { roleId: role.id }, header: { "If-Match": '"1"' } },
      body: { name: "QA Lead (stale)" },
    });
    expect(stale.response.status).toBe(412);
    expect(stale.error).toMatchObject({ status: 412, code: "precondition_failed" });
    expect(stale.data).toBeUndefined();

    const log = await api.GET("/api/v1/audit-log", { params: { query: { targetId: role.id } } });
    expect(log.data!.data.map((event) => [event.action, event.actorName])).toEqual([
      ["role.updated", `${made.owner.name} (API key “Typed client”)`],
      ["role.created", `${made.owner.name} (API key “Typed client”)`],
    ]);
    const changes = await api.GET("/api/v1/audit-log", { params: { query: { action: "member.role_changed", targetId: agent.id } } });
    expect(changes.data!.data).toHaveLength(1);
  });
});
