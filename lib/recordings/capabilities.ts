// Why a member may not download or delete, shown beside the missing button. The handlers
// and the action refuse the same members on their own.
import { can, needsMessage, type Access } from "@/lib/authz/check";

export function downloadLock(access: Access): string | undefined {
  return can(access, "recordings.download") ? undefined : needsMessage("recordings.download", "Downloading");
}

export function deleteLock(access: Access): string | undefined {
  return can(access, "recordings.delete") ? undefined : needsMessage("recordings.delete", "Deleting");
}
