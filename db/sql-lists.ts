// Lists passed to PostgreSQL as one JSON parameter and unpacked there: a change to 10,000
// members is one statement with a handful of parameters, the same on postgres.js and PGlite.
import { sql, type SQL } from "drizzle-orm";

/** `(select uuid …)` of the ids, for `inArray(column, uuidList(ids))`. */
export const uuidList = (ids: readonly string[]): SQL => sql`(select jsonb_array_elements_text(${JSON.stringify(ids)}::jsonb)::uuid)`;

/** A `text[]` value. */
export const textArray = (values: readonly string[]): SQL => sql`array(select jsonb_array_elements_text(${JSON.stringify(values)}::jsonb))`;
