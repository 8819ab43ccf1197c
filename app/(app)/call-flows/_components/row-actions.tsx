"use client";

import { Button } from "@/components/ui/button";

/** Move up, move down and remove for one row of an ordered list, named for that row. */
export function RowActions({
  what,
  index,
  count,
  onMove,
  onRemove,
}: {
  what: string;
  index: number;
  count: number;
  onMove?: (by: -1 | 1) => void;
  onRemove: () => void;
}) {
  return (
    <div className="flex flex-wrap gap-2">
      {onMove && (
        <>
          <Button variant="secondary" aria-label={`Move ${what} up`} disabled={index === 0} onClick={() => onMove(-1)}>
            ↑<span className="sr-only sm:not-sr-only"> Up</span>
          </Button>
          <Button variant="secondary" aria-label={`Move ${what} down`} disabled={index === count - 1} onClick={() => onMove(1)}>
            ↓<span className="sr-only sm:not-sr-only"> Down</span>
          </Button>
        </>
      )}
      <Button variant="secondary" aria-label={`Remove ${what}`} onClick={onRemove}>
        Remove
      </Button>
    </div>
  );
}
