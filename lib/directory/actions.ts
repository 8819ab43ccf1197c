import { defineAction, type ActionDefinition, type ActionResult } from "@/lib/action";
import { plural } from "@/lib/format";
import { previewMapping, saveMapping, type DirectoryMove } from "./groups";
import { mappingInput } from "./schema";

/** The preview travels back in the action's answer: who would move where. */
type PreviewResult = ActionResult & { moves?: DirectoryMove[] };

// Mapping a group to a role assigns that role by proxy: Manage roles (which needs Assign roles),
// plus every permission of each mapped role (lib/directory/groups.ts checkMapping).
export const previewDirectoryMappingAction = defineAction({
  name: "roles.previewDirectoryMapping",
  permission: "roles.manage",
  readOnly: true,
  schema: mappingInput,
  arrays: ["groupId", "roleId", "priority"],
  async run({ db, actor, input }) {
    const moves = await previewMapping(db, actor, input);
    const result: PreviewResult = {
      ok: true,
      message: moves.length ? `${plural(moves.length, "member")} would change role.` : "Nobody's role would change.",
      moves,
    };
    return result;
  },
});

export const saveDirectoryMappingAction = defineAction({
  name: "roles.saveDirectoryMapping",
  permission: "roles.manage",
  schema: mappingInput,
  arrays: ["groupId", "roleId", "priority"],
  async run({ db, actor, input }) {
    const { moved } = await saveMapping(db, actor, input);
    return { ok: true, message: `Mapping saved. ${moved ? `${plural(moved, "member")} changed role.` : "Nobody's role changed."}` };
  },
});

export const directoryActions = [previewDirectoryMappingAction, saveDirectoryMappingAction] as ActionDefinition[];
