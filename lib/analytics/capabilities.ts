// What the dashboards explain to a member who lacks a toggle; the server holds the line itself.
import { can, needsMessage, type Access } from "@/lib/authz/check";

export function exportLock(access: Access): string | undefined {
  return can(access, "analytics.export") ? undefined : needsMessage("analytics.export", "Exporting");
}

export function teamStatsLock(access: Access): string | undefined {
  return can(access, "analytics.teamStats") ? undefined : needsMessage("analytics.teamStats", "Organisation totals", { plural: true });
}

export function individualStatsLock(access: Access): string | undefined {
  return can(access, "analytics.individualStats") ? undefined : needsMessage("analytics.individualStats", "Each member's figures", { plural: true });
}
