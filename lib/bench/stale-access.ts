// The "stale" bench variant: permissions read once per member and trusted from then on, as
// apps that bake permissions into the session token do. Only a bench build reaches this.
import { getDb } from "@/db";
import { findAccessRow, type AccessRow } from "@/db/queries/access";

const remembered = new Map<string, AccessRow | null>();

export async function staleAccessRow(memberId: string): Promise<AccessRow | null> {
  if (!remembered.has(memberId)) remembered.set(memberId, await findAccessRow(getDb(), memberId));
  return remembered.get(memberId)!;
}
