// What each call-flow editor offers a member, with the visible reason when it is read-only.
// The server refuses the same things on its own (lib/action.ts checks the permission).
import { can, needsMessage, type Access } from "@/lib/authz/check";
import type { Permission } from "@/lib/authz/permissions";

const PARTS = {
  ivr: { permission: "callFlows.ivr", what: "IVR menus" },
  ringGroups: { permission: "callFlows.ringGroups", what: "ring groups" },
  hours: { permission: "callFlows.hours", what: "business hours" },
  routing: { permission: "callFlows.routing", what: "routing rules" },
} as const satisfies Record<string, { permission: Permission; what: string }>;

export type CallFlowPart = keyof typeof PARTS;

/** Why this part is read-only for this person, or undefined when they may edit it. */
export function editLock(access: Pick<Access, "permissions">, part: CallFlowPart): string | undefined {
  const { permission, what } = PARTS[part];
  return can(access, permission) ? undefined : needsMessage(permission, `Read only: changing ${what}`, { quoted: true });
}
