// The History tab's entries: saved versions and membership changes, newest first.
import type { RoleMemberChange, RoleVersion } from "@/db/schema";

export type TimelineEntry =
  | { type: "version"; at: Date; version: RoleVersion; renamedFrom?: string }
  | { type: "member"; at: Date; change: RoleMemberChange };

export function roleTimeline(versions: RoleVersion[], changes: RoleMemberChange[]): TimelineEntry[] {
  const byNumber = new Map(versions.map((v) => [v.version, v]));
  const entries: TimelineEntry[] = [
    ...versions.map((version) => {
      const previous = byNumber.get(version.version - 1);
      const renamedFrom = previous && previous.name !== version.name ? previous.name : undefined;
      return { type: "version" as const, at: version.createdAt, version, renamedFrom };
    }),
    ...changes.map((change) => ({ type: "member" as const, at: change.createdAt, change })),
  ];
  // Versions before member changes at the same instant: a role exists before anyone joins it.
  return entries.sort((a, b) => b.at.getTime() - a.at.getTime() || (a.type === b.type ? 0 : a.type === "member" ? -1 : 1));
}
