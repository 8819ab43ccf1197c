// Call-flow edits with an explicit actor. Permission and zod checks happen before these run
// (lib/action.ts); here live tenant scoping, destination ownership, stale-edit refusal and
// the transactions that write each change together with its audit row.
import type { Db } from "@/db";
import { recordAudit } from "@/db/queries/audit";
import { auditEntry } from "@/lib/audit/entry";
import {
  ensureCallFlowSettings,
  findCallFlowSettings,
  findIvrMenu,
  findIvrMenuByName,
  findOwnedIds,
  findRingGroup,
  findRingGroupByName,
  listDestinationTargets,
  listRingGroupMembers,
  replaceRingGroupMembers,
  updateHoursIfVersion,
  updateIvrMenuIfVersion,
  updateRingGroupIfVersion,
  updateRoutingIfVersion,
} from "@/db/queries/call-flows";
import type { Destination } from "@/db/schema";
import type { Access } from "@/lib/authz/check";
import { assertOwnOrganization } from "@/lib/orgs/org-scope";
import { DomainError, invalid, notFound, type FieldErrors } from "@/lib/errors";
import { hoursChanges, ivrChanges, ringGroupChanges, routingChanges } from "./changes";
import { destinationNamesOf } from "./destination-choices";
import { destinationIds, type DestinationNames } from "./destinations";
import type { UpdateHoursInput, UpdateIvrInput, UpdateRingGroupInput, UpdateRoutingInput } from "./schema";

const stale = (what: string) => `${what} changed by someone else. Reload to see the latest version.`;
export const STALE_IVR_MESSAGE = stale("This IVR menu was");
export const STALE_RING_GROUP_MESSAGE = stale("This ring group was");
export const STALE_HOURS_MESSAGE = stale("The business hours were");
export const STALE_ROUTING_MESSAGE = stale("The routing rules were");

const GONE = "That destination does not exist or was removed. Choose another.";

/** Refuses destinations naming anything outside the organisation, beside the field that named it. */
async function assertDestinationsOwned(db: Db, orgId: string, entries: { path: string; destination: Destination }[]) {
  const owned = await findOwnedIds(db, orgId, destinationIds(entries.map((e) => e.destination)));
  const fieldErrors: FieldErrors = {};
  for (const { path, destination: d } of entries) {
    const found =
      d.type === "voicemail" ||
      (d.type === "member" && owned.members.has(d.id)) ||
      (d.type === "ringGroup" && owned.ringGroups.has(d.id)) ||
      (d.type === "ivr" && owned.ivrMenus.has(d.id));
    if (!found) fieldErrors[path] = [GONE];
  }
  if (Object.keys(fieldErrors).length) throw new DomainError("not_found", GONE, fieldErrors);
}

async function destinationNames(db: Db, orgId: string): Promise<DestinationNames> {
  return destinationNamesOf(await listDestinationTargets(db, orgId));
}

const nameTaken = (what: string, name: string) => invalid(`${what} named “${name}” already exists.`, { name: [`${what} named “${name}” already exists.`] });

export async function updateIvrMenu(db: Db, actor: Access, input: UpdateIvrInput) {
  const menu = await findIvrMenu(db, actor.orgId, input.menuId);
  if (!menu) throw notFound("That IVR menu");
  if (menu.version !== input.version) throw new DomainError("conflict", STALE_IVR_MESSAGE);
  const clash = await findIvrMenuByName(db, actor.orgId, input.name);
  if (clash && clash.id !== menu.id) throw nameTaken("An IVR menu", input.name);
  await assertDestinationsOwned(
    db,
    actor.orgId,
    input.options.map((o, i) => ({ path: `options.${i}.destination`, destination: o.destination })),
  );
  const lines = ivrChanges(menu, input, await destinationNames(db, actor.orgId));
  if (!lines.length) return { menu, changed: false };
  return db.transaction(async (tx) => {
    const saved = await updateIvrMenuIfVersion(tx, actor.orgId, menu.id, input.version, {
      name: input.name,
      greeting: input.greeting,
      options: input.options,
    });
    if (!saved) throw new DomainError("conflict", STALE_IVR_MESSAGE);
    await recordAudit(tx, auditEntry(actor, "ivr.updated", saved, { lines }));
    return { menu: saved, changed: true };
  });
}

/** Settings, membership and audit row in one transaction: all of it lands, or none. */
export async function updateRingGroup(db: Db, actor: Access, input: UpdateRingGroupInput, hooks: { afterMembersReplaced?: () => Promise<void> } = {}) {
  const group = await findRingGroup(db, actor.orgId, input.groupId);
  if (!group) throw notFound("That ring group");
  if (group.version !== input.version) throw new DomainError("conflict", STALE_RING_GROUP_MESSAGE);
  const clash = await findRingGroupByName(db, actor.orgId, input.name);
  if (clash && clash.id !== group.id) throw nameTaken("A ring group", input.name);
  const names = await destinationNames(db, actor.orgId);
  const missing = input.memberIds.filter((id) => !names.members.has(id));
  if (missing.length) {
    const message = "A member you chose does not exist or was removed. Reload the page and try again.";
    throw new DomainError("not_found", message, { memberIds: [message] });
  }
  const before = await listRingGroupMembers(db, actor.orgId, group.id);
  const after = input.memberIds.map((id) => ({ id, name: names.members.get(id)!.name }));
  const lines = ringGroupChanges({ ...group, members: before }, { ...input, members: after });
  if (!lines.length) return { group, changed: false };
  return db.transaction(async (tx) => {
    const saved = await updateRingGroupIfVersion(tx, actor.orgId, group.id, input.version, {
      name: input.name,
      strategy: input.strategy,
      timeoutSeconds: input.timeoutSeconds,
    });
    if (!saved) throw new DomainError("conflict", STALE_RING_GROUP_MESSAGE);
    await replaceRingGroupMembers(tx, actor.orgId, group.id, input.memberIds);
    await hooks.afterMembersReplaced?.();
    await recordAudit(tx, auditEntry(actor, "ring_group.updated", saved, { lines }));
    return { group: saved, changed: true };
  });
}

export async function updateBusinessHours(db: Db, actor: Access, input: UpdateHoursInput) {
  assertOwnOrganization(actor, input.orgId);
  const settings = await findCallFlowSettings(db, actor.orgId);
  if (settings.hoursVersion !== input.version) throw new DomainError("conflict", STALE_HOURS_MESSAGE);
  const lines = hoursChanges(settings, input);
  if (!lines.length) return { changed: false };
  return db.transaction(async (tx) => {
    await ensureCallFlowSettings(tx, actor.orgId);
    const saved = await updateHoursIfVersion(tx, actor.orgId, input.version, {
      timeZone: input.timeZone,
      weeklyHours: input.weeklyHours,
      holidays: input.holidays,
    });
    if (!saved) throw new DomainError("conflict", STALE_HOURS_MESSAGE);
    await recordAudit(tx, auditEntry(actor, "hours.updated", { name: actor.orgName }, { lines }));
    return { changed: true };
  });
}

export async function updateRoutingRules(db: Db, actor: Access, input: UpdateRoutingInput) {
  assertOwnOrganization(actor, input.orgId);
  const settings = await findCallFlowSettings(db, actor.orgId);
  if (settings.routingVersion !== input.version) throw new DomainError("conflict", STALE_ROUTING_MESSAGE);
  await assertDestinationsOwned(
    db,
    actor.orgId,
    input.rules.map((r, i) => ({ path: `rules.${i}.destination`, destination: r.destination })),
  );
  const lines = routingChanges(settings.routingRules, input.rules, await destinationNames(db, actor.orgId));
  if (!lines.length) return { changed: false };
  return db.transaction(async (tx) => {
    await ensureCallFlowSettings(tx, actor.orgId);
    const saved = await updateRoutingIfVersion(tx, actor.orgId, input.version, input.rules);
    if (!saved) throw new DomainError("conflict", STALE_ROUTING_MESSAGE);
    await recordAudit(tx, auditEntry(actor, "routing.updated", { name: actor.orgName }, { lines }));
    return { changed: true };
  });
}
