import Link from "next/link";
import { buttonClass } from "@/components/ui/button-class";

/** A GET search over a list: the query stays in the URL, so results can be shared and reloaded. */
export function SearchForm({ action, label, placeholder, q }: { action: string; label: string; placeholder: string; q: string }) {
  return (
    <form role="search" aria-label={label} action={action} className="mb-4 flex flex-wrap items-end gap-3">
      <div className="min-w-0 flex-1 sm:flex-none">
        <label htmlFor="list-search" className="block text-sm font-medium">
          Search
        </label>
        <input
          id="list-search"
          type="search"
          name="q"
          defaultValue={q}
          placeholder={placeholder}
          className="mt-1 w-full rounded-md border border-slate-300 px-3 py-2 text-sm sm:w-72"
        />
      </div>
      <button type="submit" className={buttonClass("secondary")}>
        Search
      </button>
      {q && (
        <Link href={action} className="py-2 text-sm text-brand-700 underline underline-offset-2">
          Clear
        </Link>
      )}
    </form>
  );
}
