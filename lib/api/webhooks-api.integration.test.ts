// Webhook endpoints over the API, through the settings page's services: the secret is in the
// creation's answer only, the address check, plan gate and audit are the same, and another
// organisation's endpoints and deliveries are not found. Answers are checked against the document.
import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { apiIdempotency, webhookDeliveries } from "@/db/schema";
import { keyFor, typedApi } from "@/test/api-client";
import { useFreshDatabase } from "@/test/database";
import { auditOf, ownerOrg } from "@/test/fixtures";
import { PRIVATE_ADDRESS_MESSAGE } from "@/lib/webhooks/address";
import { openSecret } from "@/lib/webhooks/secret";
import { findWebhookEndpoint } from "@/db/queries/webhooks";

const db = useFreshDatabase();
// A public IP literal: saving checks it without DNS; nothing here is sent.
const URL_A = "https://203.0.113.10/hooks";

async function ownerApi() {
  const made = await ownerOrg(db);
  const { token } = await keyFor(db, made.ownerAccess, undefined, "Hooks");
  return { made, api: typedApi(db, token) };
}

describe("webhook endpoints over the API", () => {
  it("adds, reads, turns off and on, lists deliveries, redelivers and deletes, audited with the key's name", async () => {
    const { made, api } = await ownerApi();
    const created = await api.POST("/api/v1/webhooks", { body: { url: URL_A, description: "CI", events: ["member.joined", "role.created", "role.created"] } });
    expect(created.response.status).toBe(201);
    const endpoint = created.data!;
    expect(endpoint).toMatchObject({ url: URL_A, description: "CI", events: ["role.created", "member.joined"], enabled: true, createdByName: made.owner.name });
    expect(endpoint.secret).toMatch(/^whsec_/);
    expect(openSecret(await findWebhookEndpoint(db, made.org.id, endpoint.id))).toBe(endpoint.secret);

    const path = { params: { path: { endpointId: endpoint.id } } };
    const read = await api.GET("/api/v1/webhooks/{endpointId}", path);
    expect(read.data).not.toHaveProperty("secret");
    expect((await api.GET("/api/v1/webhooks")).data!.data.map((e) => e.id)).toEqual([endpoint.id]);

    expect((await api.PATCH("/api/v1/webhooks/{endpointId}", { ...path, body: { enabled: false } })).data?.enabled).toBe(false);
    expect((await api.PATCH("/api/v1/webhooks/{endpointId}", { ...path, body: { enabled: true } })).data?.enabled).toBe(true);

    const [delivery] = await db
      .insert(webhookDeliveries)
      .values({ orgId: made.org.id, endpointId: endpoint.id, eventId: "msg_api", eventType: "role.created", payload: {}, status: "failed", attempts: 11 })
      .returning();
    const again = await api.POST("/api/v1/webhooks/{endpointId}/deliveries/{deliveryId}/redeliver", {
      params: { path: { endpointId: endpoint.id, deliveryId: delivery.id } },
    });
    expect(again.response.status).toBe(202);
    expect(again.data).toMatchObject({ eventId: "msg_api", status: "queued", attempts: 0 });
    const log = await api.GET("/api/v1/webhooks/{endpointId}/deliveries", path);
    expect(log.data!.data.map((d) => [d.eventId, d.status])).toEqual([
      ["msg_api", "queued"],
      ["msg_api", "failed"],
    ]);

    expect((await api.DELETE("/api/v1/webhooks/{endpointId}", path)).data).toEqual({ id: endpoint.id, url: URL_A });
    expect((await api.GET("/api/v1/webhooks/{endpointId}", path)).response.status).toBe(404);
    const audit = await auditOf(db, made.org.id);
    const byKey = `${made.owner.name} (API key “Hooks”)`;
    expect(audit.filter((e) => e.action.startsWith("webhook.")).map((e) => [e.action, e.actorName])).toEqual(
      expect.arrayContaining([
        ["webhook.created", byKey],
        ["webhook.disabled", byKey],
        ["webhook.enabled", byKey],
        ["webhook.redelivered", byKey],
        ["webhook.deleted", byKey],
      ]),
    );
  });

  it("refuses private addresses and unknown events as the form does, and an Idempotency-Key on the answer that holds the secret", async () => {
    const { api } = await ownerApi();
    const local = await api.POST("/api/v1/webhooks", { body: { url: "http://127.0.0.1:9/hooks", events: ["role.created"] } });
    expect(local.response.status).toBe(422);
    expect(local.error).toMatchObject({ errors: { url: [PRIVATE_ADDRESS_MESSAGE] } });
    expect((await api.POST("/api/v1/webhooks", { body: { url: URL_A, events: ["role.exploded"] } })).response.status).toBe(422);

    const keyed = await api.POST("/api/v1/webhooks", { body: { url: URL_A, events: ["role.created"] }, headers: { "idempotency-key": "hooks-1" } });
    expect(keyed.response.status).toBe(400);
    expect((await api.GET("/api/v1/webhooks")).data!.data).toEqual([]);
    expect(await db.select().from(apiIdempotency).where(eq(apiIdempotency.key, "hooks-1"))).toEqual([]);
  });

  it("finds nothing of another organisation's, and a delivery only under its own endpoint", async () => {
    const a = await ownerApi();
    const b = await ownerApi();
    const mine = (await a.api.POST("/api/v1/webhooks", { body: { url: URL_A, events: ["role.created"] } })).data!;
    const other = (await a.api.POST("/api/v1/webhooks", { body: { url: `${URL_A}/2`, events: ["role.created"] } })).data!;
    const [delivery] = await db
      .insert(webhookDeliveries)
      .values({ orgId: a.made.org.id, endpointId: mine.id, eventId: "msg_t", eventType: "role.created", payload: {}, status: "delivered" })
      .returning();
    const path = { params: { path: { endpointId: mine.id } } };
    expect((await b.api.GET("/api/v1/webhooks/{endpointId}", path)).response.status).toBe(404);
    expect((await b.api.PATCH("/api/v1/webhooks/{endpointId}", { ...path, body: { enabled: false } })).response.status).toBe(404);
    expect((await b.api.DELETE("/api/v1/webhooks/{endpointId}", path)).response.status).toBe(404);
    expect((await b.api.GET("/api/v1/webhooks/{endpointId}/deliveries", path)).response.status).toBe(404);
    const redeliver = (endpointId: string, api = b.api) =>
      api.POST("/api/v1/webhooks/{endpointId}/deliveries/{deliveryId}/redeliver", { params: { path: { endpointId, deliveryId: delivery.id } } });
    expect((await redeliver(mine.id)).response.status).toBe(404);
    expect((await redeliver(other.id, a.api)).response.status).toBe(404);
    expect((await b.api.GET("/api/v1/webhooks")).data!.data).toEqual([]);
    expect(await db.select().from(webhookDeliveries).where(eq(webhookDeliveries.orgId, a.made.org.id))).toHaveLength(1);
  });

  it("is refused below Business like the page, and for a key without Manage webhooks", async () => {
    const { made, api } = await ownerApi();
    const capped = typedApi(db, (await keyFor(db, made.ownerAccess, ["members.view"])).token);
    const refused = await capped.GET("/api/v1/webhooks");
    expect(refused.response.status).toBe(403);
    expect(refused.error?.detail).toBe("You need the “Manage webhooks” permission to do this.");
    await db.execute(sql`update organizations set plan = 'pro' where id = ${made.org.id}`);
    expect((await api.GET("/api/v1/webhooks")).response.status).toBe(402);
  });
});
