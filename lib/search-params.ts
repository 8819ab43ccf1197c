// What list pages read from their URL. Anything malformed falls back to "no filter" rather
// than an error: a URL is typed, pasted and edited by hand.
import { z } from "zod";

// C0 and C1 control characters: PostgreSQL refuses NUL in text (a thrown 500), and no search
// term needs a tab or a newline, so each becomes a space.
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]/g;

/** The text of a search box: control characters become spaces, trimmed, at most 100 characters (else no search). */
export const searchText = z
  .string()
  .transform((value) => value.replace(CONTROL_CHARACTERS, " ").trim())
  .pipe(z.string().max(100))
  .catch("");

export const pageNumber = z.coerce.number().int().min(1).max(100_000).catch(1);

export const teamFilters = z.object({
  q: searchText.default(""),
  role: z.string().optional().catch(undefined),
  page: pageNumber.default(1),
});

export const messageFilters = z.object({
  q: searchText.default(""),
  page: pageNumber.default(1),
  // The new-message form is opened by a link, so it works before any script runs.
  compose: z.literal("1").optional().catch(undefined),
});

export const numberFilters = z.object({
  q: searchText.default(""),
  page: pageNumber.default(1),
});
