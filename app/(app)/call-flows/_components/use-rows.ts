"use client";

import { useRef, useState } from "react";

type Row<T> = T & { rowId: number };

/** An editable ordered list with stable React keys: add, remove, move and change rows. */
export function useRows<T extends object>(initial: readonly T[]) {
  const next = useRef(initial.length);
  const [rows, setRows] = useState<Row<T>[]>(() => initial.map((row, i) => ({ ...row, rowId: i })));
  return {
    rows,
    add: (row: T) => setRows((current) => [...current, { ...row, rowId: next.current++ }]),
    remove: (rowId: number) => setRows((current) => current.filter((r) => r.rowId !== rowId)),
    change: (rowId: number, patch: Partial<T>) => setRows((current) => current.map((r) => (r.rowId === rowId ? { ...r, ...patch } : r))),
    move: (rowId: number, by: -1 | 1) =>
      setRows((current) => {
        const from = current.findIndex((r) => r.rowId === rowId);
        const to = from + by;
        if (from < 0 || to < 0 || to >= current.length) return current;
        const copy = [...current];
        [copy[from], copy[to]] = [copy[to], copy[from]];
        return copy;
      }),
  };
}
