import { defineAction, type ActionDefinition } from "@/lib/action";
import { can } from "@/lib/authz/check";
import { formatCents } from "@/lib/billing/money";
import { formatPhone } from "./format";
import { assignNumberInput, callerIdInput, purchaseNumberInput } from "./schema";
import { assignNumber, numberName, purchaseNumber, setMemberCallerId } from "./service";

export const purchaseNumberAction = defineAction({
  name: "numbers.purchase",
  permission: "numbers.purchase",
  schema: purchaseNumberInput,
  async run({ db, actor, input }) {
    const number = await purchaseNumber(db, actor, input);
    const next = can(actor, "numbers.assign") ? " Choose who it rings below." : "";
    return {
      ok: true,
      message: `Bought ${formatPhone(number.e164)}.`,
      redirectTo: `/numbers/${number.id}`,
      flash: `Bought ${formatPhone(number.e164)}. It is billed at ${formatCents(number.monthlyPriceCents)} a month from today.${next}`,
    };
  },
});

export const assignNumberAction = defineAction({
  name: "numbers.assign",
  permission: "numbers.assign",
  schema: assignNumberInput,
  async run({ db, actor, input }) {
    const { number, changed, description } = await assignNumber(db, actor, input);
    const name = numberName(number);
    if (input.target.type === "none") {
      return { ok: true, message: changed ? `Saved. ${name} no longer rings anyone.` : `${name} already rings nobody.` };
    }
    return { ok: true, message: changed ? `Saved. ${name} now rings ${description}.` : `${name} already rings ${description}.` };
  },
});

export const setCallerIdAction = defineAction({
  name: "numbers.setCallerId",
  permission: "numbers.callerId",
  schema: callerIdInput,
  async run({ db, actor, input }) {
    const { member, changed, shown } = await setMemberCallerId(db, actor, { memberId: input.memberId, numberId: input.numberId || null });
    const what = shown === "None" ? "no caller ID of their own" : shown;
    return { ok: true, message: changed ? `Saved. ${member.name} now calls out with ${what}.` : `${member.name} already calls out with ${what}.` };
  },
});

export const numbersActions: ActionDefinition[] = [purchaseNumberAction, assignNumberAction, setCallerIdAction] as ActionDefinition[];
