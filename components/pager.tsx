import Link from "next/link";
import { buttonClass } from "@/components/ui/button-class";

/** Previous / Page n of m / Next under a list; nothing when everything fits on one page. */
export function Pager({
  page,
  total,
  pageSize,
  href,
  labels = { previous: "Previous", next: "Next" },
}: {
  page: number;
  total: number;
  pageSize: number;
  href: (page: number) => string;
  /** Lists ordered newest first say "Newer" and "Older". */
  labels?: { previous: string; next: string };
}) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  return (
    <nav aria-label="Pagination" className="mt-4 flex items-center justify-between text-sm">
      {page > 1 ? (
        <Link href={href(page - 1)} className={buttonClass("secondary")}>
          {labels.previous}
        </Link>
      ) : (
        <span />
      )}
      <span>
        Page {Math.min(page, pages)} of {pages}
      </span>
      {page < pages ? (
        <Link href={href(page + 1)} className={buttonClass("secondary")}>
          {labels.next}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
