// Why the UI withholds a billing action, for the visible reason beside it; the server refuses on its own.
import { can, lackingMessage, type Access } from "@/lib/authz/check";

export function planLock(access: Pick<Access, "permissions">): string | undefined {
  return can(access, "billing.plan") ? undefined : `${lackingMessage("billing.plan")} Ask an Owner to change the plan.`;
}

export function paymentLock(access: Pick<Access, "permissions">): string | undefined {
  return can(access, "billing.payment") ? undefined : `${lackingMessage("billing.payment")} Ask an Owner to change the card.`;
}
