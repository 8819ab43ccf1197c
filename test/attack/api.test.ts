// The public API's authorization matrix and bad-input pass, generated from API_HANDLERS: every
// operation tried with no key, an expired key, a revoked key, a key whose creator was
// deactivated, a key lacking the permission (creator lacking it, or the key alone lacking it),
// a key of another organisation, and a key holding only the permission and its needs. Then
// fast-check sends generated ids, queries, bodies and headers to every operation: never a 500,
// and every answer matches the OpenAPI document (callApi checks it).
import fc from "fast-check";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { Db } from "@/db";
import { apiKeys, invitations, rateLimits, webhookDeliveries, webhookEndpoints } from "@/db/schema";
import type { ApiDefinition } from "@/lib/api/handler";
import { revokeApiKey } from "@/lib/api/keys";
import { API_HANDLERS } from "@/lib/api/registry";
import { ALL_PERMISSIONS } from "@/lib/authz/permissions";
import { callApi, keyFor } from "@/test/api-client";
import { useFreshDatabase } from "@/test/database";
import { inviteMember } from "@/lib/members/invitations";
import { createWebhookEndpoint } from "@/lib/webhooks/endpoints";
import { accessOf, allExcept, memberRow, ownerOrg, roleRow, setStatus, withNeeds } from "@/test/fixtures";

const db = useFreshDatabase();
const RUNS = Number(process.env.API_BAD_INPUT_RUNS ?? 30);

async function makeApiScene(database: Db) {
  const made = await ownerOrg(database, "business");
  const target = await made.customRole("Matrix target", ["members.view"]);
  const viewer = await made.customRole("Matrix viewer", ["members.view"]);
  const agent = await made.member({ roleId: viewer.id });
  const { invitation } = await inviteMember(database, made.ownerAccess, { email: `matrix-${crypto.randomUUID()}@example.test`, roleId: target.id });
  // A public IP literal: saving checks the address without DNS, and the matrix sends nothing.
  const { endpoint } = await createWebhookEndpoint(database, made.ownerAccess, {
    orgId: made.org.id,
    url: "https://203.0.113.10/matrix",
    description: "",
    events: ["role.created"],
  });
  const [delivery] = await database
    .insert(webhookDeliveries)
    .values({ orgId: made.org.id, endpointId: endpoint.id, eventId: "msg_matrix", eventType: "role.created", payload: {}, status: "delivered" })
    .returning();
  return { ...made, target, agent, invitation, endpoint, delivery };
}
type ApiScene = Awaited<ReturnType<typeof makeApiScene>>;
/** namesSceneIds: the body names the scene's ids, so another organisation's key finds nothing (404). */
type Call = { method: string; path: string; body?: unknown; headers?: Record<string, string>; namesSceneIds?: true };

let serial = 0;
// A valid request per operation, naming the scene's ids.
const REQUESTS: Record<string, (s: ApiScene) => Call> = {
  listPermissions: () => ({ method: "GET", path: "/api/v1/permissions" }),
  listRoles: () => ({ method: "GET", path: "/api/v1/roles" }),
  createRole: () => ({ method: "POST", path: "/api/v1/roles", body: { name: `Matrix ${++serial}`, permissions: ["members.view"] } }),
  getRole: (s) => ({ method: "GET", path: `/api/v1/roles/${s.target.id}` }),
  updateRole: (s) => ({
    method: "PATCH",
    path: `/api/v1/roles/${s.target.id}`,
    body: { name: `Matrix renamed ${++serial}` },
    headers: { "if-match": `"${s.target.version}"` },
  }),
  deleteRole: (s) => ({ method: "DELETE", path: `/api/v1/roles/${s.target.id}`, headers: { "if-match": `"${s.target.version}"` } }),
  duplicateRole: (s) => ({ method: "POST", path: `/api/v1/roles/${s.target.id}/duplicate`, body: { name: `Matrix copy ${++serial}` } }),
  getRoleHistory: (s) => ({ method: "GET", path: `/api/v1/roles/${s.target.id}/history` }),
  listMembers: () => ({ method: "GET", path: "/api/v1/members" }),
  getMember: (s) => ({ method: "GET", path: `/api/v1/members/${s.agent.id}` }),
  assignMemberRole: (s) => ({
    method: "PUT",
    path: `/api/v1/members/${s.agent.id}/role`,
    body: { roleId: s.target.id },
    headers: { "if-match": `"${s.agent.roleId}"` },
  }),
  listAuditEvents: () => ({ method: "GET", path: "/api/v1/audit-log" }),
  compareRoles: (s) => ({ method: "GET", path: `/api/v1/roles/compare?ids=${s.target.id},${s.agent.roleId}` }),
  deactivateMember: (s) => ({ method: "POST", path: `/api/v1/members/${s.agent.id}/deactivate` }),
  reactivateMember: (s) => ({ method: "POST", path: `/api/v1/members/${s.agent.id}/reactivate` }),
  listInvitations: () => ({ method: "GET", path: "/api/v1/invitations" }),
  createInvitation: (s) => ({
    method: "POST",
    path: "/api/v1/invitations",
    body: { email: `matrix-${++serial}@example.test`, roleId: s.target.id },
    namesSceneIds: true,
  }),
  revokeInvitation: (s) => ({ method: "DELETE", path: `/api/v1/invitations/${s.invitation.id}` }),
  listWebhookEndpoints: () => ({ method: "GET", path: "/api/v1/webhooks" }),
  createWebhookEndpoint: () => ({
    method: "POST",
    path: "/api/v1/webhooks",
    body: { url: `https://203.0.113.10/matrix-${++serial}`, events: ["role.created"] },
  }),
  getWebhookEndpoint: (s) => ({ method: "GET", path: `/api/v1/webhooks/${s.endpoint.id}` }),
  updateWebhookEndpoint: (s) => ({ method: "PATCH", path: `/api/v1/webhooks/${s.endpoint.id}`, body: { enabled: false } }),
  deleteWebhookEndpoint: (s) => ({ method: "DELETE", path: `/api/v1/webhooks/${s.endpoint.id}` }),
  listWebhookDeliveries: (s) => ({ method: "GET", path: `/api/v1/webhooks/${s.endpoint.id}/deliveries` }),
  redeliverWebhook: (s) => ({ method: "POST", path: `/api/v1/webhooks/${s.endpoint.id}/deliveries/${s.delivery.id}/redeliver` }),
};

const send = (call: Call, token: string | null) => callApi(db, call.method, call.path, { token, body: call.body, headers: call.headers });

async function expectUntouched(scene: ApiScene) {
  expect(await roleRow(db, scene.target.id)).toMatchObject({ name: scene.target.name, version: scene.target.version });
  expect((await accessOf(db, scene.agent.id)).role.id).toBe(scene.agent.roleId);
  expect((await memberRow(db, scene.agent.id))?.status).toBe("active");
  expect((await db.select().from(invitations).where(eq(invitations.orgId, scene.org.id))).map((i) => [i.id, i.revokedAt])).toEqual([
    [scene.invitation.id, null],
  ]);
  expect((await db.select().from(webhookEndpoints).where(eq(webhookEndpoints.orgId, scene.org.id))).map((e) => [e.id, e.enabled])).toEqual([
    [scene.endpoint.id, true],
  ]);
  expect((await db.select().from(webhookDeliveries).where(eq(webhookDeliveries.orgId, scene.org.id))).map((d) => d.id)).toEqual([scene.delivery.id]);
}

describe("API matrix (every operation × every kind of caller)", () => {
  it("has a request for every operation", () => {
    expect(API_HANDLERS.map((def) => def.operationId).filter((id) => !REQUESTS[id])).toEqual([]);
  });

  it.each(API_HANDLERS.map((def) => [`${def.method} ${def.route}`, def] as const))("%s", async (_name, def: ApiDefinition) => {
    const scene = await makeApiScene(db);
    const call = () => REQUESTS[def.operationId](scene);

    expect((await send(call(), null)).status, "anonymous").toBe(401);

    const expired = await keyFor(db, scene.ownerAccess);
    await db
      .update(apiKeys)
      .set({ expiresAt: new Date(Date.now() - 1) })
      .where(eq(apiKeys.id, expired.key.id));
    expect((await send(call(), expired.token)).status, "expired key").toBe(401);

    const revoked = await keyFor(db, scene.ownerAccess);
    await revokeApiKey(db, scene.ownerAccess, { keyId: revoked.key.id });
    expect((await send(call(), revoked.token)).status, "revoked key").toBe(401);

    const leaver = await scene.holder([...ALL_PERMISSIONS].filter((p) => !["billing.plan", "billing.payment", "security.manage"].includes(p)));
    const leaverKey = await keyFor(db, leaver.access);
    await setStatus(db, leaver.member.id, "deactivated");
    expect((await send(call(), leaverKey.token)).status, "deactivated creator").toBe(401);

    if (def.permission) {
      const lacking = await scene.holder(allExcept(def.permission));
      const lackingKey = await keyFor(db, lacking.access);
      const refused = await send(call(), lackingKey.token);
      expect(refused.status, "creator lacks the permission").toBe(403);
      expect(refused.body.detail).toMatch(/^You need the “.+” permission to do this\.$/);
      const capped = await keyFor(db, scene.ownerAccess, allExcept(def.permission));
      expect((await send(call(), capped.token)).status, "key lacks the permission").toBe(403);
    }
    await expectUntouched(scene);

    const elsewhere = await ownerOrg(db, "business");
    const foreign = await keyFor(db, elsewhere.ownerAccess);
    const answer = await send(call(), foreign.token);
    if (def.route.includes("[") || def.queryIds || call().namesSceneIds) {
      expect(answer.status, "another organisation's key").toBe(404);
    } else {
      expect(answer.status, "another organisation's key").toBeLessThan(300);
      for (const name of [scene.owner.name, scene.agent.name, scene.target.name]) expect(JSON.stringify(answer.body)).not.toContain(name);
    }
    await expectUntouched(scene);

    // A key holding only the permission and its needs (any one permission for the registry, which needs none).
    const holder = await scene.holder(def.permission ? withNeeds(def.permission) : ["members.view"]);
    const holderKey = await keyFor(db, holder.access);
    const allowed = await send(call(), holderKey.token);
    expect(allowed.status, JSON.stringify(allowed.body)).toBeLessThan(300);
  });
});

const text = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom("", " ", "\u0000", "ＯＷＮＥＲ", "a".repeat(300), "<script>", "'; drop table roles; --", "%", "../..", "null", "-1", "1e309"),
);
// A path segment is never empty, "." or "..": URLs resolve those to another path before any route sees them.
const idLike = fc.oneof(
  fc.uuid(),
  text.filter((segment) => segment.length > 0 && segment !== "." && segment !== ".."),
);
const json = fc.jsonValue({ maxDepth: 3 });
const bodyLike = fc.oneof(
  json,
  fc.record(
    {
      name: fc.oneof(text, json),
      description: fc.oneof(text, json),
      permissions: fc.oneof(fc.array(fc.constantFrom(...ALL_PERMISSIONS, "no.such", "")), json),
      roleId: idLike,
      email: fc.oneof(text, json, fc.constantFrom("a@example.test", "A@EXAMPLE.TEST ", "@", "a@b")),
      // Addresses that need no DNS: a public literal, private ones, and other schemes.
      url: fc.oneof(
        text,
        json,
        fc.constantFrom("https://203.0.113.10/hook", "http://127.0.0.1/hook", "http://[::1]/", "ftp://203.0.113.10/", "https://u:p@203.0.113.10/"),
      ),
      events: fc.oneof(fc.array(fc.constantFrom("role.created", "member.joined", "no.such", "")), json),
      enabled: fc.oneof(fc.boolean(), json),
    },
    { requiredKeys: [] },
  ),
);
const queryLike = fc.dictionary(
  fc.constantFrom("q", "ids", "roleId", "status", "cursor", "limit", "actorId", "action", "targetId", "since", "until", "other"),
  fc.oneof(text, fc.uuid(), fc.constantFrom("active", "role.created", "2026-01-01T00:00:00Z", "0", "101", "5")),
);

describe("API bad input (fast-check): never a 500, always documented", () => {
  it.each(API_HANDLERS.map((def) => [`${def.method} ${def.route}`, def] as const))("%s", async (_name, def: ApiDefinition) => {
    const scene = await makeApiScene(db);
    const { token, key } = await keyFor(db, scene.ownerAccess);
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          id: fc.oneof(idLike, fc.constantFrom(scene.target.id, scene.agent.id, scene.owner.id, scene.endpoint.id, scene.delivery.id)),
          query: queryLike,
          body: bodyLike,
          ifMatch: fc.option(text),
          idem: fc.option(text),
        }),
        async ({ id, query, body, ifMatch, idem }) => {
          // Each generated request is one use of the key: the allowance is not what is tested here.
          await db.delete(rateLimits).where(eq(rateLimits.key, `api:key:${key.id}`));
          const path =
            def.route.replace(/\[[^\]]+\]/g, encodeURIComponent(id)) + (Object.keys(query).length ? `?${new URLSearchParams(query).toString()}` : "");
          const headers: Record<string, string> = {};
          if (ifMatch !== null) headers["if-match"] = ifMatch.replace(/[^\x20-\x7e]/g, "");
          if (idem !== null) headers["idempotency-key"] = idem.replace(/[^\x20-\x7e]/g, "");
          const res = await callApi(db, def.method, path, { token, body: def.body ? body : undefined, headers });
          expect(res.status).toBeLessThan(500);
        },
      ),
      { numRuns: RUNS },
    );
  });
});
