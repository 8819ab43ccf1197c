// CRM and helpdesk providers behind one small interface. The default is a local simulator,
// so the product works offline; a real adapter (HubSpot's, Zendesk's API) plugs in here.
import crypto from "node:crypto";
import { providerLabel, type ProviderId } from "@/lib/integrations/catalog";

type KeyCheck = { ok: true; accountName: string } | { ok: false; message: string };

export interface IntegrationGateway {
  /** Asks the provider whether the API key works, and which account it opens. */
  verifyApiKey(provider: ProviderId, apiKey: string): Promise<KeyCheck>;
}

export const TEST_KEY_PREFIX = "test_";
export const TEST_KEY_MIN_LENGTH = 16;

// How each provider names the account a key opens, with a number taken from the key.
const ACCOUNT: Record<ProviderId, (n: string) => string> = {
  salesforce: (n) => `Salesforce org 00D${n}`,
  hubspot: (n) => `HubSpot portal ${n}`,
  pipedrive: (n) => `Pipedrive company ${n}`,
  zendesk: (n) => `support-${n}.zendesk.com`,
  freshdesk: (n) => `helpdesk-${n}.freshdesk.com`,
};

/**
 * Accepts keys that start with "test_", are at least 16 characters and hold only letters,
 * digits, "_" and "-"; the same key always opens the same account.
 */
export const simulatedIntegrations: IntegrationGateway = {
  async verifyApiKey(provider, apiKey) {
    const name = providerLabel(provider);
    if (!apiKey.startsWith(TEST_KEY_PREFIX) || apiKey.length < TEST_KEY_MIN_LENGTH || !/^[A-Za-z0-9_-]+$/.test(apiKey)) {
      return {
        ok: false,
        message: `${name} rejected this API key. In test mode keys start with “${TEST_KEY_PREFIX}” and are at least ${TEST_KEY_MIN_LENGTH} characters (letters, digits, “_” or “-”).`,
      };
    }
    const digest = crypto.createHash("sha256").update(`${provider}:${apiKey}`).digest();
    const number = String((digest.readUInt32BE(0) % 9_000_000) + 1_000_000);
    return { ok: true, accountName: ACCOUNT[provider](number) };
  },
};

export function integrationGateway(): IntegrationGateway {
  return simulatedIntegrations;
}
