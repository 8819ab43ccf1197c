// Numbers that forms send in hidden fields. Bounded to PostgreSQL's integer column: a larger
// one reached the database and failed there (a 500) instead of being refused here.
import { z } from "zod";

const INT4_MAX = 2_147_483_647;
const RELOAD = "Reload the page and try again.";

/** A row's version when the form was loaded. */
export const versionField = z.coerce.number(RELOAD).int(RELOAD).positive(RELOAD).max(INT4_MAX, RELOAD);

/** A count the form listed (members of a role, roles a downgrade affects). */
export const countField = z.coerce.number(RELOAD).int(RELOAD).min(0, RELOAD).max(INT4_MAX, RELOAD);
