// Form input for the four call-flow editors. Lists arrive as parallel repeated fields
// (optionKey, optionLabel, ...); each row's errors are keyed "options.2.key" so the form can
// show them beside the right field.
import { z } from "zod";
import { versionField } from "@/lib/form-numbers";
import type { Destination, Holiday, IvrOption, RoutingRule, WeeklyHours } from "@/db/schema";
import { organizationId } from "@/lib/orgs/org-scope";
import { decodeDestination } from "./destinations";
import { DAY_NAMES, DAYS, isCalendarDate, isTimeZone, TIME } from "./hours";
import { CONDITION_TYPES, IVR_KEYS, RING_STRATEGIES } from "./labels";

const CONTROL = /[\p{Cc}\p{Cf}]/u;
const uuid = (what: string) => z.uuid(`${what} is not valid.`);
const version = versionField;
const list = z.array(z.string().max(2000)).max(100);

type Issue = (path: string, message: string) => void;

/** Trimmed one-line text, or the message saying what is wrong with it. */
function text(value: string, what: string, max: number): { value: string } | { error: string } {
  const trimmed = value.trim();
  if (!trimmed) return { error: `Enter ${what}.` };
  if (trimmed.length > max) return { error: `Keep it to ${max} characters.` };
  if (CONTROL.test(trimmed)) return { error: "Remove the control characters." };
  return { value: trimmed };
}

/** Zips parallel repeated fields into rows; null when they were not sent together. */
function rows<K extends string>(input: Record<K, string[]>, keys: readonly K[]): Record<K, string>[] | null {
  const length = input[keys[0]].length;
  if (keys.some((k) => input[k].length !== length)) return null;
  return Array.from({ length }, (_, i) => Object.fromEntries(keys.map((k) => [k, input[k][i]])) as Record<K, string>);
}

const INCOMPLETE = "The form was sent incomplete. Reload the page and try again.";

function destination(value: string, path: string, issue: Issue): Destination | null {
  const parsed = decodeDestination(value);
  if (!parsed) issue(path, "Choose where the call goes.");
  return parsed;
}

type Check = <S extends z.ZodType>(path: string, schema: S, value: unknown) => z.output<S> | undefined;

/**
 * Validates every field and row in one pass, so the person sees all that needs fixing at
 * once; any issue makes the whole input invalid.
 */
function collect<T>(ctx: z.RefinementCtx, parse: (issue: Issue, check: Check) => T): T {
  let failed = false;
  const issue: Issue = (path, message) => {
    failed = true;
    ctx.addIssue({ code: "custom", path: [path], message });
  };
  const check: Check = (path, schema, value) => {
    const parsed = schema.safeParse(value);
    if (parsed.success) return parsed.data;
    issue(path, parsed.error.issues[0].message);
    return undefined;
  };
  const result = parse(issue, check);
  return failed ? z.NEVER : result;
}

const MENU_NAME = 60;

export const updateIvrInput = z
  .object({
    menuId: uuid("The IVR menu"),
    version,
    name: z.string(),
    greeting: z.string().max(2000),
    optionKey: list,
    optionLabel: list,
    optionDestination: list,
  })
  .transform((input, ctx) =>
    collect(ctx, (issue) => {
      const name = text(input.name, "a name for the menu", MENU_NAME);
      if ("error" in name) issue("name", name.error);
      // Greetings are read aloud as one passage: line breaks become spaces.
      const greeting = text(input.greeting.replace(/[\r\n\t]+/g, " "), "the greeting callers hear", 500);
      if ("error" in greeting) issue("greeting", greeting.error);
      const zipped = rows(input, ["optionKey", "optionLabel", "optionDestination"] as const);
      if (!zipped) {
        issue("options", INCOMPLETE);
        return null as never;
      }
      if (zipped.length > IVR_KEYS.length) issue("options", `A menu can have at most ${IVR_KEYS.length} options, one per key.`);
      const seen = new Set<string>();
      const options: IvrOption[] = [];
      zipped.forEach((row, i) => {
        const key = row.optionKey.trim();
        if (!(IVR_KEYS as readonly string[]).includes(key)) issue(`options.${i}.key`, "Choose a key: 0–9, * or #.");
        else if (seen.has(key)) issue(`options.${i}.key`, `Key ${key} is already used by another option.`);
        seen.add(key);
        const label = text(row.optionLabel, "what this option is for", 40);
        if ("error" in label) issue(`options.${i}.label`, label.error);
        const to = destination(row.optionDestination, `options.${i}.destination`, issue);
        if ("value" in label && to) options.push({ key, label: label.value, destination: to });
      });
      if ("error" in name || "error" in greeting) return null as never;
      return { menuId: input.menuId, version: input.version, name: name.value, greeting: greeting.value, options };
    }),
  );

const MAX_RING_GROUP_MEMBERS = 50;

const strategyField = z.enum(RING_STRATEGIES, "Choose how calls ring the members.");
const timeoutField = z.coerce
  .number("Enter the number of seconds.")
  .int("Enter whole seconds.")
  .min(5, "Ring for at least 5 seconds.")
  .max(300, "Ring for at most 300 seconds (5 minutes).");
const memberIdsField = z
  .array(z.uuid("A member you chose is not valid. Reload the page and try again."))
  .max(MAX_RING_GROUP_MEMBERS, `A ring group can have at most ${MAX_RING_GROUP_MEMBERS} members.`)
  .refine((ids) => new Set(ids).size === ids.length, "Each member can be in the group once.");

export const updateRingGroupInput = z
  .object({
    groupId: uuid("The ring group"),
    version,
    name: z.string(),
    strategy: z.string(),
    timeoutSeconds: z.string(),
    memberIds: list,
  })
  .transform((input, ctx) =>
    collect(ctx, (issue, check) => {
      const name = text(input.name, "a name for the ring group", MENU_NAME);
      if ("error" in name) issue("name", name.error);
      const strategy = check("strategy", strategyField, input.strategy);
      const timeoutSeconds = check("timeoutSeconds", timeoutField, input.timeoutSeconds);
      const memberIds = check("memberIds", memberIdsField, input.memberIds);
      if ("error" in name || !strategy || timeoutSeconds === undefined || !memberIds) return null as never;
      return { groupId: input.groupId, version: input.version, name: name.value, strategy, timeoutSeconds, memberIds };
    }),
  );

const dayFields = Object.fromEntries(
  DAYS.flatMap((day) => [
    [`${day}_open`, z.string().optional()],
    [`${day}_from`, z.string().max(10).default("")],
    [`${day}_to`, z.string().max(10).default("")],
  ]),
) as Record<`${(typeof DAYS)[number]}_${"open" | "from" | "to"}`, z.ZodType<string | undefined>>;

const MAX_HOLIDAYS = 60;

export const updateHoursInput = z
  .object({
    orgId: organizationId,
    version,
    timeZone: z.string().max(100),
    holidayDate: list,
    holidayName: list,
    ...dayFields,
  })
  .transform((input, ctx) =>
    collect(ctx, (issue) => {
      if (!isTimeZone(input.timeZone)) issue("timeZone", "Choose a time zone from the list.");
      const weeklyHours = {} as WeeklyHours;
      for (const day of DAYS) {
        const fields = input as unknown as Record<string, string | undefined>;
        if (!fields[`${day}_open`]) {
          weeklyHours[day] = null;
          continue;
        }
        const open = (fields[`${day}_from`] ?? "").trim();
        const close = (fields[`${day}_to`] ?? "").trim();
        weeklyHours[day] = { open, close };
        if (!TIME.test(open) || !TIME.test(close)) issue(day, `Enter ${DAY_NAMES[day]}'s opening and closing times as HH:MM.`);
        else if (open >= close) issue(day, `${DAY_NAMES[day]} must close after it opens.`);
      }
      const zipped = rows(input, ["holidayDate", "holidayName"] as const);
      if (!zipped) {
        issue("holidays", INCOMPLETE);
        return null as never;
      }
      if (zipped.length > MAX_HOLIDAYS) issue("holidays", `Keep the list to ${MAX_HOLIDAYS} holidays.`);
      const seen = new Set<string>();
      const holidays: Holiday[] = [];
      zipped.forEach((row, i) => {
        const date = row.holidayDate.trim();
        if (!isCalendarDate(date)) issue(`holidays.${i}.date`, "Enter a date.");
        else if (seen.has(date)) issue(`holidays.${i}.date`, "That date is already in the list.");
        seen.add(date);
        const name = text(row.holidayName, "a name for the holiday", 60);
        if ("error" in name) issue(`holidays.${i}.name`, name.error);
        else holidays.push({ date, name: name.value });
      });
      holidays.sort((a, b) => a.date.localeCompare(b.date));
      return { orgId: input.orgId, version: input.version, timeZone: input.timeZone, weeklyHours, holidays };
    }),
  );

const MAX_ROUTING_RULES = 20;
const PREFIX = /^\+\d{1,8}$/;

export const updateRoutingInput = z
  .object({
    orgId: organizationId,
    version,
    ruleName: list,
    ruleCondition: list,
    rulePrefix: list,
    ruleDestination: list,
  })
  .transform((input, ctx) =>
    collect(ctx, (issue) => {
      const zipped = rows(input, ["ruleName", "ruleCondition", "rulePrefix", "ruleDestination"] as const);
      if (!zipped) {
        issue("rules", INCOMPLETE);
        return null as never;
      }
      if (zipped.length > MAX_ROUTING_RULES) issue("rules", `Keep the list to ${MAX_ROUTING_RULES} rules.`);
      const rules: RoutingRule[] = [];
      zipped.forEach((row, i) => {
        const name = text(row.ruleName, "a name for the rule", 60);
        if ("error" in name) issue(`rules.${i}.name`, name.error);
        const type = CONDITION_TYPES.find((t) => t === row.ruleCondition);
        if (!type) issue(`rules.${i}.condition`, "Choose when the rule applies.");
        const prefix = row.rulePrefix.replace(/[\s-]/g, "");
        if (type === "callerPrefix" && !PREFIX.test(prefix)) {
          issue(`rules.${i}.prefix`, "Enter a + and up to 8 digits, such as +44 or +1212.");
        }
        const to = destination(row.ruleDestination, `rules.${i}.destination`, issue);
        if ("value" in name && type && to) {
          const condition = type === "callerPrefix" ? { type, prefix } : { type };
          rules.push({ name: name.value, condition, destination: to });
        }
      });
      return { orgId: input.orgId, version: input.version, rules };
    }),
  );

export type UpdateIvrInput = z.output<typeof updateIvrInput>;
export type UpdateRingGroupInput = z.output<typeof updateRingGroupInput>;
export type UpdateHoursInput = z.output<typeof updateHoursInput>;
export type UpdateRoutingInput = z.output<typeof updateRoutingInput>;
