// SCIM Users: members of the token's organisation. userName is the member's email address.
// A provisioned member joins through the access-change path (lib/roles/access-change.ts) like
// an invited one; `active: false` and DELETE deactivate them through it too, which raises their
// session epoch: every session ends at its next request.
import { z } from "zod";
import type { Db } from "@/db";
import { recordAudit } from "@/db/queries/audit";
import { countActiveOwners } from "@/db/queries/members";
import { findScimUser, groupsOfMembers, listScimUsers, updateScimUser, type ScimUserRow } from "@/db/queries/directory";
import { lockOrganization } from "@/db/queries/orgs";
import { isUniqueViolation } from "@/db/unique-violation";
import { organizationDefaultRole, recomputeDirectoryRole } from "@/lib/directory/groups";
import { changeAccess } from "@/lib/roles/access-change";
import {
  listResponse,
  parseBody,
  scimBoolean,
  parseFilter,
  parsePaging,
  ScimError,
  USER_SCHEMA,
  userInput,
  type PatchOperation,
  type UserInput,
} from "./protocol";
import type { ScimActor } from "./actor";

// A provisioned member signs in through single sign-on (or sets a password through "Forgot
// password"): this is no argon2 hash, so no password matches it.
const NO_PASSWORD = "!directory-provisioned";

const email = z.email();

type Fields = {
  email: string;
  name: string;
  givenName: string | null;
  familyName: string | null;
  title: string | null;
  externalId: string | null;
  active: boolean;
};

function splitName(name: string) {
  const at = name.indexOf(" ");
  return at < 0 ? { givenName: name, familyName: "" } : { givenName: name.slice(0, at), familyName: name.slice(at + 1) };
}

function userResource(row: ScimUserRow, groups: { id: string; displayName: string }[], baseUrl: string) {
  const { givenName, familyName } = splitName(row.name);
  return {
    schemas: [USER_SCHEMA],
    id: row.id,
    ...(row.externalId !== null && { externalId: row.externalId }),
    userName: row.email,
    name: { formatted: row.name, givenName, familyName },
    displayName: row.name,
    ...(row.title && { title: row.title }),
    emails: [{ value: row.email, type: "work", primary: true }],
    active: row.status === "active",
    groups: groups.map((g) => ({ value: g.id, display: g.displayName, $ref: `${baseUrl}/Groups/${g.id}` })),
    meta: { resourceType: "User", created: row.createdAt.toISOString(), lastModified: row.updatedAt.toISOString(), location: `${baseUrl}/Users/${row.id}` },
  };
}

async function resourceOf(db: Db, actor: ScimActor, memberId: string) {
  const row = await findScimUser(db, actor.orgId, memberId);
  if (!row) throw new ScimError(404, "User not found.");
  return userResource(row, await groupsOfMembers(db, actor.orgId, [row.id]), actor.baseUrl);
}

export async function listUsers(db: Db, actor: ScimActor, params: URLSearchParams) {
  const filter = parseFilter(params.get("filter"), ["userName", "externalId"]);
  const { startIndex, count } = parsePaging(params);
  const { total, rows } = await listScimUsers(db, actor.orgId, filter ? { [filter.attribute]: filter.value } : {}, { offset: startIndex - 1, limit: count });
  const groups = await groupsOfMembers(
    db,
    actor.orgId,
    rows.map((r) => r.id),
  );
  return listResponse(
    rows.map((row) =>
      userResource(
        row,
        groups.filter((g) => g.memberId === row.id),
        actor.baseUrl,
      ),
    ),
    total,
    startIndex,
  );
}

export const getUser = resourceOf;

/** What the directory sent, as a member's fields: email from userName (or the primary email), a name from whatever parts came. */
function fieldsOf(input: UserInput): Fields {
  const primary = input.emails?.find((e) => e.primary === true)?.value ?? input.emails?.[0]?.value;
  const address = (email.safeParse(input.userName).success ? input.userName : (primary ?? input.userName)).toLowerCase();
  if (!email.safeParse(address).success) throw new ScimError(400, "userName must be an email address.", "invalidValue");
  const givenName = input.name?.givenName ?? null;
  const familyName = input.name?.familyName ?? null;
  const name = (input.name?.formatted || [givenName, familyName].filter(Boolean).join(" ") || input.displayName || address).trim();
  return { email: address, name, givenName, familyName, title: input.title ?? null, externalId: input.externalId ?? null, active: input.active ?? true };
}

const uniqueness = () => new ScimError(409, "A user with this userName already exists.", "uniqueness");

async function withUniqueness<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isUniqueViolation(error)) throw uniqueness();
    throw error;
  }
}

export async function createUser(db: Db, actor: ScimActor, body: unknown) {
  const fields = fieldsOf(parseBody(userInput, body));
  const id = await withUniqueness(() =>
    db.transaction(async (tx) => {
      await lockOrganization(tx, actor.orgId);
      const roleId = (await organizationDefaultRole(tx, actor.orgId)).id;
      const written = await changeAccess(
        tx,
        { orgId: actor.orgId, memberId: null, name: actor.name },
        {
          kind: "join",
          member: {
            name: fields.name,
            email: fields.email,
            title: fields.title,
            externalId: fields.externalId,
            managedBy: "scim",
            passwordHash: NO_PASSWORD,
            roleId,
          },
        },
        ({ member }) => [
          {
            orgId: actor.orgId,
            actorId: null,
            actorName: actor.name,
            action: "member.provisioned",
            targetId: member!.id,
            targetName: member!.name,
            details: { lines: [`Email: ${member!.email}`, ...(fields.externalId ? [`External id: ${fields.externalId}`] : [])] },
          },
        ],
      );
      const member = written.member!;
      await recomputeDirectoryRole(tx, actor.orgId, member.id, actor.name);
      if (!fields.active) await setStatus(tx, actor, member.id, "deactivated");
      return member.id;
    }),
  );
  return resourceOf(db, actor, id);
}

async function setStatus(tx: Db, actor: ScimActor, memberId: string, to: "active" | "deactivated") {
  const member = await findScimUser(tx, actor.orgId, memberId, true);
  if (!member || member.status === to) return;
  // The organisation always keeps an active Owner, whoever asks.
  if (to === "deactivated" && member.roleKind === "owner" && (await countActiveOwners(tx, actor.orgId)) <= 1) {
    throw new ScimError(400, "This is the organisation's last active Owner: make someone else an Owner first.", "mutability");
  }
  await changeAccess(tx, { orgId: actor.orgId, memberId: null, name: actor.name }, { kind: "status", memberId, status: to }, () => [
    {
      orgId: actor.orgId,
      actorId: null,
      actorName: actor.name,
      action: to === "deactivated" ? "member.deactivated" : "member.reactivated",
      targetId: member.id,
      targetName: member.name,
      details: { lines: [`Email: ${member.email}`, `Role: ${member.roleName}`] },
    },
  ]);
}

/** Writes what changed of a member's fields, audited, then their status. */
async function save(db: Db, actor: ScimActor, memberId: string, next: (current: Fields) => Fields) {
  await withUniqueness(() =>
    db.transaction(async (tx) => {
      await lockOrganization(tx, actor.orgId);
      const row = await findScimUser(tx, actor.orgId, memberId, true);
      if (!row) throw new ScimError(404, "User not found.");
      const current: Fields = {
        email: row.email,
        name: row.name,
        ...splitName(row.name),
        title: row.title,
        externalId: row.externalId,
        active: row.status === "active",
      };
      const wanted = next(current);
      const lines = (
        [
          ["Name", row.name, wanted.name],
          ["Email", row.email, wanted.email],
          ["Title", row.title, wanted.title],
          ["External id", row.externalId, wanted.externalId],
        ] as const
      )
        .filter(([, before, after]) => before !== after)
        .map(([label, before, after]) => `${label}: ${before ?? "none"} → ${after ?? "none"}`);
      if (lines.length || row.managedBy !== "scim") {
        await updateScimUser(tx, actor.orgId, memberId, { name: wanted.name, email: wanted.email, title: wanted.title, externalId: wanted.externalId });
        await recordAudit(tx, {
          orgId: actor.orgId,
          actorId: null,
          actorName: actor.name,
          action: "member.directory_updated",
          targetId: memberId,
          targetName: wanted.name,
          details: { lines: lines.length ? lines : ["Now managed by the directory"] },
        });
      }
      if (wanted.active !== current.active) await setStatus(tx, actor, memberId, wanted.active ? "active" : "deactivated");
    }),
  );
  return resourceOf(db, actor, memberId);
}

export async function replaceUser(db: Db, actor: ScimActor, memberId: string, body: unknown) {
  const fields = fieldsOf(parseBody(userInput, body));
  return save(db, actor, memberId, () => fields);
}

const stringValue = (value: unknown, path: string) => {
  if (value === null) return null;
  if (typeof value !== "string") throw new ScimError(400, `${path} must be a string.`, "invalidValue");
  return value.trim();
};

/** One attribute of a PATCH (Entra ID sends a path per attribute; Okta a value object without one). */
function applyAttribute(fields: Fields, path: string, value: unknown, op: "add" | "replace" | "remove"): Fields {
  const next = { ...fields };
  const key = path
    .trim()
    .toLowerCase()
    .replace(/^urn:ietf:params:scim:schemas:core:2\.0:user:/, "");
  const setName = () => {
    const joined = [next.givenName, next.familyName].filter(Boolean).join(" ");
    if (joined) next.name = joined;
  };
  const str = () => (op === "remove" ? null : stringValue(value, path));
  switch (key) {
    case "active": {
      next.active = parseBody(scimBoolean, value);
      break;
    }
    case "username":
    case 'emails[type eq "work"].value':
    case "emails[primary eq true].value": {
      const address = str()?.toLowerCase();
      if (!address || !email.safeParse(address).success) throw new ScimError(400, `${path} must be an email address.`, "invalidValue");
      next.email = address;
      break;
    }
    case "emails": {
      const list = parseBody(z.array(z.looseObject({ value: z.string(), primary: z.unknown().optional() })), Array.isArray(value) ? value : [value]);
      const address = list[0]?.value.trim().toLowerCase();
      if (address && email.safeParse(address).success) next.email = address;
      break;
    }
    case "displayname":
    case "name.formatted":
      next.name = str() || next.name;
      break;
    case "name.givenname":
      next.givenName = str();
      setName();
      break;
    case "name.familyname":
      next.familyName = str();
      setName();
      break;
    case "name": {
      const name = parseBody(z.looseObject({ formatted: z.string().optional(), givenName: z.string().optional(), familyName: z.string().optional() }), value);
      if (name.givenName !== undefined) next.givenName = name.givenName;
      if (name.familyName !== undefined) next.familyName = name.familyName;
      if (name.formatted) next.name = name.formatted.trim();
      else setName();
      break;
    }
    case "title":
      next.title = str() || null;
      break;
    case "externalid":
      next.externalId = str() || null;
      break;
    default:
      // Attributes we do not keep (preferredLanguage, addresses, the enterprise extension...)
      // are accepted and ignored, as Entra ID sends many of them on every update.
      break;
  }
  return next;
}

function applyUserPatch(fields: Fields, operations: readonly PatchOperation[]): Fields {
  let next = fields;
  for (const operation of operations) {
    if (operation.path) {
      next = applyAttribute(next, operation.path, operation.value, operation.op);
      continue;
    }
    if (operation.op === "remove") throw new ScimError(400, "A remove operation needs a path.", "noTarget");
    if (typeof operation.value !== "object" || operation.value === null || Array.isArray(operation.value)) {
      throw new ScimError(400, "An operation without a path needs an object value.", "invalidValue");
    }
    for (const [path, value] of Object.entries(operation.value)) next = applyAttribute(next, path, value, operation.op);
  }
  return next;
}

export async function patchUser(db: Db, actor: ScimActor, memberId: string, operations: readonly PatchOperation[]) {
  return save(db, actor, memberId, (current) => applyUserPatch(current, operations));
}

/** DELETE deactivates: the member's history and assignments stay, and the directory can bring them back. */
export async function deleteUser(db: Db, actor: ScimActor, memberId: string) {
  await save(db, actor, memberId, (current) => ({ ...current, active: false }));
}
