import { insertApiKey } from "@/db/queries/api-keys";
import type { MatrixArea } from "./types";

let serial = 0;

// One live key of the scene's Owner, to revoke; creating names the organisation, like the other organisation-wide forms.
export const apiKeysMatrix: MatrixArea = {
  async build(db, { org, owner }) {
    const key = await insertApiKey(db, {
      orgId: org.org.id,
      createdById: owner.id,
      name: "Matrix key",
      prefix: "sbk_matrix00",
      tokenHash: `matrix-${org.org.id}`,
      permissions: ["members.view"],
      expiresAt: new Date(Date.now() + 86_400_000),
    });
    return { apiKey: key.id };
  },
  forms: {
    "apiKeys.create": (s) => ({ orgId: s.org.org.id, name: `Matrix key ${++serial}`, expiresInDays: "30", permissions: ["integrations.apiKeys"] }),
    "apiKeys.revoke": (s) => ({ keyId: s.ids.apiKey }),
  },
};
