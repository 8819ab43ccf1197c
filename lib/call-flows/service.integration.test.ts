import { describe, expect, it } from "vitest";
import { asc, eq } from "drizzle-orm";
import { callFlowSettings, ivrMenus, ringGroupMembers, ringGroups } from "@/db/schema";
import { findCallFlowSettings, findIvrMenu, findRingGroup, replaceRingGroupMembers } from "@/db/queries/call-flows";
import { executeAction } from "@/lib/action";
import { useFreshDatabase } from "@/test/database";
import { accessOf, auditOf, form, makeOrg, refusal, sessionOf, withNeeds } from "@/test/fixtures";
import { updateBusinessHoursAction, updateIvrMenuAction, updateRingGroupAction, updateRoutingRulesAction } from "./actions";
import { STALE_HOURS_MESSAGE, STALE_IVR_MESSAGE, STALE_RING_GROUP_MESSAGE, STALE_ROUTING_MESSAGE, updateRingGroup } from "./service";
import { updateRingGroupInput } from "./schema";

const db = useFreshDatabase();

type Fields = Record<string, string | string[]>;

/** An organisation with an Owner, two agents, a Support ring group and a main menu pointing to it. */
async function callCentre() {
  const org = await makeOrg(db, "business");
  const owner = await org.member("owner");
  const [ann, ben] = [await org.member("agent"), await org.member("agent")];
  const orgId = org.org.id;
  const [group] = await db.insert(ringGroups).values({ orgId, name: "Support", timeoutSeconds: 30 }).returning();
  await db.insert(ringGroupMembers).values({ ringGroupId: group.id, memberId: ann.id, position: 0 });
  const [menu] = await db
    .insert(ivrMenus)
    .values({
      orgId,
      name: "Main menu",
      greeting: "Thanks for calling.",
      options: [{ key: "1", label: "Support", destination: { type: "ringGroup", id: group.id } }],
    })
    .returning();
  return { ...org, orgId, owner, ann, ben, group: group, menu: menu };
}

const ivrFields = (c: Awaited<ReturnType<typeof callCentre>>, overrides: Fields = {}): Fields => ({
  menuId: c.menu.id,
  version: "1",
  name: "Main menu",
  greeting: "Thanks for calling Acme.",
  optionKey: ["1", "0"],
  optionLabel: ["Support", "Operator"],
  optionDestination: [`ringGroup:${c.group.id}`, `member:${c.owner.id}`],
  ...overrides,
});

const groupFields = (c: Awaited<ReturnType<typeof callCentre>>, overrides: Fields = {}): Fields => ({
  groupId: c.group.id,
  version: "1",
  name: "Support",
  strategy: "sequential",
  timeoutSeconds: "20",
  memberIds: [c.ben.id, c.ann.id],
  ...overrides,
});

const hoursFields = (orgId: string, overrides: Fields = {}): Fields => ({
  orgId,
  version: "1",
  timeZone: "Europe/London",
  mon_open: "on",
  mon_from: "09:00",
  mon_to: "17:30",
  tue_open: "on",
  tue_from: "09:00",
  tue_to: "17:30",
  holidayDate: ["2030-12-26", "2030-12-25"],
  holidayName: ["Boxing Day", "Christmas Day"],
  ...overrides,
});

const routingFields = (c: Awaited<ReturnType<typeof callCentre>>, overrides: Fields = {}): Fields => ({
  orgId: c.orgId,
  version: "1",
  ruleName: ["After hours", "Irish callers", "Everyone else"],
  ruleCondition: ["closedHours", "callerPrefix", "always"],
  rulePrefix: ["", "+353", ""],
  ruleDestination: ["voicemail", `ringGroup:${c.group.id}`, `ivr:${c.menu.id}`],
  ...overrides,
});

async function membership(groupId: string) {
  return (await db.select().from(ringGroupMembers).where(eq(ringGroupMembers.ringGroupId, groupId)).orderBy(asc(ringGroupMembers.position))).map(
    (r) => r.memberId,
  );
}

describe("IVR menus", () => {
  it("saves greeting and keypresses for a holder of Edit IVR menus, and audits what changed", async () => {
    const c = await callCentre();
    const { access } = await c.holder(withNeeds("callFlows.ivr"));
    const result = await executeAction(updateIvrMenuAction, sessionOf(access.memberId), form(ivrFields(c)), db);
    expect(result).toEqual({ ok: true, message: "Saved the “Main menu” menu." });
    const menu = await findIvrMenu(db, c.orgId, c.menu.id);
    expect(menu).toMatchObject({ version: 2, greeting: "Thanks for calling Acme." });
    expect(menu.options).toEqual([
      { key: "1", label: "Support", destination: { type: "ringGroup", id: c.group.id } },
      { key: "0", label: "Operator", destination: { type: "member", id: c.owner.id } },
    ]);
    const [event] = await auditOf(db, c.orgId, "ivr.updated");
    expect(event).toMatchObject({ actorId: access.memberId, targetId: c.menu.id, targetName: "Main menu" });
    expect(event.details.lines).toEqual(["Greeting changed to “Thanks for calling Acme.”", `Key 0 added: “Operator” → ${c.owner.name}`]);
  });

  it("is refused to a member holding every other call-flow toggle", async () => {
    const c = await callCentre();
    const { access } = await c.holder(["callFlows.ringGroups", "callFlows.hours", "callFlows.routing"]);
    expect(await executeAction(updateIvrMenuAction, sessionOf(access.memberId), form(ivrFields(c)), db)).toMatchObject({ ok: false, code: "forbidden" });
    expect((await findIvrMenu(db, c.orgId, c.menu.id)).version).toBe(1);
  });

  it("does not find another organisation's menu, nor send a key to its ring group", async () => {
    const c = await callCentre();
    const other = await callCentre();
    const owner = c.owner.id;
    expect(await executeAction(updateIvrMenuAction, sessionOf(owner), form(ivrFields(other)), db)).toMatchObject({ ok: false, code: "not_found" });
    const foreign = ivrFields(c, { optionDestination: [`ringGroup:${other.group.id}`, `member:${other.owner.id}`] });
    const result = await executeAction(updateIvrMenuAction, sessionOf(owner), form(foreign), db);
    expect(result).toMatchObject({ ok: false, code: "not_found" });
    expect(!result.ok && Object.keys(result.fieldErrors ?? {})).toEqual(["options.0.destination", "options.1.destination"]);
    expect((await findIvrMenu(db, other.orgId, other.menu.id)).version).toBe(1);
    expect(await auditOf(db, c.orgId)).toHaveLength(0);
  });

  it("refuses duplicate and unknown keys beside the option", async () => {
    const c = await callCentre();
    const result = await executeAction(
      updateIvrMenuAction,
      sessionOf(c.owner.id),
      form(ivrFields(c, { optionKey: ["1", "1", "A"], optionLabel: ["Support", "Sales", ""], optionDestination: ["voicemail", "voicemail", "nowhere"] })),
      db,
    );
    expect(result).toMatchObject({
      ok: false,
      code: "invalid",
      fieldErrors: {
        "options.1.key": ["Key 1 is already used by another option."],
        "options.2.key": ["Choose a key: 0–9, * or #."],
        "options.2.label": ["Enter what this option is for."],
        "options.2.destination": ["Choose where the call goes."],
      },
    });
  });

  it("refuses an edit made on an old version", async () => {
    const c = await callCentre();
    expect(await executeAction(updateIvrMenuAction, sessionOf(c.owner.id), form(ivrFields(c)), db)).toMatchObject({ ok: true });
    const second = await executeAction(updateIvrMenuAction, sessionOf(c.owner.id), form(ivrFields(c, { greeting: "Hello." })), db);
    expect(second).toEqual({ ok: false, code: "conflict", formError: STALE_IVR_MESSAGE });
  });

  it("saves nothing and audits nothing when nothing changed", async () => {
    const c = await callCentre();
    const same = ivrFields(c, { greeting: "Thanks for calling.", optionKey: ["1"], optionLabel: ["Support"], optionDestination: [`ringGroup:${c.group.id}`] });
    expect(await executeAction(updateIvrMenuAction, sessionOf(c.owner.id), form(same), db)).toEqual({ ok: true, message: "Nothing to save: no changes." });
    expect((await findIvrMenu(db, c.orgId, c.menu.id)).version).toBe(1);
    expect(await auditOf(db, c.orgId)).toHaveLength(0);
  });
});

describe("ring groups", () => {
  it("replaces membership in order with strategy and timeout, and audits it", async () => {
    const c = await callCentre();
    const { access } = await c.holder(withNeeds("callFlows.ringGroups"));
    const result = await executeAction(updateRingGroupAction, sessionOf(access.memberId), form(groupFields(c)), db);
    expect(result).toEqual({ ok: true, message: "Saved the “Support” ring group." });
    expect(await findRingGroup(db, c.orgId, c.group.id)).toMatchObject({ strategy: "sequential", timeoutSeconds: 20, version: 2 });
    expect(await membership(c.group.id)).toEqual([c.ben.id, c.ann.id]);
    const [event] = await auditOf(db, c.orgId, "ring_group.updated");
    expect(event.details.lines).toEqual(["Ring strategy: Ring all at once → In order", "Ring timeout: 30 s → 20 s", `Added: ${c.ben.name}`]);
  });

  it("can empty a group", async () => {
    const c = await callCentre();
    expect(await executeAction(updateRingGroupAction, sessionOf(c.owner.id), form(groupFields(c, { memberIds: [] })), db)).toMatchObject({ ok: true });
    expect(await membership(c.group.id)).toEqual([]);
  });

  it("is refused without Edit ring groups", async () => {
    const c = await callCentre();
    const { access } = await c.holder(["callFlows.ivr", "callFlows.hours", "callFlows.routing"]);
    expect(await executeAction(updateRingGroupAction, sessionOf(access.memberId), form(groupFields(c)), db)).toMatchObject({ ok: false, code: "forbidden" });
    expect(await membership(c.group.id)).toEqual([c.ann.id]);
  });

  it("does not find another organisation's group or members", async () => {
    const c = await callCentre();
    const other = await callCentre();
    expect(await executeAction(updateRingGroupAction, sessionOf(c.owner.id), form(groupFields(other)), db)).toMatchObject({ ok: false, code: "not_found" });
    const result = await executeAction(updateRingGroupAction, sessionOf(c.owner.id), form(groupFields(c, { memberIds: [c.ann.id, other.ben.id] })), db);
    expect(result).toMatchObject({ ok: false, code: "not_found", fieldErrors: { memberIds: [expect.any(String)] } });
    expect(await membership(c.group.id)).toEqual([c.ann.id]);
    expect(await membership(other.group.id)).toEqual([other.ann.id]);
  });

  it("leaves another organisation's group alone at the query, and adds no member of another", async () => {
    const c = await callCentre();
    const other = await callCentre();
    await replaceRingGroupMembers(db, c.orgId, other.group.id, [c.ben.id]);
    expect(await membership(other.group.id)).toEqual([other.ann.id]);
    await replaceRingGroupMembers(db, c.orgId, c.group.id, [other.ben.id, c.ben.id]);
    expect(await membership(c.group.id)).toEqual([c.ben.id]);
  });

  it("validates timeout, strategy, duplicates and name", async () => {
    const c = await callCentre();
    const result = await executeAction(
      updateRingGroupAction,
      sessionOf(c.owner.id),
      form(groupFields(c, { name: " ", strategy: "random", timeoutSeconds: "2", memberIds: [c.ann.id, c.ann.id] })),
      db,
    );
    expect(result).toMatchObject({
      ok: false,
      code: "invalid",
      fieldErrors: {
        name: ["Enter a name for the ring group."],
        strategy: ["Choose how calls ring the members."],
        timeoutSeconds: ["Ring for at least 5 seconds."],
        memberIds: ["Each member can be in the group once."],
      },
    });
  });

  it("refuses a name another group has", async () => {
    const c = await callCentre();
    await db.insert(ringGroups).values({ orgId: c.orgId, name: "Sales" });
    const result = await executeAction(updateRingGroupAction, sessionOf(c.owner.id), form(groupFields(c, { name: "sales" })), db);
    expect(result).toMatchObject({ ok: false, code: "invalid", fieldErrors: { name: ["A ring group named “sales” already exists."] } });
  });

  it("refuses an edit made on an old version", async () => {
    const c = await callCentre();
    expect(await executeAction(updateRingGroupAction, sessionOf(c.owner.id), form(groupFields(c)), db)).toMatchObject({ ok: true });
    const second = await executeAction(updateRingGroupAction, sessionOf(c.owner.id), form(groupFields(c, { timeoutSeconds: "45" })), db);
    expect(second).toEqual({ ok: false, code: "conflict", formError: STALE_RING_GROUP_MESSAGE });
    expect(await findRingGroup(db, c.orgId, c.group.id)).toMatchObject({ timeoutSeconds: 20, version: 2 });
  });

  it("writes settings, members and audit together or not at all", async () => {
    const c = await callCentre();
    const owner = await accessOf(db, c.owner.id);
    const input = updateRingGroupInput.parse(groupFields(c));
    const failure = new Error("audit store unavailable");
    await expect(
      updateRingGroup(db, owner, input, {
        afterMembersReplaced: async () => {
          throw failure;
        },
      }),
    ).rejects.toBe(failure);
    expect(await findRingGroup(db, c.orgId, c.group.id)).toMatchObject({ strategy: "simultaneous", timeoutSeconds: 30, version: 1 });
    expect(await membership(c.group.id)).toEqual([c.ann.id]);
    expect(await auditOf(db, c.orgId)).toHaveLength(0);
  });

  it("reports the conflict as a refusal the person can act on", async () => {
    const c = await callCentre();
    const owner = await accessOf(db, c.owner.id);
    const input = updateRingGroupInput.parse({ ...groupFields(c), version: "7" });
    expect((await refusal(updateRingGroup(db, owner, input), "conflict")).message).toBe(STALE_RING_GROUP_MESSAGE);
  });
});

describe("business hours", () => {
  it("starts from default hours, then saves schedule, time zone and holidays", async () => {
    const c = await callCentre();
    expect(await findCallFlowSettings(db, c.orgId)).toMatchObject({
      timeZone: "UTC",
      hoursVersion: 1,
      weeklyHours: { mon: { open: "09:00", close: "17:00" }, sat: null },
    });
    const { access } = await c.holder(withNeeds("callFlows.hours"));
    expect(await executeAction(updateBusinessHoursAction, sessionOf(access.memberId), form(hoursFields(c.orgId)), db)).toEqual({
      ok: true,
      message: "Saved the business hours.",
    });
    const saved = await findCallFlowSettings(db, c.orgId);
    expect(saved).toMatchObject({
      timeZone: "Europe/London",
      hoursVersion: 2,
      weeklyHours: { mon: { open: "09:00", close: "17:30" }, tue: { open: "09:00", close: "17:30" }, wed: null, sun: null },
      holidays: [
        { date: "2030-12-25", name: "Christmas Day" },
        { date: "2030-12-26", name: "Boxing Day" },
      ],
    });
    const [event] = await auditOf(db, c.orgId, "hours.updated");
    expect(event.details.lines).toEqual([
      "Time zone: UTC → Europe/London",
      "Monday: 09:00–17:00 → 09:00–17:30",
      "Tuesday: 09:00–17:00 → 09:00–17:30",
      "Wednesday: 09:00–17:00 → Closed",
      "Thursday: 09:00–17:00 → Closed",
      "Friday: 09:00–17:00 → Closed",
      "Holiday added: Christmas Day (2030-12-25)",
      "Holiday added: Boxing Day (2030-12-26)",
    ]);
  });

  it("refuses closing before opening, bad times, unknown zones and repeated dates", async () => {
    const c = await callCentre();
    const result = await executeAction(
      updateBusinessHoursAction,
      sessionOf(c.owner.id),
      form(
        hoursFields(c.orgId, {
          timeZone: "Mars/Olympus",
          mon_from: "18:00",
          mon_to: "09:00",
          tue_from: "9am",
          holidayDate: ["2030-02-30", "2030-12-25", "2030-12-25"],
          holidayName: ["Leap", "Christmas", "Christmas again"],
        }),
      ),
      db,
    );
    expect(result).toMatchObject({
      ok: false,
      code: "invalid",
      fieldErrors: {
        timeZone: ["Choose a time zone from the list."],
        mon: ["Monday must close after it opens."],
        tue: ["Enter Tuesday's opening and closing times as HH:MM."],
        "holidays.0.date": ["Enter a date."],
        "holidays.2.date": ["That date is already in the list."],
      },
    });
    expect(await db.select().from(callFlowSettings).where(eq(callFlowSettings.orgId, c.orgId))).toEqual([]);
  });

  it("is refused without Edit business hours, and for another organisation", async () => {
    const c = await callCentre();
    const other = await callCentre();
    const { access } = await c.holder(["callFlows.ivr", "callFlows.ringGroups", "callFlows.routing"]);
    expect(await executeAction(updateBusinessHoursAction, sessionOf(access.memberId), form(hoursFields(c.orgId)), db)).toMatchObject({ code: "forbidden" });
    expect(await executeAction(updateBusinessHoursAction, sessionOf(c.owner.id), form(hoursFields(other.orgId)), db)).toMatchObject({ code: "not_found" });
    expect((await findCallFlowSettings(db, other.orgId)).hoursVersion).toBe(1);
  });

  it("refuses an edit made on an old version", async () => {
    const c = await callCentre();
    expect(await executeAction(updateBusinessHoursAction, sessionOf(c.owner.id), form(hoursFields(c.orgId)), db)).toMatchObject({ ok: true });
    const second = await executeAction(updateBusinessHoursAction, sessionOf(c.owner.id), form(hoursFields(c.orgId, { timeZone: "UTC" })), db);
    expect(second).toEqual({ ok: false, code: "conflict", formError: STALE_HOURS_MESSAGE });
  });
});

describe("routing rules", () => {
  it("saves ordered rules with their conditions and destinations", async () => {
    const c = await callCentre();
    const { access } = await c.holder(withNeeds("callFlows.routing"));
    expect(await executeAction(updateRoutingRulesAction, sessionOf(access.memberId), form(routingFields(c)), db)).toEqual({
      ok: true,
      message: "Saved the routing rules.",
    });
    const saved = await findCallFlowSettings(db, c.orgId);
    expect(saved.routingVersion).toBe(2);
    expect(saved.routingRules).toEqual([
      { name: "After hours", condition: { type: "closedHours" }, destination: { type: "voicemail" } },
      { name: "Irish callers", condition: { type: "callerPrefix", prefix: "+353" }, destination: { type: "ringGroup", id: c.group.id } },
      { name: "Everyone else", condition: { type: "always" }, destination: { type: "ivr", id: c.menu.id } },
    ]);
    // Hours were not touched by saving the rules.
    expect(saved.hoursVersion).toBe(1);
    const [event] = await auditOf(db, c.orgId, "routing.updated");
    expect(event.details.lines).toEqual([
      "Rule set: After hours: Outside business hours → Voicemail",
      "Rule set: Irish callers: Caller's number starts with +353 → Support ring group",
      "Rule set: Everyone else: Always → Main menu (IVR menu)",
    ]);
  });

  it("notes a change of order alone", async () => {
    const c = await callCentre();
    await executeAction(updateRoutingRulesAction, sessionOf(c.owner.id), form(routingFields(c)), db);
    const reversed = routingFields(c, {
      version: "2",
      ruleName: ["Everyone else", "Irish callers", "After hours"],
      ruleCondition: ["always", "callerPrefix", "closedHours"],
      rulePrefix: ["", "+353", ""],
      ruleDestination: [`ivr:${c.menu.id}`, `ringGroup:${c.group.id}`, "voicemail"],
    });
    expect(await executeAction(updateRoutingRulesAction, sessionOf(c.owner.id), form(reversed), db)).toMatchObject({ ok: true });
    const events = await auditOf(db, c.orgId, "routing.updated");
    expect(events[1].details.lines).toEqual(["Order changed: Everyone else, Irish callers, After hours"]);
  });

  it("refuses bad prefixes and missing destinations beside the rule", async () => {
    const c = await callCentre();
    const result = await executeAction(
      updateRoutingRulesAction,
      sessionOf(c.owner.id),
      form(
        routingFields(c, {
          rulePrefix: ["", "353", ""],
          ruleDestination: ["voicemail", "", `ivr:${c.menu.id}`],
          ruleCondition: ["closedHours", "callerPrefix", "sometimes"],
        }),
      ),
      db,
    );
    expect(result).toMatchObject({
      ok: false,
      code: "invalid",
      fieldErrors: {
        "rules.1.prefix": ["Enter a + and up to 8 digits, such as +44 or +1212."],
        "rules.1.destination": ["Choose where the call goes."],
        "rules.2.condition": ["Choose when the rule applies."],
      },
    });
  });

  it("does not route to another organisation's menu, nor edit another organisation's rules", async () => {
    const c = await callCentre();
    const other = await callCentre();
    const result = await executeAction(
      updateRoutingRulesAction,
      sessionOf(c.owner.id),
      form(routingFields(c, { ruleDestination: ["voicemail", `ringGroup:${c.group.id}`, `ivr:${other.menu.id}`] })),
      db,
    );
    expect(result).toMatchObject({ ok: false, code: "not_found", fieldErrors: { "rules.2.destination": [expect.any(String)] } });
    expect(await executeAction(updateRoutingRulesAction, sessionOf(c.owner.id), form(routingFields(other)), db)).toMatchObject({ code: "not_found" });
    expect((await findCallFlowSettings(db, c.orgId)).routingRules).toEqual([]);
  });

  it("is refused without Edit routing rules, and on an old version", async () => {
    const c = await callCentre();
    const { access } = await c.holder(["callFlows.ivr", "callFlows.ringGroups", "callFlows.hours"]);
    expect(await executeAction(updateRoutingRulesAction, sessionOf(access.memberId), form(routingFields(c)), db)).toMatchObject({ code: "forbidden" });
    expect(await executeAction(updateRoutingRulesAction, sessionOf(c.owner.id), form(routingFields(c)), db)).toMatchObject({ ok: true });
    const second = await executeAction(updateRoutingRulesAction, sessionOf(c.owner.id), form(routingFields(c, { ruleName: ["A", "B", "C"] })), db);
    expect(second).toEqual({ ok: false, code: "conflict", formError: STALE_ROUTING_MESSAGE });
  });
});
