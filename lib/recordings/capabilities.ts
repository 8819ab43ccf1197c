// Why a member may not download or delete, shown beside the missing button. The handlers
// and the action refuse the same members on their own.
import { can, type Access } from "@/lib/authz/check";

export function downloadLock(access: Access): string | undefined {
  return can(access, "recordings.download") ? undefined : "Downloading needs the Download files permission.";
}

export function deleteLock(access: Access): string | undefined {
  return can(access, "recordings.delete") ? undefined : "Deleting needs the Delete recordings permission.";
}
