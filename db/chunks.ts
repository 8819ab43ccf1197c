// PostgreSQL takes at most 65,535 parameters per statement: a row-per-member insert for a
// role held by 10,000 members goes in slices.
const ROWS_PER_INSERT = 1_000;

export function* chunks<T>(rows: readonly T[], size = ROWS_PER_INSERT): Generator<T[]> {
  for (let at = 0; at < rows.length; at += size) yield rows.slice(at, at + size);
}
