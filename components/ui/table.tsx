// Server-safe table parts: semantic markup and one look for every list of records.

type TableProps = {
  /** Names the table for screen readers (a visually hidden caption). */
  caption: string;
  /**
   * A minimum width ("min-w-[36rem]") for a table wider than a phone: the frame then scrolls
   * sideways, as a region named "<caption>, scrollable" that keyboard users can focus.
   */
  width?: string;
  /** Names the scroll region instead of the caption, where that name is taken on the page. */
  scrollLabel?: string;
  /**
   * Below the md breakpoint each row becomes a card and each cell shows its column's name
   * (Td's `label`), so no column is off screen on a phone. Rows whose first cell names them.
   */
  stack?: boolean;
  /** "card" draws the border; "plain" sits in a padded card (p-4), reaching its edges so the cells line up with its text. */
  frame?: "card" | "plain";
  className?: string;
  hidden?: boolean;
  children: React.ReactNode;
};

export function Table({ caption, width, scrollLabel = caption, stack, frame = "card", className = "", hidden, children }: TableProps) {
  return (
    <div
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a named scroll region: focusable so keyboard users can scroll it
      tabIndex={width ? 0 : undefined}
      role={width ? "region" : undefined}
      aria-label={width ? `${scrollLabel}, scrollable` : undefined}
      hidden={hidden}
      className={`relative overflow-x-auto ${stack ? "table-stack" : ""} ${frame === "card" ? "rounded-lg border border-slate-200 bg-white" : "-mx-4"} ${className}`}
    >
      <table className={`w-full text-left text-sm ${width ?? ""}`}>
        <caption className="sr-only">{caption}</caption>
        {children}
      </table>
    </div>
  );
}

/** The header row; its children are `Th`s. */
export function THead({ children }: { children: React.ReactNode }) {
  return (
    <thead className="bg-slate-50 text-slate-700">
      <tr>{children}</tr>
    </thead>
  );
}

type CellProps<T> = React.HTMLAttributes<T> & { className?: string; colSpan?: number };

/** A column header, or with scope="row" the cell that names its row. */
export function Th({ scope = "col", className = "", ...props }: CellProps<HTMLTableCellElement> & { scope?: "col" | "row" }) {
  return <th scope={scope} className={`px-4 py-2 font-medium ${className}`} {...props} />;
}

export function Tr({ className = "", ...props }: React.HTMLAttributes<HTMLTableRowElement>) {
  return <tr className={`border-t border-slate-100 ${className}`} {...props} />;
}

/** `label`: the column's name, shown above the value when a stacked table is read as cards. */
export function Td({ className = "", label, ...props }: CellProps<HTMLTableCellElement> & { label?: string }) {
  return <td data-label={label} className={`px-4 py-2 ${className}`} {...props} />;
}

/** The one row an empty table shows, across all its columns. */
export function EmptyRow({ columns, children }: { columns: number; children: React.ReactNode }) {
  return (
    <tr>
      <td colSpan={columns} className="px-4 py-6 text-center text-slate-700">
        {children}
      </td>
    </tr>
  );
}
