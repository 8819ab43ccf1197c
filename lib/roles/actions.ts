import { defineAction, type ActionDefinition, type ActionResult } from "@/lib/action";
import { BUILT_IN_ROLES } from "@/lib/authz/built-in-roles";
import { agree, plural } from "@/lib/format";
import { bulkAssignRole, planBulkAssign, type Skipped } from "./bulk-assign";
import type { MemberImpact } from "./impact";
import { roleEditImpact } from "./impact-service";
import {
  assignRoleInput,
  bulkAssignInput,
  bulkSelectionInput,
  confirmReviewInput,
  createRoleInput,
  deleteRoleInput,
  previewRoleUpdateInput,
  removeUnusedInput,
  restoreRoleInput,
  updateRoleInput,
} from "./schema";
import { confirmReview, removeUnusedPermissions } from "./review";
import { assignRole, createRole, deleteRole, restoreRoleVersion, updateRole } from "./service";

export const createRoleAction = defineAction({
  name: "roles.create",
  permission: "roles.manage",
  plan: "customRoles",
  schema: createRoleInput,
  arrays: ["permissions"],
  async run({ db, actor, input }) {
    const role = await createRole(db, actor, {
      ...input,
      duplicatedFromId: input.duplicatedFromId || undefined,
      template: input.template || undefined,
    });
    const message = `Role “${role.name}” created.`;
    return { ok: true, message, redirectTo: `/settings/roles/${role.id}`, flash: message };
  },
});

export const updateRoleAction = defineAction({
  name: "roles.update",
  permission: "roles.manage",
  plan: "customRoles",
  schema: updateRoleInput,
  arrays: ["permissions"],
  async run({ db, actor, input }) {
    const role = await updateRole(db, actor, input);
    return { ok: true, message: `Saved “${role.name}”.` };
  },
});

// Not plan-gated: after a downgrade, inactive roles can still be cleaned up.
export const deleteRoleAction = defineAction({
  name: "roles.delete",
  permission: "roles.manage",
  schema: deleteRoleInput,
  async run({ db, actor, input }) {
    const { role, moved } = await deleteRole(db, actor, input);
    const message = `Deleted “${role.name}”. ${plural(moved.length, "member")} moved to ${BUILT_IN_ROLES.agent.name}.`;
    return { ok: true, message, redirectTo: "/settings/roles", flash: message };
  },
});

export const assignRoleAction = defineAction({
  name: "members.assignRole",
  permission: "roles.assign",
  schema: assignRoleInput,
  async run({ db, actor, input }) {
    const { member, role, changed } = await assignRole(db, actor, input);
    return {
      ok: true,
      message: changed ? `Saved. ${member.name} now has the ${role.name} role.` : `${member.name} already has the ${role.name} role.`,
    };
  },
});

export const restoreRoleAction = defineAction({
  name: "roles.restoreVersion",
  permission: "roles.manage",
  plan: "customRoles",
  schema: restoreRoleInput,
  async run({ db, actor, input }) {
    const { role, changed, fromVersion } = await restoreRoleVersion(db, actor, input);
    return {
      ok: true,
      message: changed
        ? `Restored version ${fromVersion} of “${role.name}” as version ${role.version}.`
        : `“${role.name}” already matches version ${fromVersion}: nothing changed.`,
    };
  },
});

export const confirmReviewAction = defineAction({
  name: "roles.confirmReview",
  permission: "roles.manage",
  plan: "customRoles",
  schema: confirmReviewInput,
  async run({ db, actor, input }) {
    await confirmReview(db, actor, input);
    return { ok: true, message: "Review recorded: still correct." };
  },
});

export const removeUnusedAction = defineAction({
  name: "roles.removeUnused",
  permission: "roles.manage",
  plan: "customRoles",
  schema: removeUnusedInput,
  arrays: ["remove"],
  async run({ db, actor, input }) {
    const { role, removed } = await removeUnusedPermissions(db, actor, input);
    return { ok: true, message: `Review recorded: removed ${plural(removed.length, "permission")} from “${role.name}”.` };
  },
});

// Previews of who gains and loses what, and the bulk role change they confirm. Each preview
// needs the same permission (and plan) as the change it previews.
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
    return {
      ok: true,
      message: `Saved. ${plural(plan.toChange.length, "member")} now ${agree(plan.toChange.length, { one: "has", other: "have" })} the ${plan.target.name} role.${skipped}`,
    };
  },
});

export const rolesActions: ActionDefinition[] = [
  createRoleAction,
  updateRoleAction,
  deleteRoleAction,
  assignRoleAction,
  restoreRoleAction,
  confirmReviewAction,
  removeUnusedAction,
  previewRoleUpdateAction,
  previewBulkAssignAction,
  bulkAssignRoleAction,
];
