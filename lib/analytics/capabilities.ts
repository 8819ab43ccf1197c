// What the dashboards explain to a member who lacks a toggle; the server holds the line itself.
import { can, type Access } from "@/lib/authz/check";

export function exportLock(access: Access): string | undefined {
  return can(access, "analytics.export") ? undefined : "Exporting needs the Export reports permission.";
}

export function teamStatsLock(access: Access): string | undefined {
  return can(access, "analytics.teamStats") ? undefined : "Organisation totals need the Access team-wide stats permission.";
}

export function individualStatsLock(access: Access): string | undefined {
  return can(access, "analytics.individualStats") ? undefined : "Each member's figures need the Access individual stats permission.";
}
