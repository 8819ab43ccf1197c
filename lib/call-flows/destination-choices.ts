// The destinations a form offers, grouped for one <select>, and the names they are shown with.
import type { listDestinationTargets } from "@/db/queries/call-flows";
import { encodeDestination, type DestinationNames } from "./destinations";

type Targets = Awaited<ReturnType<typeof listDestinationTargets>>;

type DestinationChoice = { value: string; label: string };
export type DestinationGroup = { label: string; options: DestinationChoice[] };

export function destinationNamesOf(targets: Targets): DestinationNames {
  return {
    members: new Map(targets.members.map((m) => [m.id, { name: m.name, active: m.status === "active" }])),
    ringGroups: new Map(targets.ringGroups.map((g) => [g.id, g.name])),
    ivrMenus: new Map(targets.ivrMenus.map((m) => [m.id, m.name])),
  };
}

export function destinationGroups(targets: Targets): DestinationGroup[] {
  const groups: DestinationGroup[] = [
    {
      label: "Ring groups",
      options: targets.ringGroups.map((g) => ({ value: encodeDestination({ type: "ringGroup", id: g.id }), label: `${g.name} ring group` })),
    },
    {
      label: "IVR menus",
      options: targets.ivrMenus.map((m) => ({ value: encodeDestination({ type: "ivr", id: m.id }), label: m.name })),
    },
    {
      label: "Members",
      options: targets.members.map((m) => ({
        value: encodeDestination({ type: "member", id: m.id }),
        label: m.status === "active" ? m.name : `${m.name} (deactivated)`,
      })),
    },
    { label: "Other", options: [{ value: "voicemail", label: "Voicemail" }] },
  ];
  return groups.filter((g) => g.options.length > 0);
}
