// Sortable lists whose order lives in the URL (lib/search-params.ts sortParam): plain GET forms,
// so sorting works before any script runs and every order can be linked to.
import { Select } from "@/components/ui/select";
import { Th } from "@/components/ui/table";
import { sortValue, type Sort } from "@/lib/search-params";

type Column<K extends string> = { key: K; label: string };

/** The params a sort control keeps (search, filters), left out when empty. */
function Keep({ params }: { params: Record<string, string | undefined> }) {
  return Object.entries(params).map(([name, value]) => (value ? <input key={name} type="hidden" name={name} value={value} /> : null));
}

/**
 * A column header whose button orders the list by it, ascending first, then descending;
 * aria-sort says how the list is ordered now.
 */
export function SortHeader<K extends string>({
  column,
  sort,
  action,
  keep,
}: {
  column: Column<K>;
  sort: Sort<K> | null;
  action: string;
  keep: Record<string, string | undefined>;
}) {
  const active = sort?.key === column.key ? sort.dir : null;
  const next = sortValue({ key: column.key, dir: active === "asc" ? "desc" : "asc" });
  return (
    <Th aria-sort={active === "asc" ? "ascending" : active === "desc" ? "descending" : undefined}>
      <form action={action}>
        <Keep params={keep} />
        <button type="submit" name="sort" value={next} className="inline-flex items-center gap-1 font-medium hover:underline">
          {column.label}
          <SortIcon direction={active} />
        </button>
      </form>
    </Th>
  );
}

/**
 * The same orders as a select inside the list's search form, for phones, where a stacked
 * table shows no header row. Hidden from md up, where it still submits the current order.
 */
export function SortSelect<K extends string>({ columns, sort }: { columns: Column<K>[]; sort: Sort<K> | null }) {
  const options = columns.flatMap((column) => [
    { value: column.key, label: `${column.label} (ascending)` },
    { value: `-${column.key}`, label: `${column.label} (descending)` },
  ]);
  return (
    <div className="md:hidden">
      <Select label="Sort by" name="sort" defaultValue={sortValue(sort)} options={options}>
        <option value="">Default order</option>
      </Select>
    </div>
  );
}

/** Drawn, not typed, so the header's text stays its label alone. */
function SortIcon({ direction }: { direction: "asc" | "desc" | null }) {
  const up = "M6 1 10 6H2z";
  const down = "M6 15 2 10h8z";
  return (
    <svg aria-hidden="true" viewBox="0 0 12 16" className="h-3 w-3 text-slate-600" fill="currentColor">
      {direction !== "desc" && <path d={up} />}
      {direction !== "asc" && <path d={down} />}
    </svg>
  );
}
