// Organisation-wide forms (plan, card, connecting an integration) name no row of their own:
// they carry the organisation they were opened for, so a form left open in a tab cannot
// change another organisation after the person signs in elsewhere. Another organisation's
// id is not found, like any other row of another tenant.
import { z } from "zod";
import type { Access } from "@/lib/authz/check";
import { DomainError } from "@/lib/errors";

export const organizationId = z.uuid("The organisation is not valid.");

export function assertOwnOrganization(actor: Pick<Access, "orgId">, orgId: string): void {
  if (actor.orgId !== orgId) {
    throw new DomainError("not_found", "This form belongs to an organisation you are not signed in to. Reload the page and try again.");
  }
}
