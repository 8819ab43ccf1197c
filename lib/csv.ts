// The one CSV writer (calls export, role comparison): spreadsheets open it as data, never as
// formulas. OWASP "CSV Injection", extended to locales that split on ; or tab: a spreadsheet
// there starts a new field after each such character, and quotes count only at a field's
// start, so quoting alone protects nothing past the first column.

// A field can start at the cell's start and after each of these, in some locale.
const SEPARATOR = /([,;\t\r\n])/;
const FORMULA = /^[\s"]*[=+\-@＝＋－＠]/;
// Characters that split or end a field in some locale, or need escaping themselves.
const NEEDS_QUOTES = /[",;\t\r\n]/;

/**
 * A text cell has ' put before anything a spreadsheet could read as a formula: = + - @
 * (and their full-width forms, which some East Asian locales accept), tab or carriage return,
 * at the start of any field it could make. Numbers are written as they are: they come from
 * our own figures, never from what someone typed, and a negative one must stay a number.
 */
export function csvCell(value: string | number): string {
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  const fields = value.split(SEPARATOR).map((part, i) => (i % 2 === 0 && FORMULA.test(part) ? `'${part}` : part));
  // Some spreadsheets skip a leading tab or carriage return and read what follows.
  const safe = fields.join("").replace(/^[\t\r]/, "'$&");
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvRow(values: (string | number)[]): string {
  return `${values.map(csvCell).join(",")}\r\n`;
}

/** A CSV download: with a byte-order mark, so spreadsheets read it as UTF-8, and never cached. */
export function csvResponse(body: string, filename: string): Response {
  return new Response(`\uFEFF${body}`, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${filename}"`,
      "cache-control": "no-store",
    },
  });
}
