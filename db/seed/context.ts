import { eq } from "drizzle-orm";
import type { Db } from "../client";
import { members, roles, type Organization } from "../schema";

/** What an area's demo data builds on: one organisation, its members, a fixed clock and dice. */
export type SeedContext = {
  db: Db;
  org: Organization;
  members: { id: string; name: string; email: string; roleKind: string; status: string }[];
  /** The seed's "now": demo history is laid out backwards from here. */
  now: Date;
  /** Deterministic in [0, 1): the same demo data on every machine. */
  random: () => number;
  /** Set for organisations made for testing: their lines are numbers the carrier never offers, picked by this key. */
  unlisted?: string;
};

/** mulberry32: tiny, fast and good enough for demo data. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export async function seedContext(db: Db, org: Organization, seed: number, unlisted?: string): Promise<SeedContext> {
  const rows = await db
    .select({ id: members.id, name: members.name, email: members.email, roleKind: roles.kind, status: members.status })
    .from(members)
    .innerJoin(roles, eq(roles.id, members.roleId))
    .where(eq(members.orgId, org.id))
    .orderBy(members.name);
  return { db, org, members: rows, now: new Date(), random: seededRandom(seed), unlisted };
}
