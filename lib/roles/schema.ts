import { z } from "zod";
import { countField, versionField } from "@/lib/form-numbers";
import { imitatesBuiltIn } from "@/lib/authz/built-in-roles";
import { isPermission, sortPermissions, type Permission } from "@/lib/authz/permissions";
import { nameProblem } from "@/lib/text/names";
import { TEMPLATE_KEYS } from "./templates";
import { ROLE_DESCRIPTION_MAX, ROLE_NAME_MAX } from "./limits";

const CONTROL = /[\p{Cc}\p{Cf}]/u;

export const roleName = z
  .string()
  .trim()
  // One stored form for what looks the same: "Zoë" typed composed or decomposed.
  .overwrite((name) => name.normalize("NFC"))
  .min(1, "Enter a name for the role.")
  .max(ROLE_NAME_MAX, `Role names can be at most ${ROLE_NAME_MAX} characters.`)
  .superRefine((name, ctx) => {
    const problem = nameProblem(name, "Role names");
    if (problem) ctx.addIssue({ code: "custom", message: problem, abort: true });
  })
  .refine((name) => !imitatesBuiltIn(name), "That name belongs to a built-in role. Choose another.");

export const roleDescription = z
  .string()
  // Browsers submit a textarea's line breaks as CRLF: store them as LF, and count them once.
  .overwrite((text) => text.replace(/\r\n?/g, "\n"))
  .trim()
  .max(ROLE_DESCRIPTION_MAX, `Descriptions can be at most ${ROLE_DESCRIPTION_MAX} characters.`)
  .refine((text) => !CONTROL.test(text.replace(/[\n\t]/g, "")), "Descriptions can't contain control characters.")
  .default("");

const permissionList = z
  .array(z.string())
  .max(200)
  .refine((keys) => keys.every(isPermission), "Unknown permission in the request.")
  .transform((keys) => sortPermissions(keys as Permission[]));

export const uuid = (what: string) => z.uuid(`${what} is not valid.`);

export const roleFields = z.object({
  name: roleName,
  description: roleDescription,
  permissions: permissionList,
});

export const createRoleInput = roleFields
  .extend({
    duplicatedFromId: z.union([uuid("The role to duplicate"), z.literal("")]).optional(),
    template: z.union([z.enum(TEMPLATE_KEYS, "Unknown template."), z.literal("")]).optional(),
  })
  .refine((input) => !(input.duplicatedFromId && input.template), "Start from a role or a template, not both.");

export const updateRoleInput = roleFields.extend({
  roleId: uuid("The role"),
  version: versionField,
});

export const deleteRoleInput = z.object({
  roleId: uuid("The role"),
  version: versionField,
  // How many members the confirmation listed: refused if that changed since.
  memberCount: countField,
});

export const assignRoleInput = z.object({
  memberId: uuid("The member"),
  roleId: uuid("The role"),
  // The role the confirmation showed the member leaving: refused if that changed since.
  fromRoleId: z
    .union([uuid("The current role"), z.literal("")])
    .optional()
    .transform((value) => value || undefined),
});

export const restoreRoleInput = z.object({
  roleId: uuid("The role"),
  // The version being restored, and the current version the person saw.
  fromVersion: z.coerce.number().int().positive(),
  version: z.coerce.number().int().positive(),
});

export const confirmReviewInput = z.object({
  roleId: uuid("The role"),
  version: z.coerce.number().int().positive(),
});

export const removeUnusedInput = confirmReviewInput.extend({
  remove: permissionList,
});

export const previewRoleUpdateInput = z.object({
  roleId: uuid("The role"),
  // Only shown as the role's new name in the preview; Save Role validates it.
  name: z.string().trim().max(ROLE_NAME_MAX).optional(),
  permissions: permissionList,
});

export const bulkSelectionInput = z.object({
  roleId: z.string().min(1, "Choose a role.").pipe(uuid("The role")),
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
