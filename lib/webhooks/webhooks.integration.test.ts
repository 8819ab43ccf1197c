// Webhooks on a real database and a real HTTP receiver (node:http on an ephemeral port): the
// events each service emits in its transaction, signing checked with the standardwebhooks
// package as a receiver would, retries after a 500, the private-address refusal at save and at
// connect, turning off an endpoint that failed for a whole retry window, and redelivery.
import { and, eq, sql } from "drizzle-orm";
import { Webhook } from "standardwebhooks";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { emails, webhookDeliveries, webhookEndpoints } from "@/db/schema";
import { changeOrganizationPlan } from "@/lib/billing/plan-change";
import { acceptInvitation, inviteMember } from "@/lib/members/invitations";
import { setAccountStatus } from "@/lib/members/profiles";
import { changeAccess } from "@/lib/roles/access-change";
import { assignRole, createRole, deleteRole, updateRole } from "@/lib/roles/service";
import { useFreshDatabase } from "@/test/database";
import { webhookReceiver } from "@/test/webhook-receiver";
import { auditOf, ownerOrg, refusal } from "@/test/fixtures";
import { PRIVATE_ADDRESS_MESSAGE } from "./address";
import { WEBHOOK_EVENT_TYPES, type WebhookEventType } from "./events";
import { createWebhookEndpoint, redeliverWebhook, setWebhookEndpointOn } from "./endpoints";
import { AUTO_DISABLED_REASON, deliverDueWebhooks, WEBHOOK_RETRY_DELAYS_MS } from "./worker";

const db = useFreshDatabase();

const local = webhookReceiver();
let url = "";

beforeAll(async () => {
  url = await local.start();
});
afterAll(() => local.close());
beforeEach(() => {
  process.env.WEBHOOKS_ALLOW_PRIVATE = "1";
  local.received.length = 0;
  local.answers.length = 0;
});
afterEach(() => {
  delete process.env.WEBHOOKS_ALLOW_PRIVATE;
});

async function orgWithEndpoint(events: WebhookEventType[] = WEBHOOK_EVENT_TYPES, plan: "business" | "enterprise" = "business") {
  const made = await ownerOrg(db, plan);
  const { endpoint, secret } = await createWebhookEndpoint(db, made.ownerAccess, { orgId: made.org.id, url, description: "Test receiver", events });
  return { ...made, endpoint, secret };
}

const deliveriesOf = (endpointId: string) =>
  db.select().from(webhookDeliveries).where(eq(webhookDeliveries.endpointId, endpointId)).orderBy(webhookDeliveries.createdAt, webhookDeliveries.eventType);

const dataOf = (row: { payload: Record<string, unknown> }) => row.payload.data as Record<string, unknown>;

/** Runs the worker until nothing is due now (the retries' later times are not now). */
async function deliverNow(now = new Date()) {
  let total = { delivered: 0, retrying: 0, failed: 0 };
  for (;;) {
    const run = await deliverDueWebhooks(db, { now });
    if (!run.delivered && !run.retrying && !run.failed) return total;
    total = { delivered: total.delivered + run.delivered, retrying: total.retrying + run.retrying, failed: total.failed + run.failed };
  }
}

describe("events, written in the change's transaction", () => {
  it("role created, updated and deleted carry ids, names and the permissions before and after; the holders moved get member.role_changed", async () => {
    const { ownerAccess, endpoint, member } = await orgWithEndpoint();
    const role = await createRole(db, ownerAccess, { name: "QA Lead", description: "", permissions: ["members.view"] });
    const saved = await updateRole(db, ownerAccess, {
      roleId: role.id,
      version: role.version,
      name: "QA Lead",
      description: "Tests",
      permissions: ["members.view", "analytics.view"],
    });
    const holder = await member({ roleId: role.id });
    await deleteRole(db, ownerAccess, { roleId: role.id, version: saved.version, memberCount: 1 });

    const rows = await deliveriesOf(endpoint.id);
    const byType = (type: string) => rows.filter((r) => r.eventType === type).map(dataOf);
    expect(byType("role.created")).toEqual([
      expect.objectContaining({
        role: expect.objectContaining({ id: role.id, name: "QA Lead", permissions: ["members.view"] }),
        actor: { id: ownerAccess.memberId, name: ownerAccess.name },
      }),
    ]);
    expect(byType("role.updated")).toEqual([
      expect.objectContaining({
        before: { name: "QA Lead", description: "", permissions: ["members.view"] },
        after: { name: "QA Lead", description: "Tests", permissions: ["members.view", "analytics.view"] },
        added: ["analytics.view"],
        removed: [],
      }),
    ]);
    expect(byType("role.deleted")).toEqual([
      expect.objectContaining({ role: expect.objectContaining({ id: role.id }), members: [{ id: holder.id, name: holder.name }] }),
    ]);
    const [moved] = byType("member.role_changed");
    expect(moved).toMatchObject({
      member: { id: holder.id, name: holder.name },
      before: { role: { id: role.id, name: "QA Lead" }, permissions: ["members.view", "analytics.view"] },
      after: { role: { name: "Agent", kind: "agent" } },
    });
    // The body as sent: the Standard Webhooks envelope.
    expect(rows[0].payload).toMatchObject({ type: "role.created", timestamp: expect.any(String) });
    expect(rows[0].eventId).toMatch(/^msg_[0-9a-f]{32}$/);
  });

  it("member invited, joined, role changed, deactivated and reactivated, and plan changed", async () => {
    const { ownerAccess, endpoint, org, member, builtInRole } = await orgWithEndpoint();
    const agent = await builtInRole("agent");
    const admin = await builtInRole("admin");
    const email = `joiner.${process.pid}.${Date.now()}@example.test`;
    const { token, invitation } = await inviteMember(db, ownerAccess, { email, roleId: agent.id });
    const { member: joined } = await acceptInvitation(db, { token, name: "Jo Iner", password: "correct horse battery" });
    const someone = await member("agent");
    await assignRole(db, ownerAccess, { memberId: someone.id, roleId: admin.id });
    await setAccountStatus(db, ownerAccess, { memberId: someone.id }, "deactivated");
    await setAccountStatus(db, ownerAccess, { memberId: someone.id }, "active");
    await changeOrganizationPlan(db, ownerAccess, { orgId: org.id, plan: "enterprise" });

    const rows = await deliveriesOf(endpoint.id);
    expect(rows.map((r) => r.eventType)).toEqual([
      "member.invited",
      "member.joined",
      "member.role_changed",
      "member.deactivated",
      "member.reactivated",
      "plan.changed",
    ]);
    const [invited, join, changed, deactivated, reactivated, plan] = rows.map(dataOf);
    expect(invited).toMatchObject({ invitation: { id: invitation.id, email }, role: { id: agent.id, name: "Agent" } });
    expect(join).toMatchObject({
      member: { id: joined.id, name: "Jo Iner", email },
      role: { id: agent.id },
      permissions: expect.arrayContaining(["members.view"]),
    });
    expect(changed).toMatchObject({ member: { id: someone.id }, before: { role: { id: agent.id } }, after: { role: { id: admin.id, name: "Admin" } } });
    expect((changed.after as { permissions: string[] }).permissions).toContain("roles.manage");
    expect(deactivated).toMatchObject({ member: { id: someone.id }, after: { permissions: [] } });
    expect(reactivated).toMatchObject({ member: { id: someone.id }, before: { permissions: [] } });
    expect(plan).toMatchObject({ before: { plan: "business", label: "Business" }, after: { plan: "enterprise", label: "Enterprise" } });
  });

  it("many members moved at once: one event each, the same event id at every endpoint", async () => {
    const { ownerAccess, endpoint, org, member, builtInRole } = await orgWithEndpoint(["member.role_changed"]);
    const { endpoint: second } = await createWebhookEndpoint(db, ownerAccess, {
      orgId: org.id,
      url: `${url}/2`,
      description: "",
      events: ["member.role_changed"],
    });
    const admin = await builtInRole("admin");
    const moved = await Promise.all(Array.from({ length: 30 }, () => member("agent")));
    await db.transaction((tx) =>
      changeAccess(tx, ownerAccess, { kind: "assign", memberIds: moved.map((m) => m.id), roleId: admin.id }, () => [auditEntry(org.id)]),
    );
    const first = await deliveriesOf(endpoint.id);
    const other = await deliveriesOf(second.id);
    expect(first).toHaveLength(30);
    expect(new Set(first.map((r) => (dataOf(r).member as { id: string }).id))).toEqual(new Set(moved.map((m) => m.id)));
    expect(new Set(other.map((r) => r.eventId))).toEqual(new Set(first.map((r) => r.eventId)));
  });

  it("nothing for events not chosen, for endpoints turned off, below Business, or when the change rolls back", async () => {
    const { ownerAccess, endpoint } = await orgWithEndpoint(["role.deleted"]);
    await createRole(db, ownerAccess, { name: "Not chosen", description: "", permissions: ["members.view"] });
    expect(await deliveriesOf(endpoint.id)).toHaveLength(0);

    const on = await orgWithEndpoint(["role.created"]);
    await setWebhookEndpointOn(db, on.ownerAccess, { endpointId: on.endpoint.id, enabled: false });
    await createRole(db, on.ownerAccess, { name: "While off", description: "", permissions: ["members.view"] });
    expect(await deliveriesOf(on.endpoint.id)).toHaveLength(0);

    const rolledBack = await orgWithEndpoint(["role.created"]);
    await expect(
      db.transaction(async (tx) => {
        await createRole(tx, rolledBack.ownerAccess, { name: "Rolled back", description: "", permissions: ["members.view"] });
        throw new Error("undo");
      }),
    ).rejects.toThrow("undo");
    expect(await deliveriesOf(rolledBack.endpoint.id)).toHaveLength(0);

    // Down to Pro: the plan change itself is still sent, nothing after it.
    const pro = await orgWithEndpoint(["plan.changed", "member.deactivated"]);
    await changeOrganizationPlan(db, pro.ownerAccess, { orgId: pro.org.id, plan: "pro" });
    const someone = await pro.member("agent");
    await setAccountStatus(db, { ...pro.ownerAccess, plan: "pro" }, { memberId: someone.id }, "deactivated");
    expect((await deliveriesOf(pro.endpoint.id)).map((r) => r.eventType)).toEqual(["plan.changed"]);
  });
});

function auditEntry(orgId: string) {
  return { orgId, actorId: null, actorName: "Test", action: "member.role_changed" as const, targetId: orgId, targetName: "many", details: {} };
}

describe("delivery to a real receiver", () => {
  // The worker serves every organisation: what earlier tests queued is settled first, so each test counts only its own.
  beforeEach(async () => {
    await db.update(webhookDeliveries).set({ status: "failed" }).where(eq(webhookDeliveries.status, "queued"));
  });

  it("signs per Standard Webhooks: the receiver verifies with the endpoint's secret and the standardwebhooks package", async () => {
    const { ownerAccess, endpoint, secret } = await orgWithEndpoint(["role.created"]);
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    const role = await createRole(db, ownerAccess, { name: "Signed", description: "", permissions: ["members.view"] });
    expect(await deliverNow()).toEqual({ delivered: 1, retrying: 0, failed: 0 });
    const [request] = local.received;
    const verified = new Webhook(secret).verify(request.body, request.headers as Record<string, string>) as { type: string; data: { role: { id: string } } };
    expect(verified).toMatchObject({ type: "role.created", data: { role: { id: role.id } } });
    const [row] = await deliveriesOf(endpoint.id);
    expect(request.headers["webhook-id"]).toBe(row.eventId);
    expect(row).toMatchObject({ status: "delivered", attempts: 1, lastStatusCode: 200, lastResponse: "thanks" });
    // Another secret, or a changed body, does not verify.
    const other = await orgWithEndpoint(["role.created"]);
    expect(() => new Webhook(other.secret).verify(request.body, request.headers as Record<string, string>)).toThrow();
    expect(() => new Webhook(secret).verify(request.body.replace("Signed", "Forged"), request.headers as Record<string, string>)).toThrow();
  });

  it("retries after a 500 on the exponential schedule, then succeeds with the same message id", async () => {
    const { ownerAccess, endpoint } = await orgWithEndpoint(["role.created"]);
    await createRole(db, ownerAccess, { name: "Retried", description: "", permissions: ["members.view"] });
    local.answers.push(500, 503);
    const start = new Date();
    expect(await deliverNow(start)).toEqual({ delivered: 0, retrying: 1, failed: 0 });
    let [row] = await deliveriesOf(endpoint.id);
    expect(row).toMatchObject({ status: "queued", attempts: 1, lastStatusCode: 500, lastResponse: "broken 500" });
    expect(row.nextAttemptAt.getTime()).toBe(start.getTime() + WEBHOOK_RETRY_DELAYS_MS[0]);
    // Not due yet: nothing is sent.
    expect(await deliverNow(start)).toEqual({ delivered: 0, retrying: 0, failed: 0 });
    const second = new Date(start.getTime() + WEBHOOK_RETRY_DELAYS_MS[0]);
    expect(await deliverNow(second)).toEqual({ delivered: 0, retrying: 1, failed: 0 });
    [row] = await deliveriesOf(endpoint.id);
    expect(row.nextAttemptAt.getTime()).toBe(second.getTime() + WEBHOOK_RETRY_DELAYS_MS[1]);
    expect(await deliverNow(row.nextAttemptAt)).toEqual({ delivered: 1, retrying: 0, failed: 0 });
    [row] = await deliveriesOf(endpoint.id);
    expect(row).toMatchObject({ status: "delivered", attempts: 3, lastStatusCode: 200 });
    expect(new Set(local.received.map((r) => r.headers["webhook-id"]))).toEqual(new Set([row.eventId]));
    expect(local.received).toHaveLength(3);
    // The schedule spans about 24 hours.
    const total = WEBHOOK_RETRY_DELAYS_MS.reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThan(23 * 3_600_000);
    expect(total).toBeLessThanOrEqual(24 * 3_600_000);
  });

  it("turns off an endpoint that failed for a whole retry window, audits it and emails the Owners", async () => {
    const { ownerAccess, endpoint, org, owner } = await orgWithEndpoint(["role.created"]);
    await createRole(db, ownerAccess, { name: "Never arrives", description: "", permissions: ["members.view"] });
    // The last attempt of a delivery queued a day ago.
    await db
      .update(webhookDeliveries)
      .set({ attempts: WEBHOOK_RETRY_DELAYS_MS.length, createdAt: sql`now() - interval '25 hours'` })
      .where(eq(webhookDeliveries.endpointId, endpoint.id));
    local.answers.push(500);
    expect(await deliverNow()).toEqual({ delivered: 0, retrying: 0, failed: 1 });
    const [after] = await db.select().from(webhookEndpoints).where(eq(webhookEndpoints.id, endpoint.id));
    expect(after).toMatchObject({ enabled: false, disabledReason: AUTO_DISABLED_REASON });
    const [entry] = await auditOf(db, org.id, "webhook.disabled");
    expect(entry).toMatchObject({ actorId: null, actorName: "Switchboard", targetId: endpoint.id });
    const mail = await db
      .select()
      .from(emails)
      .where(and(eq(emails.orgId, org.id), eq(emails.kind, "webhook-disabled")));
    expect(mail.map((m) => m.to)).toEqual([owner.email]);
    expect(mail[0].data).toMatchObject({ url: endpoint.url, lastError: "500 broken 500" });

    // Nothing more is queued or sent to it while it is off; Redeliver queues the event again with the same id.
    const [failed] = await deliveriesOf(endpoint.id);
    const { delivery } = await redeliverWebhook(db, ownerAccess, { deliveryId: failed.id });
    expect(delivery).toMatchObject({ eventId: failed.eventId, status: "queued", attempts: 0 });
    expect(await deliverNow()).toEqual({ delivered: 0, retrying: 0, failed: 0 });
    await setWebhookEndpointOn(db, ownerAccess, { endpointId: endpoint.id, enabled: true });
    expect(await deliverNow()).toEqual({ delivered: 1, retrying: 0, failed: 0 });
    expect((await auditOf(db, org.id, "webhook.redelivered")).length).toBe(1);
  });

  it("a failed last attempt does not turn off an endpoint that took other deliveries meanwhile", async () => {
    const { ownerAccess, endpoint } = await orgWithEndpoint(["role.created"]);
    await createRole(db, ownerAccess, { name: "Old one", description: "", permissions: ["members.view"] });
    await db
      .update(webhookDeliveries)
      .set({ attempts: WEBHOOK_RETRY_DELAYS_MS.length, createdAt: sql`now() - interval '25 hours'`, nextAttemptAt: sql`now() + interval '1 hour'` })
      .where(eq(webhookDeliveries.endpointId, endpoint.id));
    await createRole(db, ownerAccess, { name: "New one", description: "", permissions: ["members.view"] });
    expect(await deliverNow()).toEqual({ delivered: 1, retrying: 0, failed: 0 });
    local.answers.push(500);
    expect(await deliverNow(new Date(Date.now() + 2 * 3_600_000))).toEqual({ delivered: 0, retrying: 0, failed: 1 });
    const [after] = await db.select().from(webhookEndpoints).where(eq(webhookEndpoints.id, endpoint.id));
    expect(after.enabled).toBe(true);
  });
});

describe("private addresses (SSRF)", () => {
  beforeEach(async () => {
    await db.update(webhookDeliveries).set({ status: "failed" }).where(eq(webhookDeliveries.status, "queued"));
  });

  it("are refused when saving without WEBHOOKS_ALLOW_PRIVATE, and in production without QA_TOKEN", async () => {
    const { ownerAccess, org } = await ownerOrg(db);
    delete process.env.WEBHOOKS_ALLOW_PRIVATE;
    for (const target of [
      url,
      "http://localhost:9/x",
      "http://[::1]/x",
      "http://169.254.169.254/latest/meta-data",
      "http://10.1.2.3/",
      "http://[::ffff:127.0.0.1]/",
    ]) {
      const error = await refusal(createWebhookEndpoint(db, ownerAccess, { orgId: org.id, url: target, description: "", events: ["role.created"] }), "invalid");
      expect(error.fieldErrors?.url).toEqual([PRIVATE_ADDRESS_MESSAGE]);
    }
    process.env.WEBHOOKS_ALLOW_PRIVATE = "1";
    const env = process.env as Record<string, string | undefined>;
    const was = env.NODE_ENV;
    const qaToken = env.QA_TOKEN;
    env.NODE_ENV = "production";
    delete env.QA_TOKEN;
    try {
      await refusal(createWebhookEndpoint(db, ownerAccess, { orgId: org.id, url, description: "", events: ["role.created"] }), "invalid");
    } finally {
      env.NODE_ENV = was;
      if (qaToken !== undefined) env.QA_TOKEN = qaToken;
    }
  });

  it("are checked again at delivery: a saved endpoint whose address is private is not connected to", async () => {
    const { ownerAccess, endpoint } = await orgWithEndpoint(["role.created"]);
    const { endpoint: byName } = await createWebhookEndpoint(db, ownerAccess, {
      orgId: ownerAccess.orgId,
      url: url.replace("127.0.0.1", "localhost"),
      description: "",
      events: ["role.created"],
    });
    await createRole(db, ownerAccess, { name: "Refused", description: "", permissions: ["members.view"] });
    delete process.env.WEBHOOKS_ALLOW_PRIVATE;
    expect(await deliverNow()).toEqual({ delivered: 0, retrying: 2, failed: 0 });
    expect(local.received).toHaveLength(0);
    for (const id of [endpoint.id, byName.id]) {
      const [row] = await deliveriesOf(id);
      expect(row).toMatchObject({ status: "queued", attempts: 1, lastStatusCode: null, lastResponse: PRIVATE_ADDRESS_MESSAGE });
    }
  });
});

describe("plan and tenancy", () => {
  it("below Business an endpoint cannot be added; another organisation's endpoint and delivery are not found", async () => {
    const starter = await ownerOrg(db, "starter");
    await refusal(createWebhookEndpoint(db, starter.ownerAccess, { orgId: starter.org.id, url, description: "", events: ["role.created"] }), "plan");
    const { endpoint, ownerAccess } = await orgWithEndpoint(["role.created"]);
    await createRole(db, ownerAccess, { name: "Theirs", description: "", permissions: ["members.view"] });
    const [delivery] = await deliveriesOf(endpoint.id);
    const other = await ownerOrg(db, "business");
    await refusal(setWebhookEndpointOn(db, other.ownerAccess, { endpointId: endpoint.id, enabled: false }), "not_found");
    await refusal(redeliverWebhook(db, other.ownerAccess, { deliveryId: delivery.id }), "not_found");
  });
});
