// What each call-flow editor offers a member, with the visible reason when it is read-only.
// The server refuses the same things on its own (lib/action.ts checks the permission).
import { can, type Access } from "@/lib/authz/check";
import { permissionLabel, type Permission } from "@/lib/authz/permissions";

export type Editable = { ok: true } | { ok: false; reason: string };

const PARTS = {
  ivr: { permission: "callFlows.ivr", what: "IVR menus" },
  ringGroups: { permission: "callFlows.ringGroups", what: "ring groups" },
  hours: { permission: "callFlows.hours", what: "business hours" },
  routing: { permission: "callFlows.routing", what: "routing rules" },
} as const satisfies Record<string, { permission: Permission; what: string }>;

export type CallFlowPart = keyof typeof PARTS;

export function canEdit(access: Pick<Access, "permissions">, part: CallFlowPart): Editable {
  const { permission, what } = PARTS[part];
  if (can(access, permission)) return { ok: true };
  return { ok: false, reason: `Read only: changing ${what} needs the “${permissionLabel(permission)}” permission.` };
}
