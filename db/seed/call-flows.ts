// Acme answers with a main menu that sends callers to Sales, Support and Billing ring groups,
// opens 09:00–17:30 London time and sends evenings and holidays to an after-hours menu.
// Bolt has one ring group for everyone and the default hours. Group lines the numbers seed
// left unassigned are pointed at the ring groups here.
import { and, asc, eq, isNull } from "drizzle-orm";
import {
  auditEvents,
  callFlowSettings,
  ivrMenus,
  phoneNumbers,
  ringGroupMembers,
  ringGroups,
  type Destination,
  type Holiday,
  type IvrOption,
  type NewAuditEvent,
  type RoutingRule,
} from "../schema";
import { businessWeek, DEFAULT_HOURS } from "@/lib/call-flows/hours";
import type { RingStrategy } from "@/lib/call-flows/labels";
import type { SeedContext } from "./context";

const DAY = 86_400_000;

type Person = SeedContext["members"][number];
type GroupSpec = { name: string; strategy: RingStrategy; timeoutSeconds: number; version: number; people: Person[] };

async function insertGroups(ctx: SeedContext, specs: GroupSpec[]) {
  const rows = await ctx.db
    .insert(ringGroups)
    .values(
      specs.map((g, i) => ({
        orgId: ctx.org.id,
        name: g.name,
        strategy: g.strategy,
        timeoutSeconds: g.timeoutSeconds,
        version: g.version,
        updatedAt: new Date(ctx.now.getTime() - (20 + i * 17) * DAY),
      })),
    )
    .returning();
  const byName = new Map(rows.map((r) => [r.name, r]));
  const memberships = specs.flatMap((g) => g.people.map((p, position) => ({ ringGroupId: byName.get(g.name)!.id, memberId: p.id, position })));
  if (memberships.length) await ctx.db.insert(ringGroupMembers).values(memberships);
  return byName;
}

/** Points the org's unassigned group lines at ring groups, by what their label says they are for. */
async function assignNumbers(ctx: SeedContext, pick: (label: string) => string | null) {
  const free = await ctx.db
    .select({ id: phoneNumbers.id, label: phoneNumbers.label })
    .from(phoneNumbers)
    .where(and(eq(phoneNumbers.orgId, ctx.org.id), isNull(phoneNumbers.assignedMemberId), isNull(phoneNumbers.assignedRingGroupId)))
    .orderBy(asc(phoneNumbers.purchasedAt));
  for (const number of free) {
    const groupId = pick(number.label);
    if (groupId) await ctx.db.update(phoneNumbers).set({ assignedRingGroupId: groupId }).where(eq(phoneNumbers.id, number.id));
  }
}

/** The next occurrence of a month and day on or after today. */
function next(now: Date, month: number, day: number): string {
  const year = now.getUTCFullYear();
  const thisYear = Date.UTC(year, month - 1, day);
  const date = new Date(thisYear >= Date.UTC(year, now.getUTCMonth(), now.getUTCDate()) ? thisYear : Date.UTC(year + 1, month - 1, day));
  return date.toISOString().slice(0, 10);
}

async function seedAcme(ctx: SeedContext) {
  const active = ctx.members.filter((m) => m.status === "active");
  const agents = active.filter((m) => m.roleKind === "agent");
  const leads = active.filter((m) => m.roleKind !== "agent");
  const former = ctx.members.filter((m) => m.status === "deactivated");
  const groups = await insertGroups(ctx, [
    { name: "Support", strategy: "round_robin", timeoutSeconds: 30, version: 6, people: agents.slice(0, 11) },
    // Someone who left is still listed: deactivating a member takes nothing away from them.
    { name: "Sales", strategy: "simultaneous", timeoutSeconds: 25, version: 3, people: [...agents.slice(11, 16), ...former] },
    { name: "Billing", strategy: "sequential", timeoutSeconds: 20, version: 2, people: agents.slice(16, 19) },
    { name: "Escalations", strategy: "sequential", timeoutSeconds: 45, version: 4, people: leads },
  ]);
  const group = (name: string): Destination => ({ type: "ringGroup", id: groups.get(name)!.id });
  const operator = leads.find((m) => m.roleKind === "admin") ?? leads[0];

  const [main, afterHours] = await ctx.db
    .insert(ivrMenus)
    .values([
      {
        orgId: ctx.org.id,
        name: "Main menu",
        greeting:
          "Thank you for calling Acme Support. For sales, press 1. For technical support, press 2. For billing, press 3. To speak to an operator, press 0. To leave a message, press 9. To hear these options again, press star.",
        version: 5,
        updatedAt: new Date(ctx.now.getTime() - 12 * DAY),
      },
      {
        orgId: ctx.org.id,
        name: "After-hours menu",
        greeting:
          "You have reached Acme Support outside our opening hours, Monday to Friday, 9 am to 5:30 pm UK time. For an urgent outage, press 1. To leave a message, press 2.",
        version: 2,
        updatedAt: new Date(ctx.now.getTime() - 64 * DAY),
      },
    ])
    .returning();
  const mainOptions: IvrOption[] = [
    { key: "1", label: "Sales", destination: group("Sales") },
    { key: "2", label: "Technical support", destination: group("Support") },
    { key: "3", label: "Billing", destination: group("Billing") },
    { key: "0", label: "Operator", destination: { type: "member", id: operator.id } },
    { key: "9", label: "Leave a message", destination: { type: "voicemail" } },
    { key: "*", label: "Hear the options again", destination: { type: "ivr", id: main.id } },
  ];
  const afterHoursOptions: IvrOption[] = [
    { key: "1", label: "Urgent outage", destination: group("Escalations") },
    { key: "2", label: "Leave a message", destination: { type: "voicemail" } },
  ];
  await ctx.db.update(ivrMenus).set({ options: mainOptions }).where(eq(ivrMenus.id, main.id));
  await ctx.db.update(ivrMenus).set({ options: afterHoursOptions }).where(eq(ivrMenus.id, afterHours.id));

  const holidays: Holiday[] = [
    { date: next(ctx.now, 12, 25), name: "Christmas Day" },
    { date: next(ctx.now, 12, 26), name: "Boxing Day" },
    { date: next(ctx.now, 1, 1), name: "New Year's Day" },
  ].sort((a, b) => a.date.localeCompare(b.date));
  const rules: RoutingRule[] = [
    { name: "Evenings, weekends and holidays", condition: { type: "closedHours" }, destination: { type: "ivr", id: afterHours.id } },
    { name: "Irish customers", condition: { type: "callerPrefix", prefix: "+353" }, destination: group("Support") },
    { name: "Partner desk (Austin)", condition: { type: "callerPrefix", prefix: "+1512" }, destination: group("Escalations") },
    { name: "Business hours", condition: { type: "openHours" }, destination: { type: "ivr", id: main.id } },
  ];
  await ctx.db.insert(callFlowSettings).values({
    orgId: ctx.org.id,
    timeZone: "Europe/London",
    weeklyHours: businessWeek("09:00", "17:30"),
    holidays,
    hoursVersion: 3,
    routingRules: rules,
    routingVersion: 5,
    updatedAt: new Date(ctx.now.getTime() - 12 * DAY),
  });

  await assignNumbers(ctx, (label) => {
    if (/spare/i.test(label)) return null;
    if (/sales/i.test(label)) return groups.get("Sales")!.id;
    if (/billing/i.test(label)) return groups.get("Billing")!.id;
    if (/escalat/i.test(label)) return groups.get("Escalations")!.id;
    return groups.get("Support")!.id;
  });

  // A little history: who set this up, and when.
  const owner = leads.find((m) => m.roleKind === "owner") ?? leads[0];
  const at = (days: number) => new Date(ctx.now.getTime() - days * DAY);
  const event = (days: number, who: Person, e: Pick<NewAuditEvent, "action" | "targetId" | "targetName"> & { lines: string[] }): NewAuditEvent => ({
    orgId: ctx.org.id,
    actorId: who.id,
    actorName: who.name,
    action: e.action,
    targetId: e.targetId,
    targetName: e.targetName,
    details: { lines: e.lines },
    createdAt: at(days),
  });
  await ctx.db.insert(auditEvents).values([
    event(150, owner, { action: "hours.updated", targetId: null, targetName: ctx.org.name, lines: ["Time zone: UTC → Europe/London"] }),
    event(96, operator, { action: "ring_group.updated", targetId: groups.get("Sales")!.id, targetName: "Sales", lines: ["Ring timeout: 30 s → 25 s"] }),
    event(64, operator, {
      action: "ivr.updated",
      targetId: afterHours.id,
      targetName: "After-hours menu",
      lines: ["Key 1 added: “Urgent outage” → Escalations ring group"],
    }),
    event(41, owner, { action: "hours.updated", targetId: null, targetName: ctx.org.name, lines: ["Friday: 09:00–17:00 → 09:00–17:30"] }),
    event(20, operator, {
      action: "ring_group.updated",
      targetId: groups.get("Support")!.id,
      targetName: "Support",
      lines: ["Ring strategy: Ring all at once → Round robin"],
    }),
    event(12, operator, {
      action: "routing.updated",
      targetId: null,
      targetName: ctx.org.name,
      lines: ["Rule set: Irish customers: Caller's number starts with +353 → Support ring group"],
    }),
  ]);
}

async function seedSmallTeam(ctx: SeedContext) {
  const everyone = ctx.members.filter((m) => m.status === "active");
  const groups = await insertGroups(ctx, [{ name: "Everyone", strategy: "simultaneous", timeoutSeconds: 30, version: 1, people: everyone }]);
  await ctx.db.insert(callFlowSettings).values({ orgId: ctx.org.id, ...DEFAULT_HOURS });
  // Only the main line rings the team; the rest stays free for later.
  await assignNumbers(ctx, (label) => (/main/i.test(label) ? groups.get("Everyone")!.id : null));
}

export async function seedCallFlows(ctx: SeedContext): Promise<void> {
  await (ctx.members.length > 5 ? seedAcme(ctx) : seedSmallTeam(ctx));
}
