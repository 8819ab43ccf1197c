// Records when a custom role's permissions are exercised, without a write per request: uses
// are kept in memory and written every few seconds in one upsert per database.
import type { Db } from "@/db";
import { upsertUsage, type UsageRow } from "@/db/queries/role-reviews";
import type { Access } from "@/lib/authz/check";
import { requiredPermissions, type Requirement } from "@/lib/authz/routes";

const USAGE_FLUSH_MS = 5_000;

type Buffer = { pending: Map<Db, Map<string, UsageRow>>; timer?: ReturnType<typeof setTimeout> };

// On globalThis: the bundler may load this module more than once in one server process.
const store = globalThis as typeof globalThis & { __switchboardUsage?: Buffer };
const buffer: Buffer = (store.__switchboardUsage ??= { pending: new Map() });

/** Notes that the member just exercised the permissions the requirement asks for that they hold. */
export function noteUse(db: Db, access: Access, requirement: Requirement, now = new Date()): void {
  if (access.role.kind !== "custom" || access.customRoleInactive) return;
  const used = requiredPermissions(requirement).filter((p) => access.permissions.has(p));
  if (!used.length) return;
  let rows = buffer.pending.get(db);
  if (!rows) buffer.pending.set(db, (rows = new Map<string, UsageRow>()));
  for (const permission of used) {
    rows.set(`${access.role.id}:${permission}`, { orgId: access.orgId, roleId: access.role.id, permission, lastUsedAt: now });
  }
  buffer.timer ??= setTimeout(() => void flushUsage(), USAGE_FLUSH_MS);
  // Never keeps a process (a test run, a build) alive just to write usage.
  buffer.timer.unref?.();
}

/** Writes what is buffered now. Usage is a hint for reviews: a failed write is dropped, never thrown. */
export async function flushUsage(): Promise<void> {
  if (buffer.timer) clearTimeout(buffer.timer);
  buffer.timer = undefined;
  const batches = [...buffer.pending];
  buffer.pending.clear();
  for (const [db, rows] of batches) {
    const values = [...rows.values()];
    try {
      await upsertUsage(db, values);
    } catch {
      // One deleted role fails the whole batch: keep the rest, row by row.
      for (const row of values) await upsertUsage(db, [row]).catch(() => undefined);
    }
  }
}
