// A notice as the sentence a member reads, in the registry's words.
import type { MemberNotice } from "@/db/schema";
import { CATEGORIES, isPermission, permissionInfo, permissionLabel, sortPermissions } from "@/lib/authz/permissions";

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

export function listOf(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

const labels = (keys: string[]) => keys.filter(isPermission).map(permissionLabel);

/** Permissions as the role editor shows them: under their category, in registry order. Unknown keys are left out. */
export function byCategory(keys: readonly string[]): { category: string; labels: string[] }[] {
  const known = sortPermissions(keys.filter(isPermission));
  return CATEGORIES.flatMap((category) => {
    const inIt = known.filter((key) => permissionInfo(key).category === category.key);
    return inIt.length ? [{ category: category.label, labels: inIt.map(permissionLabel) }] : [];
  });
}

export function noticeText(notice: Pick<MemberNotice, "kind" | "gained" | "lost" | "subjectName" | "actorName">): string {
  if (notice.kind === "sensitive_granted") {
    return `${notice.subjectName} ${notice.subjectName?.includes(" and ") ? "were" : "was"} given sensitive permissions by ${notice.actorName}: ${listOf(labels(notice.gained))}.`;
  }
  const parts = [
    notice.gained.length ? `you can now ${listOf(labels(notice.gained).map(lowerFirst))}` : "",
    notice.lost.length ? `you can no longer ${listOf(labels(notice.lost).map(lowerFirst))}` : "",
  ].filter(Boolean);
  return `Your access changed: ${parts.join("; ")}. Changed by ${notice.actorName}.`;
}
