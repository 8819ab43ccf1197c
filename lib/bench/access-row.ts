// Where a request's access row comes from: the database, fresh, in every build. Only in a
// bench build's "stale" and "bypass" variants is it read once per member and trusted from
// then on, as apps that bake permissions into the session token do.
import { getDb } from "@/db";
import { findAccessRow, type AccessRow } from "@/db/queries/access";
import type { BenchVariant } from "./variant";

const remembered = new Map<string, AccessRow | null>();

/** A request's access row: read fresh, except in the bench's stale and bypass variants. */
export function accessRowFor(variant: BenchVariant, memberId: string): Promise<AccessRow | null> {
  return variant === "stale" || variant === "bypass" ? staleAccessRow(memberId) : findAccessRow(getDb(), memberId);
}

async function staleAccessRow(memberId: string): Promise<AccessRow | null> {
  if (!remembered.has(memberId)) remembered.set(memberId, await findAccessRow(getDb(), memberId));
  return remembered.get(memberId)!;
}
