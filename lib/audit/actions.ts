import { defineAction, type ActionDefinition } from "@/lib/action";
import { changeAuditRetention, retentionInput, retentionNote } from "./retention";

// Only Owners hold security.manage: how long the organisation's record is kept is theirs to decide.
export const setAuditRetentionAction = defineAction({
  name: "audit.setRetention",
  permission: "security.manage",
  schema: retentionInput,
  async run({ db, actor, input }) {
    const changed = await changeAuditRetention(db, actor, input);
    const now = `Audit entries are kept ${retentionNote(actor.plan, typeof input.days === "number" ? input.days : null)}.`;
    return { ok: true, message: changed ? `Saved. ${now}` : `No change. ${now}` };
  },
});

export const auditActions: ActionDefinition[] = [setAuditRetentionAction] as ActionDefinition[];
