// CSV that spreadsheets open as data, never as formulas: a text cell that starts with
// = + - @ (or a tab or carriage return, which some spreadsheets skip) is prefixed with '.
// OWASP "CSV Injection".
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number): string {
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvRow(values: (string | number)[]): string {
  return `${values.map(csvCell).join(",")}\r\n`;
}
