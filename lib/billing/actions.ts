import { defineAction, type ActionDefinition } from "@/lib/action";
import { planLabel } from "@/lib/plans";
import { agree, plural } from "@/lib/format";
import { affectedMemberCount, changeOrganizationPlan } from "./plan-change";
import { changePlanInput, paymentMethodInput } from "./schema";
import { cardName, updatePaymentMethod } from "./payment-method";

const actAsAgents = (members: number) => `${plural(members, "member")} ${agree(members, { one: "acts as an Agent", other: "act as Agents" })}`;

export const changePlanAction = defineAction({
  name: "billing.changePlan",
  permission: "billing.plan",
  schema: changePlanInput,
  async run({ db, actor, input }) {
    const { to, changed, endsTrial, impact } = await changeOrganizationPlan(db, actor, input);
    if (!changed) return { ok: true, message: `Your organisation is already on ${planLabel(to)}.` };
    const inactive = impact.length
      ? ` ${plural(impact.length, "custom role")} inactive until you upgrade; ${actAsAgents(affectedMemberCount(impact))} meanwhile.`
      : "";
    // Someone whose own custom role just became inactive may no longer open the plans page.
    const ownRoleInactive = impact.some((role) => role.id === actor.role.id);
    const message = `Your organisation is now on ${planLabel(to)}${endsTrial ? ", and the trial is over" : ""}.${inactive}`;
    return ownRoleInactive ? { ok: true, message, redirectTo: "/" } : { ok: true, message, redirectTo: "/billing/plans", flash: message };
  },
});

export const updatePaymentMethodAction = defineAction({
  name: "billing.updatePaymentMethod",
  permission: "billing.payment",
  schema: paymentMethodInput,
  async run({ db, actor, input }) {
    const card = await updatePaymentMethod(db, actor, input);
    return { ok: true, message: `Saved. The organisation now pays with the ${cardName(card)}.` };
  },
});

export const billingActions: ActionDefinition[] = [changePlanAction, updatePaymentMethodAction] as ActionDefinition[];
