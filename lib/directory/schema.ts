import { z } from "zod";

const id = z.uuid("Choose from the list.");

/**
 * The mapping form: one row per directory group with its role ("" for not mapped) and its
 * precedence (1 first), and the default role ("" for Agent).
 */
export const mappingInput = z
  .object({
    groupId: z.array(id).max(200),
    roleId: z.array(z.union([id, z.literal("")])).max(200),
    priority: z.array(z.coerce.number().int("Precedence is a whole number.").min(1, "Precedence starts at 1.").max(999)).max(200),
    defaultRoleId: z.union([id, z.literal("")]).transform((v) => v || null),
  })
  .refine((v) => v.groupId.length === v.roleId.length && v.groupId.length === v.priority.length, { message: "Each group needs a role and a precedence." })
  .transform((v) => ({
    // A row left on "Not mapped" maps nothing; ties keep the page's order.
    mappings: v.groupId
      .map((groupId, i) => ({ groupId, roleId: v.roleId[i], priority: v.priority[i], i }))
      .filter((row) => row.roleId)
      .sort((a, b) => a.priority - b.priority || a.i - b.i)
      .map(({ groupId, roleId }) => ({ groupId, roleId })),
    defaultRoleId: v.defaultRoleId,
  }));
