// Previews of who gains and loses what, and the bulk role change they confirm. Each preview
// needs the same permission (and plan) as the change it previews.
import { defineAction, type ActionDefinition, type ActionResult } from "@/lib/action";
import { plural } from "@/lib/format";
import { bulkAssignRole, planBulkAssign, type Skipped } from "@/lib/roles/bulk-assign";
import type { MemberImpact } from "@/lib/roles/impact";
import { roleEditImpact } from "@/lib/roles/impact-service";
import { bulkAssignInput, bulkSelectionInput, previewRoleUpdateInput } from "./schema";

/** A preview's answer: the affected members, and for bulk changes who is skipped and the plan's token. */
export type PreviewResult = ActionResult & { impact?: MemberImpact[]; skipped?: Skipped[]; token?: string; roleName?: string };

export const previewRoleUpdateAction = defineAction({
  name: "roles.previewUpdate",
  permission: "roles.manage",
  plan: "customRoles",
  readOnly: true,
  schema: previewRoleUpdateInput,
  arrays: ["permissions"],
  async run({ db, actor, input }) {
    const impact = await roleEditImpact(db, actor, input);
    const result: PreviewResult = { ok: true, message: `${plural(impact.length, "member")} affected.`, impact };
    return result;
  },
});

export const previewBulkAssignAction = defineAction({
  name: "roles.previewBulkAssign",
  permission: "roles.assign",
  readOnly: true,
  schema: bulkSelectionInput,
  arrays: ["memberIds"],
  async run({ db, actor, input }) {
    const plan = await planBulkAssign(db, actor, input);
    const result: PreviewResult = {
      ok: true,
      message: `${plural(plan.changes.length, "member")} would get the ${plan.target.name} role.`,
      impact: plan.changes,
      skipped: plan.skipped,
      token: plan.token,
      roleName: plan.target.name,
    };
    return result;
  },
});

export const bulkAssignRoleAction = defineAction({
  name: "roles.bulkAssign",
  permission: "roles.assign",
  schema: bulkAssignInput,
  arrays: ["memberIds"],
  async run({ db, actor, input }) {
    const plan = await bulkAssignRole(db, actor, input);
    const skipped = plan.skipped.length ? ` ${plural(plan.skipped.length, "member")} left as they were.` : "";
    return { ok: true, message: `Saved. ${plural(plan.toChange.length, "member")} now ${plan.toChange.length === 1 ? "has" : "have"} the ${plan.target.name} role.${skipped}` };
  },
});

export const roleChangesActions: ActionDefinition[] = [previewRoleUpdateAction, previewBulkAssignAction, bulkAssignRoleAction];
