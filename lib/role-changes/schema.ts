import { z } from "zod";
import { permissionList, uuid } from "@/lib/roles/schema";

export const previewRoleUpdateInput = z.object({
  roleId: uuid("The role"),
  // Only shown as the role's new name in the preview; Save Role validates it.
  name: z.string().trim().max(50).optional(),
  permissions: permissionList,
});

export const bulkSelectionInput = z.object({
  roleId: uuid("The role"),
  memberIds: z.array(uuid("A selected member")).max(500, "Select at most 500 members."),
  allMatching: z
    .union([z.literal("1"), z.literal("")])
    .optional()
    .transform((value) => value === "1"),
  q: z.string().trim().max(100).default(""),
  filterRoleId: z
    .union([uuid("The role filter"), z.literal("")])
    .optional()
    .transform((value) => value || undefined),
});

export const bulkAssignInput = bulkSelectionInput.extend({
  token: z.string().regex(/^[0-9a-f]{64}$/, "Review the change before confirming it."),
});
