import { Badge } from "@/components/ui/badge";

const LOOK = {
  queued: { tone: "neutral", label: "Queued" },
  sent: { tone: "brand", label: "Sent" },
  delivered: { tone: "success", label: "Delivered" },
  failed: { tone: "danger", label: "Not delivered" },
} as const;

/** The carrier's latest delivery report for an outbound message; nothing for received ones. */
export function DeliveryBadge({ status }: { status: "queued" | "sent" | "delivered" | "failed" | "received" }) {
  if (status === "received") return null;
  const look = LOOK[status];
  return <Badge tone={look.tone}>{look.label}</Badge>;
}
