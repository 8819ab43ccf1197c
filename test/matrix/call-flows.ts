import { ivrMenus, ringGroupMembers, ringGroups } from "@/db/schema";
import type { MatrixArea } from "./types";

// A ring group and an IVR menu in the scene's organisation; hours and routing are per
// organisation, so their forms name the organisation (another one's is not found).
export const callFlowsMatrix: MatrixArea = {
  async build(db, scene) {
    const orgId = scene.org.org.id;
    const [group] = await db.insert(ringGroups).values({ orgId, name: "Matrix support" }).returning();
    await db.insert(ringGroupMembers).values({ ringGroupId: group.id, memberId: scene.owner.id, position: 0 });
    const [menu] = await db
      .insert(ivrMenus)
      .values({ orgId, name: "Matrix menu", greeting: "Welcome.", options: [{ key: "1", label: "Support", destination: { type: "ringGroup", id: group.id } }] })
      .returning();
    return { ringGroupId: group.id, ivrMenuId: menu.id };
  },
  forms: {
    "callFlows.updateIvrMenu": (s) => ({
      menuId: s.ids.ivrMenuId,
      version: "1",
      name: "Matrix menu",
      greeting: "Welcome to the matrix.",
      optionKey: ["1", "0"],
      optionLabel: ["Support", "Operator"],
      optionDestination: [`ringGroup:${s.ids.ringGroupId}`, `member:${s.owner.id}`],
    }),
    "callFlows.updateRingGroup": (s) => ({
      groupId: s.ids.ringGroupId,
      version: "1",
      name: "Matrix support",
      strategy: "sequential",
      timeoutSeconds: "25",
      memberIds: [s.agent.id, s.owner.id],
    }),
    "callFlows.updateHours": (s) => ({
      orgId: s.org.org.id,
      version: "1",
      timeZone: "Europe/London",
      mon_open: "on",
      mon_from: "08:30",
      mon_to: "17:00",
      holidayDate: ["2030-12-25"],
      holidayName: ["Christmas Day"],
    }),
    "callFlows.updateRouting": (s) => ({
      orgId: s.org.org.id,
      version: "1",
      ruleName: ["Closed", "Irish callers"],
      ruleCondition: ["closedHours", "callerPrefix"],
      rulePrefix: ["", "+353"],
      ruleDestination: ["voicemail", `ivr:${s.ids.ivrMenuId}`],
    }),
  },
};
