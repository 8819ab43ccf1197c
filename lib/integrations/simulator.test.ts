import { describe, expect, it } from "vitest";
import { simulatedIntegrations } from "@/lib/providers/integrations";
import { KINDS, manageLock, PROVIDER_IDS, PROVIDERS, providersOf } from "./catalog";

describe("the simulated CRM and helpdesk providers", () => {
  it.each(PROVIDER_IDS)("%s opens the same account for the same test key", async (provider) => {
    const first = await simulatedIntegrations.verifyApiKey(provider, "test_0123456789abcdef");
    const again = await simulatedIntegrations.verifyApiKey(provider, "test_0123456789abcdef");
    const other = await simulatedIntegrations.verifyApiKey(provider, "test_fedcba9876543210");
    expect(first).toMatchObject({ ok: true });
    expect(again).toEqual(first);
    expect(other).not.toEqual(first);
  });

  it("rejects keys of another shape with a message naming the provider and the expected shape", async () => {
    expect(await simulatedIntegrations.verifyApiKey("hubspot", "pat-na1-0123456789abcdef")).toEqual({
      ok: false,
      message: "HubSpot rejected this API key. In test mode keys start with “test_” and are at least 16 characters (letters, digits, “_” or “-”).",
    });
    expect(await simulatedIntegrations.verifyApiKey("zendesk", "test_123456789ab")).toMatchObject({ ok: true });
    expect(await simulatedIntegrations.verifyApiKey("zendesk", "test_123456789a")).toMatchObject({ ok: false });
  });
});

describe("the integration catalog", () => {
  it("puts three CRMs and two helpdesks under their own permissions", () => {
    expect(providersOf("crm")).toEqual(["salesforce", "hubspot", "pipedrive"]);
    expect(providersOf("helpdesk")).toEqual(["zendesk", "freshdesk"]);
    expect(PROVIDERS.hubspot.label).toBe("HubSpot");
    expect(KINDS.crm.permission).toBe("integrations.crm");
    expect(KINDS.helpdesk.permission).toBe("integrations.helpdesk");
  });

  it("gives a reason when a member may not manage a kind", () => {
    const crmOnly = { permissions: new Set(["integrations.view", "integrations.crm"] as const) };
    expect(manageLock(crmOnly, "crm")).toBeUndefined();
    expect(manageLock(crmOnly, "helpdesk")).toBe(
      "Connecting or disconnecting helpdesk integrations needs the “Connect or disconnect helpdesk integrations” permission.",
    );
  });
});
