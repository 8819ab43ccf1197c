import { z } from "zod";

const uuid = z.uuid();

/** Ids from URLs: anything that is not a uuid cannot name a row, so it is simply not found. */
export function parseId(value: unknown): string | null {
  const parsed = uuid.safeParse(value);
  return parsed.success ? parsed.data : null;
}
