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
    <PagerLinks previous={page > 1 ? href(page - 1) : null} next={page < pages ? href(page + 1) : null} labels={labels}>
      <span>
        Page {Math.min(page, pages)} of {pages}
      </span>
    </PagerLinks>
  );
}

/** Previous / Next under a list paged by cursor (no page count): links to the neighbouring pages, or null at an end. */
export function CursorPager({
  previous,
  next,
  labels = { previous: "Previous", next: "Next" },
}: {
  previous: string | null;
  next: string | null;
  /** Lists ordered newest first say "Newer" and "Older". */
  labels?: { previous: string; next: string };
}) {
  if (!previous && !next) return null;
  return <PagerLinks previous={previous} next={next} labels={labels} />;
}

function PagerLinks({
  previous,
  next,
  labels,
  children,
}: {
  previous: string | null;
  next: string | null;
  labels: { previous: string; next: string };
  children?: React.ReactNode;
}) {
  return (
    <nav aria-label="Pagination" className="mt-4 flex items-center justify-between text-sm">
      {previous ? (
        <Link href={previous} className={buttonClass("secondary")}>
          {labels.previous}
        </Link>
      ) : (
        <span />
      )}
      {children}
      {next ? (
        <Link href={next} className={buttonClass("secondary")}>
          {labels.next}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
