import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { integrations } from "@/db/schema";
import { executeAction, type ActionDefinition } from "@/lib/action";
import { open } from "@/lib/crypto/secret-box";
import { useFreshDatabase } from "@/test/database";
import { accessOf, auditOf, form, makeOrg, refusal, sessionOf, withNeeds } from "@/test/fixtures";
import { connectCrmAction, connectHelpdeskAction, disconnectCrmAction, disconnectHelpdeskAction } from "./actions";
import { connect, disconnect, keyContext } from "./service";

const db = useFreshDatabase();

const KEY = "test_hs_0123456789abcd";

const run = (def: ActionDefinition, memberId: string, fields: Record<string, string>) => executeAction(def, sessionOf(memberId), form(fields), db);

const rowOf = async (id: string) => (await db.select().from(integrations).where(eq(integrations.id, id)))[0];

async function setup() {
  const org = await makeOrg(db, "business");
  const owner = await accessOf(db, (await org.member("owner")).id);
  const crm = await org.holder(withNeeds("integrations.crm"));
  const helpdesk = await org.holder(withNeeds("integrations.helpdesk"));
  return { org, owner, crm: crm.access, helpdesk: helpdesk.access };
}

describe("connecting an integration", () => {
  it("checks the key with the provider, seals it to the organisation and provider, and keeps only its last four in clear", async () => {
    const { org, crm } = await setup();
    const result = await run(connectCrmAction, crm.memberId, { orgId: org.org.id, provider: "hubspot", apiKey: KEY });
    expect(result).toMatchObject({ ok: true, message: expect.stringMatching(/^HubSpot connected to HubSpot portal \d{7}\.$/) });

    const [row] = await db.select().from(integrations).where(eq(integrations.orgId, org.org.id));
    expect(row).toMatchObject({ provider: "hubspot", apiKeyLast4: "abcd", connectedById: crm.memberId });
    expect(row.accountName).toMatch(/^HubSpot portal \d{7}$/);
    expect(row.apiKeyCiphertext).not.toContain(KEY);
    expect(JSON.stringify(row)).not.toContain(KEY.slice(0, -4));
    expect(open(row.apiKeyCiphertext!, keyContext(org.org.id, "hubspot"))).toBe(KEY);
    // Bound to its row: the ciphertext does not open as another provider's or organisation's key.
    expect(() => open(row.apiKeyCiphertext!, keyContext(org.org.id, "salesforce"))).toThrow();
    expect(() => open(row.apiKeyCiphertext!, keyContext(crypto.randomUUID(), "hubspot"))).toThrow();

    const [event] = await auditOf(db, org.org.id, "integration.connected");
    expect(event).toMatchObject({ actorId: crm.memberId, targetId: row.id, targetName: "HubSpot" });
    expect(event.details.lines).toEqual([`Account: ${row.accountName}`, "API key ending abcd"]);
    expect(JSON.stringify(event)).not.toContain(KEY.slice(0, -4));
  });

  it("gives the same account for the same key", async () => {
    const a = await setup();
    const b = await setup();
    const first = await connect(db, a.owner, "helpdesk", { orgId: a.org.org.id, provider: "zendesk", apiKey: "test_same_key_for_both" });
    const second = await connect(db, b.owner, "helpdesk", { orgId: b.org.org.id, provider: "zendesk", apiKey: "test_same_key_for_both" });
    expect(first.accountName).toBe(second.accountName);
    expect(first.accountName).toMatch(/^support-\d{7}\.zendesk\.com$/);
  });

  it.each([
    ["no test_ prefix", "live_0123456789abcdef"],
    ["too short", "test_short"],
    ["odd characters", "test_0123456789 abcdef"],
  ])("refuses a key the provider rejects (%s), beside the field, storing nothing", async (_case, apiKey) => {
    const { org, crm } = await setup();
    const result = await run(connectCrmAction, crm.memberId, { orgId: org.org.id, provider: "salesforce", apiKey });
    expect(result).toMatchObject({ ok: false, code: "invalid", formError: expect.stringContaining("Salesforce rejected this API key") });
    expect(result.ok ? [] : result.fieldErrors?.apiKey).toHaveLength(1);
    expect(await db.select().from(integrations).where(eq(integrations.orgId, org.org.id))).toEqual([]);
  });

  it("refuses an empty key as invalid", async () => {
    const { org, crm } = await setup();
    const result = await run(connectCrmAction, crm.memberId, { orgId: org.org.id, provider: "salesforce", apiKey: "  " });
    expect(result).toMatchObject({ ok: false, code: "invalid", fieldErrors: { apiKey: ["Enter the API key."] } });
  });

  it("keeps each kind to its own permission", async () => {
    const { org, crm, helpdesk } = await setup();
    expect(await run(connectHelpdeskAction, crm.memberId, { orgId: org.org.id, provider: "zendesk", apiKey: KEY })).toMatchObject({
      ok: false,
      code: "forbidden",
    });
    expect(await run(connectCrmAction, helpdesk.memberId, { orgId: org.org.id, provider: "hubspot", apiKey: KEY })).toMatchObject({
      ok: false,
      code: "forbidden",
    });
    // A helpdesk provider sent through the CRM action is refused, whoever sends it.
    expect(await run(connectCrmAction, crm.memberId, { orgId: org.org.id, provider: "zendesk", apiKey: KEY })).toMatchObject({
      ok: false,
      code: "invalid",
    });
    await refusal(connect(db, crm, "crm", { orgId: org.org.id, provider: "zendesk", apiKey: KEY }), "forbidden");
    expect(await db.select().from(integrations).where(eq(integrations.orgId, org.org.id))).toEqual([]);
  });

  it("refuses a form opened for another organisation as not found", async () => {
    const { crm } = await setup();
    const other = await makeOrg(db, "business");
    const result = await run(connectCrmAction, crm.memberId, { orgId: other.org.id, provider: "hubspot", apiKey: KEY });
    expect(result).toMatchObject({ ok: false, code: "not_found" });
    expect(await db.select().from(integrations).where(eq(integrations.orgId, other.org.id))).toEqual([]);
  });

  it("refuses connecting what someone connected meanwhile, keeping their key", async () => {
    const { org, owner, crm } = await setup();
    const first = await connect(db, owner, "crm", { orgId: org.org.id, provider: "pipedrive", apiKey: "test_first_key_000001" });
    const error = await refusal(connect(db, crm, "crm", { orgId: org.org.id, provider: "pipedrive", apiKey: "test_second_key_00002" }), "conflict");
    expect(error.message).toBe("Pipedrive was connected by someone else meanwhile. Reload to see it.");
    const row = await rowOf(first.id);
    expect(open(row.apiKeyCiphertext!, keyContext(org.org.id, "pipedrive"))).toBe("test_first_key_000001");
    expect(await auditOf(db, org.org.id, "integration.connected")).toHaveLength(1);
  });

  it("stores nothing when the audit entry cannot be written", async () => {
    const { org, owner } = await setup();
    const broken = { ...owner, name: null as unknown as string };
    await expect(connect(db, broken, "crm", { orgId: org.org.id, provider: "hubspot", apiKey: KEY })).rejects.toThrow();
    expect(await db.select().from(integrations).where(eq(integrations.orgId, org.org.id))).toEqual([]);
  });
});

describe("disconnecting an integration", () => {
  it("wipes the sealed key and what it opened, keeps the row, and can connect again", async () => {
    const { org, owner, helpdesk } = await setup();
    const row = await connect(db, owner, "helpdesk", { orgId: org.org.id, provider: "freshdesk", apiKey: KEY });
    const result = await run(disconnectHelpdeskAction, helpdesk.memberId, { integrationId: row.id });
    expect(result).toEqual({ ok: true, message: "Freshdesk disconnected. Its API key was deleted." });
    expect(await rowOf(row.id)).toMatchObject({ apiKeyCiphertext: null, apiKeyLast4: null, accountName: null, connectedAt: null, connectedById: null });
    const [event] = await auditOf(db, org.org.id, "integration.disconnected");
    expect(event).toMatchObject({ actorId: helpdesk.memberId, targetId: row.id, targetName: "Freshdesk" });
    expect(event.details.lines).toEqual([`Account: ${row.accountName}`, "The stored API key ending abcd was deleted"]);

    expect(await run(disconnectHelpdeskAction, helpdesk.memberId, { integrationId: row.id })).toEqual({
      ok: true,
      message: "Freshdesk was already disconnected.",
    });
    expect(await auditOf(db, org.org.id, "integration.disconnected")).toHaveLength(1);

    const again = await connect(db, helpdesk, "helpdesk", { orgId: org.org.id, provider: "freshdesk", apiKey: "test_new_key_0000wxyz" });
    expect(again.id).toBe(row.id);
    expect(again.apiKeyLast4).toBe("wxyz");
  });

  it("refuses the other kind's integration", async () => {
    const { org, owner, crm } = await setup();
    const zendesk = await connect(db, owner, "helpdesk", { orgId: org.org.id, provider: "zendesk", apiKey: KEY });
    const result = await run(disconnectCrmAction, crm.memberId, { integrationId: zendesk.id });
    expect(result).toMatchObject({
      ok: false,
      code: "forbidden",
      formError: "Connecting or disconnecting helpdesk integrations needs the “Connect or disconnect helpdesk integrations” permission.",
    });
    // Holding both is not enough to use the CRM action on a helpdesk.
    expect(await run(disconnectCrmAction, owner.memberId, { integrationId: zendesk.id })).toMatchObject({
      ok: false,
      code: "forbidden",
      formError: "Zendesk is not a CRM integration.",
    });
    expect((await rowOf(zendesk.id)).apiKeyCiphertext).not.toBeNull();
  });

  it("treats another organisation's integration as not found", async () => {
    const { org, owner } = await setup();
    const row = await connect(db, owner, "crm", { orgId: org.org.id, provider: "hubspot", apiKey: KEY });
    const other = await setup();
    await refusal(disconnect(db, other.owner, "crm", { integrationId: row.id }), "not_found");
    expect((await rowOf(row.id)).apiKeyCiphertext).not.toBeNull();
  });

  it("refuses a malformed id as invalid", async () => {
    const { crm } = await setup();
    expect(await run(disconnectCrmAction, crm.memberId, { integrationId: "hubspot" })).toMatchObject({ ok: false, code: "invalid" });
  });
});
