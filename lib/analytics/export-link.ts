// Shared by the export handler and the browser component that downloads from it.
import type { PeriodDays } from "./period";

/** Names how many rows the stream will carry, for the progress shown while it downloads. */
export const ROW_COUNT_HEADER = "x-row-count";

export const exportHref = (days: PeriodDays) => `/analytics/export?period=${days}`;
