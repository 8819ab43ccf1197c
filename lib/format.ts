const DATE = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
const DATE_TIME = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "UTC",
  timeZoneName: "short",
});

export const formatDate = (value: Date) => DATE.format(value);
export const formatDateTime = (value: Date) => DATE_TIME.format(value);
const PLURAL_RULES = new Intl.PluralRules("en-GB");

/** The form of a word or phrase that agrees with `count`, by the language's plural rules: is/are, acts/act, it/they. */
export const agree = (count: number, forms: { one: string; other: string }) => (PLURAL_RULES.select(count) === "one" ? forms.one : forms.other);

/** A count and the noun that agrees with it: "1 role", "3 roles". */
export const plural = (count: number, one: string, other = `${one}s`) => `${count} ${agree(count, { one, other })}`;

/** A count that stopped at a cap, past which it reads "400+ members". */
export const pluralAtLeast = (total: { count: number; capped: boolean }, one: string, other = `${one}s`) =>
  total.capped ? `${total.count}+ ${other}` : plural(total.count, one, other);
