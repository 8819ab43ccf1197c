// What an edit changed, as the audit log's human-readable lines.
import type { Holiday, IvrOption, RoutingRule, WeeklyHours } from "@/db/schema";
import { destinationLabel, sameDestination, type DestinationNames } from "./destinations";
import { DAY_NAMES, DAYS, dayHoursText } from "./hours";
import { conditionText, STRATEGY_LABELS, type RingStrategy } from "./labels";

const renamed = (from: string, to: string) => (from !== to ? [`Renamed from “${from}” to “${to}”`] : []);

export function ivrChanges(
  before: { name: string; greeting: string; options: readonly IvrOption[] },
  after: { name: string; greeting: string; options: readonly IvrOption[] },
  names: DestinationNames,
): string[] {
  const option = (o: IvrOption) => `“${o.label}” → ${destinationLabel(o.destination, names)}`;
  const lines = renamed(before.name, after.name);
  if (before.greeting !== after.greeting) lines.push(`Greeting changed to “${after.greeting}”`);
  const old = new Map(before.options.map((o) => [o.key, o]));
  const now = new Map(after.options.map((o) => [o.key, o]));
  for (const o of after.options) {
    const was = old.get(o.key);
    if (!was) lines.push(`Key ${o.key} added: ${option(o)}`);
    else if (was.label !== o.label || !sameDestination(was.destination, o.destination)) {
      lines.push(`Key ${o.key}: ${option(o)} (was ${option(was)})`);
    }
  }
  for (const o of before.options) if (!now.has(o.key)) lines.push(`Key ${o.key} removed (was ${option(o)})`);
  return lines;
}

type Person = { id: string; name: string };

export function ringGroupChanges(
  before: { name: string; strategy: RingStrategy; timeoutSeconds: number; members: readonly Person[] },
  after: { name: string; strategy: RingStrategy; timeoutSeconds: number; members: readonly Person[] },
): string[] {
  const lines = renamed(before.name, after.name);
  if (before.strategy !== after.strategy) {
    lines.push(`Ring strategy: ${STRATEGY_LABELS[before.strategy].label} → ${STRATEGY_LABELS[after.strategy].label}`);
  }
  if (before.timeoutSeconds !== after.timeoutSeconds) {
    lines.push(`Ring timeout: ${before.timeoutSeconds} s → ${after.timeoutSeconds} s`);
  }
  const oldIds = new Set(before.members.map((m) => m.id));
  const newIds = new Set(after.members.map((m) => m.id));
  const added = after.members.filter((m) => !oldIds.has(m.id));
  const removed = before.members.filter((m) => !newIds.has(m.id));
  if (added.length) lines.push(`Added: ${added.map((m) => m.name).join(", ")}`);
  if (removed.length) lines.push(`Removed: ${removed.map((m) => m.name).join(", ")}`);
  const keptBefore = before.members.filter((m) => newIds.has(m.id)).map((m) => m.id);
  const keptAfter = after.members.filter((m) => oldIds.has(m.id)).map((m) => m.id);
  if (keptBefore.join() !== keptAfter.join()) lines.push(`Ringing order: ${after.members.map((m) => m.name).join(", ")}`);
  return lines;
}

export function hoursChanges(
  before: { timeZone: string; weeklyHours: WeeklyHours; holidays: readonly Holiday[] },
  after: { timeZone: string; weeklyHours: WeeklyHours; holidays: readonly Holiday[] },
): string[] {
  const lines: string[] = [];
  if (before.timeZone !== after.timeZone) lines.push(`Time zone: ${before.timeZone} → ${after.timeZone}`);
  for (const day of DAYS) {
    const was = dayHoursText(before.weeklyHours[day] ?? null);
    const now = dayHoursText(after.weeklyHours[day] ?? null);
    if (was !== now) lines.push(`${DAY_NAMES[day]}: ${was} → ${now}`);
  }
  const key = (h: Holiday) => `${h.date} ${h.name}`;
  const old = new Set(before.holidays.map(key));
  const now = new Set(after.holidays.map(key));
  for (const h of after.holidays) if (!old.has(key(h))) lines.push(`Holiday added: ${h.name} (${h.date})`);
  for (const h of before.holidays) if (!now.has(key(h))) lines.push(`Holiday removed: ${h.name} (${h.date})`);
  return lines;
}

export function routingChanges(before: readonly RoutingRule[], after: readonly RoutingRule[], names: DestinationNames): string[] {
  const describe = (r: RoutingRule) => `${conditionText(r.condition)} → ${destinationLabel(r.destination, names)}`;
  const text = (rules: readonly RoutingRule[]) => rules.map((r) => `${r.name}: ${describe(r)}`);
  const was = text(before);
  const now = text(after);
  if (was.join("\n") === now.join("\n")) return [];
  const lines: string[] = [];
  for (const line of now) if (!was.includes(line)) lines.push(`Rule set: ${line}`);
  for (const line of was) if (!now.includes(line)) lines.push(`Rule removed: ${line}`);
  if (!lines.length) lines.push(`Order changed: ${after.map((r) => r.name).join(", ")}`);
  return lines;
}
