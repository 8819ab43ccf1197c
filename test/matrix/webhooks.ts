import { insertWebhookEndpoint } from "@/db/queries/webhooks";
import { webhookDeliveries } from "@/db/schema";
import { sealWebhookSecret } from "@/lib/webhooks/secret";
import type { MatrixArea } from "./types";

// One endpoint of the scene's organisation with one delivered event, to turn off, delete and redeliver;
// adding names the organisation, like the other organisation-wide forms. Saving checks the address,
// so the matrix adds a public IP literal (no DNS, nothing is sent).
export const webhooksMatrix: MatrixArea = {
  async build(db, { org, owner }) {
    const endpoint = await insertWebhookEndpoint(db, {
      orgId: org.org.id,
      url: "https://203.0.113.10/matrix",
      events: ["role.created"],
      secretCiphertext: sealWebhookSecret(org.org.id, "whsec_bWF0cml4"),
      createdById: owner.id,
    });
    const [delivery] = await db
      .insert(webhookDeliveries)
      .values({ orgId: org.org.id, endpointId: endpoint.id, eventId: "msg_matrix", eventType: "role.created", payload: {}, status: "delivered" })
      .returning({ id: webhookDeliveries.id });
    return { webhookEndpoint: endpoint.id, webhookDelivery: delivery.id };
  },
  forms: {
    "webhooks.create": (s) => ({ orgId: s.org.org.id, url: "https://203.0.113.10/added", events: ["role.created"] }),
    "webhooks.setEnabled": (s) => ({ endpointId: s.ids.webhookEndpoint, enabled: "false" }),
    "webhooks.delete": (s) => ({ endpointId: s.ids.webhookEndpoint }),
    "webhooks.redeliver": (s) => ({ deliveryId: s.ids.webhookDelivery }),
  },
};
