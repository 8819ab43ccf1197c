import { getDb } from "@/db";
import { openNotices } from "@/db/queries/notices";
import type { Access } from "@/lib/authz/check";
import { formatDateTime } from "@/lib/format";
import { noticeText } from "@/lib/notices/wording";
import { NoticeDismiss } from "./notice-dismiss";

/** What changed about the member's access (or, for Owners, who gained something sensitive). */
export async function Notices({ access }: { access: Access }) {
  const notices = await openNotices(getDb(), access.orgId, access.memberId);
  if (!notices.length) return null;
  return (
    <section aria-label="Notices" className="mb-6 space-y-2">
      {notices.map((notice) => (
        <div key={notice.id} className="flex flex-wrap items-start justify-between gap-3 rounded-md border border-indigo-200 bg-brand-50 px-4 py-3 text-sm">
          <p id={`notice-${notice.id}`} className="min-w-0 flex-1 text-slate-900">
            {noticeText(notice)} <span className="text-slate-700">({formatDateTime(notice.createdAt)})</span>
          </p>
          <NoticeDismiss noticeId={notice.id} describedBy={`notice-${notice.id}`} />
        </div>
      ))}
    </section>
  );
}
