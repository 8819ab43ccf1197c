import { canUseApi, planLabel, PLANS, type Plan } from "@/lib/plans";

/** Webhooks come with the API: Business and above. */
export const canUseWebhooks = canUseApi;

const WEBHOOKS_PLAN: Plan = PLANS.find(canUseWebhooks)!;

export function webhooksUnavailable(plan: Plan): string {
  return `Webhooks are available on the ${planLabel(WEBHOOKS_PLAN)} plan and above. Your organisation is on ${planLabel(plan)}.`;
}
