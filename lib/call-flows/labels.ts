// The product's words for ring strategies, routing conditions and IVR keys.
import type { RoutingCondition } from "@/db/schema";

export const RING_STRATEGIES = ["simultaneous", "round_robin", "sequential"] as const;
export type RingStrategy = (typeof RING_STRATEGIES)[number];

export const STRATEGY_LABELS: Record<RingStrategy, { label: string; description: string }> = {
  simultaneous: { label: "Ring all at once", description: "Every member's phone rings; the first to answer takes the call." },
  round_robin: { label: "Round robin", description: "Calls take turns, starting with the member after whoever answered last." },
  sequential: { label: "In order", description: "Members ring one after another, in the order listed." },
};

export const IVR_KEYS = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "0", "*", "#"] as const;

export const CONDITION_TYPES = ["openHours", "closedHours", "callerPrefix", "always"] as const;
export type ConditionType = (typeof CONDITION_TYPES)[number];

export const CONDITION_LABELS: Record<ConditionType, string> = {
  openHours: "During business hours",
  closedHours: "Outside business hours",
  callerPrefix: "Caller's number starts with",
  always: "Always",
};

export function conditionText(condition: RoutingCondition): string {
  return condition.type === "callerPrefix" ? `${CONDITION_LABELS.callerPrefix} ${condition.prefix}` : CONDITION_LABELS[condition.type];
}
