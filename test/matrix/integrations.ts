import { integrations } from "@/db/schema";
import { seal } from "@/lib/crypto/secret-box";
import { keyContext } from "@/lib/integrations/service";
import type { MatrixArea } from "./types";

let serial = 0;
const key = () => `test_matrix_key_${String(++serial).padStart(4, "0")}`;

// HubSpot (CRM) and Zendesk (helpdesk) connected in the scene's organisation; Salesforce and
// Freshdesk free to connect.
export const integrationsMatrix: MatrixArea = {
  async build(db, { org }) {
    const rows = await db
      .insert(integrations)
      .values(
        (["hubspot", "zendesk"] as const).map((provider) => ({
          orgId: org.org.id,
          provider,
          apiKeyCiphertext: seal("test_matrix_sealed_key", keyContext(org.org.id, provider)),
          apiKeyLast4: "_key",
          accountName: `Matrix ${provider}`,
          connectedAt: new Date(),
        })),
      )
      .returning({ id: integrations.id, provider: integrations.provider });
    return Object.fromEntries(rows.map((row) => [`integration.${row.provider}`, row.id]));
  },
  forms: {
    "integrations.connectCrm": (s) => ({ orgId: s.org.org.id, provider: "salesforce", apiKey: key() }),
    "integrations.disconnectCrm": (s) => ({ integrationId: s.ids["integration.hubspot"] }),
    "integrations.connectHelpdesk": (s) => ({ orgId: s.org.org.id, provider: "freshdesk", apiKey: key() }),
    "integrations.disconnectHelpdesk": (s) => ({ integrationId: s.ids["integration.zendesk"] }),
  },
};
