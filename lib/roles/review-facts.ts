// When a custom role is due for review, and which of its permissions nobody has used lately.
import type { Permission } from "@/lib/authz/permissions";

export const REVIEW_INTERVAL_DAYS = 90;
const DAY_MS = 86_400_000;

const daysAgo = (now: Date, days: number) => new Date(now.getTime() - days * DAY_MS);

/** A role is due when neither its creation nor its last review is within the interval. */
export function reviewDue(createdAt: Date, lastReviewedAt: Date | null | undefined, now = new Date()): boolean {
  return (lastReviewedAt ?? createdAt) < daysAgo(now, REVIEW_INTERVAL_DAYS);
}

/** The role's permissions no holder has exercised within the interval (or ever). */
export function unusedPermissions(granted: readonly Permission[], lastUsed: ReadonlyMap<string, Date>, now = new Date()): Permission[] {
  const since = daysAgo(now, REVIEW_INTERVAL_DAYS);
  return granted.filter((p) => {
    const at = lastUsed.get(p);
    return !at || at < since;
  });
}
