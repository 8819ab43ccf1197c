import { csvRow } from "@/lib/csv";

type ExportedMember = { name: string; email: string; roleName: string; status: string; twoFactorOn: boolean };

/** The team list as CSV: one row per member with their role, through the shared CSV writer. */
export function membersCsv(rows: ExportedMember[]): string {
  return [
    csvRow(["Name", "Email", "Role", "Status", "Two-factor"]),
    ...rows.map((m) => csvRow([m.name, m.email, m.roleName, m.status === "active" ? "Active" : "Deactivated", m.twoFactorOn ? "On" : "Off"])),
  ].join("");
}
