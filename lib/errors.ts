export type FailureCode = "unauthenticated" | "forbidden" | "not_found" | "plan" | "invalid" | "conflict" | "rate_limited";

export type FieldErrors = Record<string, string[]>;

/** An expected refusal: shown to the person as it is, never a 500. */
export class DomainError extends Error {
  constructor(
    readonly code: FailureCode,
    message: string,
    readonly fieldErrors?: FieldErrors,
  ) {
    super(message);
  }
}

export const notFound = (what = "That item") => new DomainError("not_found", `${what} does not exist or was removed.`);
export const forbidden = (message: string) => new DomainError("forbidden", message);
export const invalid = (message: string, fieldErrors?: FieldErrors) => new DomainError("invalid", message, fieldErrors);
