import { defineAction, type ActionDefinition } from "@/lib/action";
import { updateHoursInput, updateIvrInput, updateRingGroupInput, updateRoutingInput } from "./schema";
import { updateBusinessHours, updateIvrMenu, updateRingGroup, updateRoutingRules } from "./service";

const NOTHING_CHANGED = "Nothing to save: no changes.";

export const updateIvrMenuAction = defineAction({
  name: "callFlows.updateIvrMenu",
  permission: "callFlows.ivr",
  schema: updateIvrInput,
  arrays: ["optionKey", "optionLabel", "optionDestination"],
  async run({ db, actor, input }) {
    const { menu, changed } = await updateIvrMenu(db, actor, input);
    return { ok: true, message: changed ? `Saved the “${menu.name}” menu.` : NOTHING_CHANGED };
  },
});

export const updateRingGroupAction = defineAction({
  name: "callFlows.updateRingGroup",
  permission: "callFlows.ringGroups",
  schema: updateRingGroupInput,
  arrays: ["memberIds"],
  async run({ db, actor, input }) {
    const { group, changed } = await updateRingGroup(db, actor, input);
    return { ok: true, message: changed ? `Saved the “${group.name}” ring group.` : NOTHING_CHANGED };
  },
});

export const updateBusinessHoursAction = defineAction({
  name: "callFlows.updateHours",
  permission: "callFlows.hours",
  schema: updateHoursInput,
  arrays: ["holidayDate", "holidayName"],
  async run({ db, actor, input }) {
    const { changed } = await updateBusinessHours(db, actor, input);
    return { ok: true, message: changed ? "Saved the business hours." : NOTHING_CHANGED };
  },
});

export const updateRoutingRulesAction = defineAction({
  name: "callFlows.updateRouting",
  permission: "callFlows.routing",
  schema: updateRoutingInput,
  arrays: ["ruleName", "ruleCondition", "rulePrefix", "ruleDestination"],
  async run({ db, actor, input }) {
    const { changed } = await updateRoutingRules(db, actor, input);
    return { ok: true, message: changed ? "Saved the routing rules." : NOTHING_CHANGED };
  },
});

export const callFlowsActions: ActionDefinition[] = [
  updateIvrMenuAction,
  updateRingGroupAction,
  updateBusinessHoursAction,
  updateRoutingRulesAction,
] as ActionDefinition[];
