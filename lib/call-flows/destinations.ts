// A destination travels through forms as one string ("ringGroup:<id>", "voicemail"), so a
// single <select> can offer members, ring groups and menus together.
import type { Destination } from "@/db/schema";

const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const KINDS = ["member", "ringGroup", "ivr"] as const;

export function encodeDestination(destination: Destination): string {
  return destination.type === "voicemail" ? "voicemail" : `${destination.type}:${destination.id}`;
}

export function decodeDestination(value: string): Destination | null {
  if (value === "voicemail") return { type: "voicemail" };
  const [type, id, ...rest] = value.split(":");
  if (rest.length || !id || !ID.test(id)) return null;
  const kind = KINDS.find((k) => k === type);
  return kind ? { type: kind, id: id.toLowerCase() } : null;
}

export const sameDestination = (a: Destination, b: Destination) => encodeDestination(a) === encodeDestination(b);

/** The names a destination is shown with: the organisation's members, ring groups and menus. */
export type DestinationNames = {
  members: ReadonlyMap<string, { name: string; active: boolean }>;
  ringGroups: ReadonlyMap<string, string>;
  ivrMenus: ReadonlyMap<string, string>;
};

export function destinationLabel(destination: Destination, names: DestinationNames): string {
  switch (destination.type) {
    case "voicemail":
      return "Voicemail";
    case "member": {
      const member = names.members.get(destination.id);
      if (!member) return "A member who was removed";
      return member.active ? member.name : `${member.name} (deactivated)`;
    }
    case "ringGroup": {
      const name = names.ringGroups.get(destination.id);
      return name ? `${name} ring group` : "A ring group that was removed";
    }
    case "ivr": {
      const name = names.ivrMenus.get(destination.id);
      return name ? `${name} (IVR menu)` : "An IVR menu that was removed";
    }
  }
}

/** Every id a set of destinations names, by kind: what must belong to the organisation. */
export function destinationIds(destinations: readonly Destination[]) {
  const ids = { member: new Set<string>(), ringGroup: new Set<string>(), ivr: new Set<string>() };
  for (const d of destinations) if (d.type !== "voicemail") ids[d.type].add(d.id);
  return { memberIds: [...ids.member], ringGroupIds: [...ids.ringGroup], ivrMenuIds: [...ids.ivr] };
}
