// Okta's and Microsoft Entra ID's documented SCIM request sequences, replayed against the real
// guard and handlers, with every response body checked against the SCIM core schemas.
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { loadSessionAccess } from "@/lib/authz/check";
import { applyDirectoryGroups, saveMapping } from "@/lib/directory/groups";
import { assignRole, deleteRole } from "@/lib/roles/service";
import { auditOf, memberRow, ownerOrg, refusal, roleRow, sessionOf } from "@/test/fixtures";
import { useFreshDatabase } from "@/test/database";
import { scimRequest, type ScimReply } from "@/test/scim/client";
import { listOf, scimErrorBody, scimGroup, scimUser } from "@/test/scim/schemas";
import { createScimToken, revokeScimToken } from "./tokens";

const db = useFreshDatabase();
const PATCH = "urn:ietf:params:scim:api:messages:2.0:PatchOp";

function expectBody<T extends z.ZodType>(reply: ScimReply, status: number, schema: T): z.output<T> {
  expect(reply.status, JSON.stringify(reply.body)).toBe(status);
  expect(reply.contentType).toBe("application/scim+json");
  return schema.parse(reply.body);
}

async function enterprise() {
  const org = await ownerOrg(db, "enterprise");
  const { token } = await createScimToken(db, org.ownerAccess, { name: "Okta" });
  const scim = (method: string, path: string, body?: unknown) => scimRequest(db, token, method, path, body);
  return { ...org, token, scim };
}

const okta = (email: string, given = "Ada", family = "Lovelace") => ({
  schemas: ["urn:ietf:params:scim:schemas:core:2.0:User"],
  userName: email,
  name: { givenName: given, familyName: family },
  emails: [{ primary: true, value: email, type: "work" }],
  displayName: `${given} ${family}`,
  locale: "en-US",
  externalId: `00u${Math.random().toString(36).slice(2, 12)}`,
  groups: [],
  password: "ignored-by-us-1",
  active: true,
});

describe("Okta's user lifecycle", () => {
  it("looks up, creates, reads, updates, deactivates and reactivates a user", async () => {
    const { scim, org, owner } = await enterprise();
    const email = `ada.${Date.now()}@example.test`;
    const none = expectBody(await scim("GET", `/Users?filter=${encodeURIComponent(`userName eq "${email}"`)}&startIndex=1&count=100`), 200, listOf(scimUser));
    expect(none.totalResults).toBe(0);

    const created = expectBody(await scim("POST", "/Users", okta(email)), 201, scimUser);
    expect(created).toMatchObject({ userName: email, active: true, name: { givenName: "Ada", familyName: "Lovelace" } });
    expect(expectBody(await scim("GET", `/Users/${created.id}`), 200, scimUser).id).toBe(created.id);
    const found = expectBody(await scim("GET", `/Users?filter=${encodeURIComponent(`userName eq "${email.toUpperCase()}"`)}`), 200, listOf(scimUser));
    expect(found.Resources.map((u) => u.id)).toEqual([created.id]);
    const row = await memberRow(db, created.id);
    expect(row).toMatchObject({ managedBy: "scim", orgId: org.id, status: "active" });

    const put = expectBody(await scim("PUT", `/Users/${created.id}`, { ...okta(email, "Ada", "King"), id: created.id }), 200, scimUser);
    expect(put.name.familyName).toBe("King");

    // Okta deactivates with a value object and no path.
    const off = expectBody(
      await scim("PATCH", `/Users/${created.id}`, { schemas: [PATCH], Operations: [{ op: "replace", value: { active: false } }] }),
      200,
      scimUser,
    );
    expect(off.active).toBe(false);
    const deactivated = await memberRow(db, created.id);
    expect(deactivated.status).toBe("deactivated");
    expect(deactivated.sessionEpoch).toBe(row.sessionEpoch + 1);

    const on = expectBody(
      await scim("PATCH", `/Users/${created.id}`, { schemas: [PATCH], Operations: [{ op: "replace", value: { active: true } }] }),
      200,
      scimUser,
    );
    expect(on.active).toBe(true);

    const audit = await auditOf(db, org.id);
    const scimEntries = audit.filter((e) => e.actorName === "SCIM token “Okta”");
    expect(scimEntries.map((e) => e.action)).toEqual(["member.provisioned", "member.directory_updated", "member.deactivated", "member.reactivated"]);
    expect(scimEntries.every((e) => e.actorId === null)).toBe(true);
    void owner;
  });

  it("refuses a second user with the same userName with a uniqueness error", async () => {
    const { scim } = await enterprise();
    const email = `dup.${Date.now()}@example.test`;
    expectBody(await scim("POST", "/Users", okta(email)), 201, scimUser);
    const again = expectBody(await scim("POST", "/Users", okta(email)), 409, scimErrorBody);
    expect(again.scimType).toBe("uniqueness");
  });

  it("pages with startIndex and count", async () => {
    const { scim } = await enterprise();
    for (let i = 0; i < 5; i++) expectBody(await scim("POST", "/Users", okta(`page${i}.${Date.now()}@example.test`)), 201, scimUser);
    const page = expectBody(await scim("GET", "/Users?startIndex=3&count=2"), 200, listOf(scimUser));
    // Five provisioned and the Owner.
    expect(page).toMatchObject({ totalResults: 6, startIndex: 3, itemsPerPage: 2 });
    const all = expectBody(await scim("GET", "/Users?startIndex=1&count=100"), 200, listOf(scimUser));
    expect(all.Resources.slice(2, 4).map((u) => u.id)).toEqual(page.Resources.map((u) => u.id));
  });

  it("pushes a group, renames it, adds and removes members, and deletes it", async () => {
    const { scim } = await enterprise();
    const a = expectBody(await scim("POST", "/Users", okta(`ga.${Date.now()}@example.test`)), 201, scimUser);
    const b = expectBody(await scim("POST", "/Users", okta(`gb.${Date.now()}@example.test`)), 201, scimUser);
    const group = expectBody(
      await scim("POST", "/Groups", { schemas: ["urn:ietf:params:scim:schemas:core:2.0:Group"], displayName: "Support", members: [] }),
      201,
      scimGroup,
    );
    expectBody(
      await scim("PATCH", `/Groups/${group.id}`, { schemas: [PATCH], Operations: [{ op: "replace", value: { id: group.id, displayName: "Support Leads" } }] }),
      200,
      scimGroup,
    );
    const added = expectBody(
      await scim("PATCH", `/Groups/${group.id}`, {
        schemas: [PATCH],
        Operations: [
          {
            op: "add",
            path: "members",
            value: [
              { value: a.id, display: a.userName },
              { value: b.id, display: b.userName },
            ],
          },
        ],
      }),
      200,
      scimGroup,
    );
    expect(added.displayName).toBe("Support Leads");
    expect(added.members!.map((m) => m.value).sort()).toEqual([a.id, b.id].sort());
    const removed = expectBody(
      await scim("PATCH", `/Groups/${group.id}`, { schemas: [PATCH], Operations: [{ op: "remove", path: `members[value eq "${a.id}"]` }] }),
      200,
      scimGroup,
    );
    expect(removed.members!.map((m) => m.value)).toEqual([b.id]);
    const listed = expectBody(await scim("GET", "/Groups?excludedAttributes=members&startIndex=1&count=100"), 200, listOf(scimGroup));
    expect(listed.Resources.map((g) => [g.displayName, g.members])).toEqual([["Support Leads", undefined]]);
    expect(expectBody(await scim("GET", `/Users/${b.id}`), 200, scimUser).groups.map((g) => g.display)).toEqual(["Support Leads"]);
    expect((await scim("DELETE", `/Groups/${group.id}`)).status).toBe(204);
    expectBody(await scim("GET", `/Groups/${group.id}`), 404, scimErrorBody);
  });
});

describe("Microsoft Entra ID's user lifecycle", () => {
  it("probes, creates, updates by path, deactivates with a string boolean and deletes", async () => {
    const { scim, org } = await enterprise();
    // Entra ID's connection test: a filter for a user that does not exist answers an empty list.
    const probe = expectBody(await scim("GET", `/Users?filter=${encodeURIComponent('userName eq "non-existent user 5e9f3c1a"')}`), 200, listOf(scimUser));
    expect(probe.totalResults).toBe(0);
    const email = `grace.${Date.now()}@example.test`;
    const created = expectBody(
      await scim("POST", "/Users", {
        schemas: ["urn:ietf:params:scim:schemas:core:2.0:User", "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"],
        externalId: "grace",
        userName: email,
        active: true,
        emails: [{ primary: true, type: "work", value: email }],
        meta: { resourceType: "User" },
        name: { formatted: "Grace Hopper", familyName: "Hopper", givenName: "Grace" },
        roles: [],
      }),
      201,
      scimUser,
    );
    const byExternal = expectBody(await scim("GET", `/Users?filter=${encodeURIComponent('externalId eq "grace"')}`), 200, listOf(scimUser));
    expect(byExternal.Resources.map((u) => u.id)).toEqual([created.id]);
    const moved = `grace.h.${Date.now()}@example.test`;
    const updated = expectBody(
      await scim("PATCH", `/Users/${created.id}`, {
        schemas: [PATCH],
        Operations: [
          { op: "Replace", path: 'emails[type eq "work"].value', value: moved },
          { op: "Replace", path: "name.familyName", value: "Murray Hopper" },
          { op: "Add", path: "title", value: "Rear Admiral" },
          { op: "Replace", path: "preferredLanguage", value: "en" },
        ],
      }),
      200,
      scimUser,
    );
    expect(updated).toMatchObject({ userName: moved, displayName: "Grace Murray Hopper", title: "Rear Admiral" });
    const off = expectBody(
      await scim("PATCH", `/Users/${created.id}`, { schemas: [PATCH], Operations: [{ op: "Replace", path: "active", value: "False" }] }),
      200,
      scimUser,
    );
    expect(off.active).toBe(false);
    const on = expectBody(
      await scim("PATCH", `/Users/${created.id}`, { schemas: [PATCH], Operations: [{ op: "Replace", path: "active", value: "True" }] }),
      200,
      scimUser,
    );
    expect(on.active).toBe(true);
    expect((await scim("DELETE", `/Users/${created.id}`)).status).toBe(204);
    expect((await memberRow(db, created.id)).status).toBe("deactivated");
    const bad = expectBody(
      await scim("PATCH", `/Users/${created.id}`, { schemas: [PATCH], Operations: [{ op: "Replace", path: "active", value: "maybe" }] }),
      400,
      scimErrorBody,
    );
    expect(bad.scimType).toBe("invalidValue");
    expect((await auditOf(db, org.id, "member.deactivated")).map((e) => e.actorName)).toEqual(["SCIM token “Okta”", "SCIM token “Okta”"]);
  });

  it("pushes a group and changes its members the Entra ID way", async () => {
    const { scim } = await enterprise();
    const a = expectBody(await scim("POST", "/Users", okta(`ea.${Date.now()}@example.test`)), 201, scimUser);
    const lookup = expectBody(
      await scim("GET", `/Groups?filter=${encodeURIComponent('displayName eq "Sales"')}&excludedAttributes=members`),
      200,
      listOf(scimGroup),
    );
    expect(lookup.totalResults).toBe(0);
    const group = expectBody(
      await scim("POST", "/Groups", { schemas: ["urn:ietf:params:scim:schemas:core:2.0:Group"], externalId: "8aa1a0c0", displayName: "Sales", members: [] }),
      201,
      scimGroup,
    );
    const add = expectBody(
      await scim("PATCH", `/Groups/${group.id}`, { schemas: [PATCH], Operations: [{ op: "Add", path: "members", value: [{ value: a.id }] }] }),
      200,
      scimGroup,
    );
    expect(add.members!.map((m) => m.value)).toEqual([a.id]);
    const remove = expectBody(
      await scim("PATCH", `/Groups/${group.id}`, { schemas: [PATCH], Operations: [{ op: "Remove", path: "members", value: [{ value: a.id }] }] }),
      200,
      scimGroup,
    );
    expect(remove.members).toEqual([]);
    const renamed = expectBody(
      await scim("PATCH", `/Groups/${group.id}`, { schemas: [PATCH], Operations: [{ op: "Replace", path: "displayName", value: "Sales EMEA" }] }),
      200,
      scimGroup,
    );
    expect(renamed.displayName).toBe("Sales EMEA");
    const byName = expectBody(await scim("GET", `/Groups?filter=${encodeURIComponent('displayName eq "sales emea"')}`), 200, listOf(scimGroup));
    expect(byName.Resources.map((g) => g.id)).toEqual([group.id]);
  });
});

describe("SCIM errors and discovery", () => {
  it("answers unsupported filters, bad JSON and unknown ids with SCIM error bodies", async () => {
    const { scim } = await enterprise();
    expect(expectBody(await scim("GET", `/Users?filter=${encodeURIComponent('name.givenName sw "A"')}`), 400, scimErrorBody).scimType).toBe("invalidFilter");
    expect(expectBody(await scim("POST", "/Users", "{not json"), 400, scimErrorBody).scimType).toBe("invalidSyntax");
    expect(expectBody(await scim("POST", "/Users", { userName: "not an email" }), 400, scimErrorBody).scimType).toBe("invalidValue");
    expectBody(await scim("GET", "/Users/00000000-0000-4000-8000-000000000000"), 404, scimErrorBody);
    expectBody(await scim("GET", "/Users/not-a-uuid"), 404, scimErrorBody);
    expect(
      expectBody(await scim("PATCH", "/Groups/00000000-0000-4000-8000-000000000000", { Operations: [{ op: "explode" }] }), 400, scimErrorBody).scimType,
    ).toBe("invalidValue");
  });

  it("describes itself", async () => {
    const { scim } = await enterprise();
    const config = await scim("GET", "/ServiceProviderConfig");
    expect(config.status).toBe(200);
    expect(config.body).toMatchObject({ patch: { supported: true }, filter: { supported: true }, authenticationSchemes: [{ type: "oauthbearertoken" }] });
    const schemas = await scim("GET", "/Schemas");
    expect((schemas.body as { Resources: { id: string }[] }).Resources.map((s) => s.id)).toEqual([
      "urn:ietf:params:scim:schemas:core:2.0:User",
      "urn:ietf:params:scim:schemas:core:2.0:Group",
    ]);
    const types = await scim("GET", "/ResourceTypes");
    expect((types.body as { Resources: { endpoint: string }[] }).Resources.map((t) => t.endpoint)).toEqual(["/Users", "/Groups"]);
  });
});

describe("tokens", () => {
  it("refuses a missing, garbage or revoked token with 401, and a Business organisation's with 403", async () => {
    const { scim, token, ownerAccess } = await enterprise();
    expectBody(await scimRequest(db, null, "GET", "/Users"), 401, scimErrorBody);
    expectBody(await scimRequest(db, "scim_garbage", "GET", "/Users"), 401, scimErrorBody);
    expectBody(await scimRequest(db, token + "x", "GET", "/Users"), 401, scimErrorBody);
    expect((await scim("GET", "/Users")).status).toBe(200);
    const [{ id }] = (await import("@/db/queries/directory").then((q) => q.listScimTokens(db, ownerAccess.orgId))) as { id: string }[];
    await revokeScimToken(db, ownerAccess, { tokenId: id });
    expectBody(await scim("GET", "/Users"), 401, scimErrorBody);

    const business = await ownerOrg(db, "business");
    await refusal(createScimToken(db, business.ownerAccess, { name: "Okta" }), "plan");
  });

  it("a token of one organisation finds nothing of another's, and changes nothing there", async () => {
    const a = await enterprise();
    const b = await enterprise();
    const bUser = expectBody(await b.scim("POST", "/Users", okta(`b.${Date.now()}@example.test`)), 201, scimUser);
    const bGroup = expectBody(await b.scim("POST", "/Groups", { displayName: "B team", members: [{ value: bUser.id }] }), 201, scimGroup);
    const aGroup = expectBody(await a.scim("POST", "/Groups", { displayName: "A team", members: [] }), 201, scimGroup);
    const before = await memberRow(db, bUser.id);

    for (const [method, path, body] of [
      ["GET", `/Users/${bUser.id}`],
      ["PUT", `/Users/${bUser.id}`, okta(bUser.userName)],
      ["PATCH", `/Users/${bUser.id}`, { Operations: [{ op: "replace", value: { active: false } }] }],
      ["DELETE", `/Users/${bUser.id}`],
      ["GET", `/Groups/${bGroup.id}`],
      ["PATCH", `/Groups/${bGroup.id}`, { Operations: [{ op: "remove", path: "members" }] }],
      ["PUT", `/Groups/${bGroup.id}`, { displayName: "Taken over", members: [] }],
      ["DELETE", `/Groups/${bGroup.id}`],
    ] as const) {
      const reply = await a.scim(method, path, body);
      expectBody(reply, 404, scimErrorBody);
      expect(JSON.stringify(reply.body)).not.toContain(bUser.userName);
    }
    const listed = expectBody(await a.scim("GET", `/Users?filter=${encodeURIComponent(`userName eq "${bUser.userName}"`)}`), 200, listOf(scimUser));
    expect(listed.totalResults).toBe(0);
    const groups = expectBody(await a.scim("GET", "/Groups"), 200, listOf(scimGroup));
    expect(groups.Resources.map((g) => g.id)).toEqual([aGroup.id]);
    // Adding another organisation's member to one's own group is refused as an unknown value.
    const add = expectBody(
      await a.scim("PATCH", `/Groups/${aGroup.id}`, { Operations: [{ op: "add", path: "members", value: [{ value: bUser.id }] }] }),
      400,
      scimErrorBody,
    );
    expect(add.scimType).toBe("invalidValue");
    expect(await memberRow(db, bUser.id)).toEqual(before);
    expect(expectBody(await b.scim("GET", `/Groups/${bGroup.id}`), 200, scimGroup).members!.map((m) => m.value)).toEqual([bUser.id]);
  });
});

describe("directory groups decide roles", () => {
  it("moves members with their groups, locks manual assignment, and falls back to the default role", async () => {
    const { scim, org, ownerAccess, customRole, builtInRole } = await enterprise();
    const leads = await customRole("Support Leads role", ["members.view", "roles.assign"]);
    const agent = await builtInRole("agent");
    const admin = await builtInRole("admin");
    const user = expectBody(await scim("POST", "/Users", okta(`dir.${Date.now()}@example.test`)), 201, scimUser);
    const group = expectBody(await scim("POST", "/Groups", { displayName: "Support Leads", members: [] }), 201, scimGroup);
    const other = expectBody(await scim("POST", "/Groups", { displayName: "Admins", members: [] }), 201, scimGroup);
    await saveMapping(db, ownerAccess, {
      mappings: [
        { groupId: other.id, roleId: admin.id },
        { groupId: group.id, roleId: leads.id },
      ],
      defaultRoleId: null,
    });
    expect(await memberRow(db, user.id)).toMatchObject({ roleId: agent.id, roleSource: "directory", directoryRoleGroupId: null });

    await scim("PATCH", `/Groups/${group.id}`, { Operations: [{ op: "add", path: "members", value: [{ value: user.id }] }] });
    expect(await memberRow(db, user.id)).toMatchObject({ roleId: leads.id, directoryRoleGroupId: group.id });
    const locked = await refusal(assignRole(db, ownerAccess, { memberId: user.id, roleId: agent.id }), "forbidden");
    expect(locked.message).toBe("Role managed by your directory group Support Leads.");

    // Precedence: Admins comes first.
    await scim("PATCH", `/Groups/${other.id}`, { Operations: [{ op: "add", path: "members", value: [{ value: user.id }] }] });
    expect((await memberRow(db, user.id)).roleId).toBe(admin.id);
    await scim("PATCH", `/Groups/${other.id}`, { Operations: [{ op: "remove", path: `members[value eq "${user.id}"]` }] });
    expect((await memberRow(db, user.id)).roleId).toBe(leads.id);
    await scim("DELETE", `/Groups/${group.id}`);
    expect(await memberRow(db, user.id)).toMatchObject({ roleId: agent.id, directoryRoleGroupId: null });

    const changes = await auditOf(db, org.id, "member.role_changed");
    expect(changes.map((e) => [e.actorName, e.details.fromRole, e.details.toRole])).toEqual([
      ["SCIM token “Okta”", "Agent", "Support Leads role"],
      ["SCIM token “Okta”", "Support Leads role", "Admin"],
      ["SCIM token “Okta”", "Admin", "Support Leads role"],
      ["SCIM token “Okta”", "Support Leads role", "Agent"],
    ]);
  });

  it("applyDirectoryGroups takes a groups claim by name, and never moves an Owner", async () => {
    const { org, owner, ownerAccess, customRole, member } = await enterprise();
    const leads = await customRole("Leads", ["members.view"]);
    const person = await member("agent");
    const outcome = await applyDirectoryGroups(db, org.id, person.id, { names: ["Leads group", "Everyone"] });
    expect(outcome.changed).toBe(false); // no mapping yet: roles stay manual
    const [leadsGroup] = (await import("@/db/queries/directory").then((q) => q.listGroups(db, org.id, { displayName: "Leads group" }))).rows;
    await saveMapping(db, ownerAccess, { mappings: [{ groupId: leadsGroup.id, roleId: leads.id }], defaultRoleId: null });
    expect((await memberRow(db, person.id)).roleId).toBe(leads.id);
    await applyDirectoryGroups(db, org.id, person.id, { names: ["Everyone"] });
    expect((await memberRow(db, person.id)).roleSource).toBe("directory");
    await applyDirectoryGroups(db, org.id, owner.id, { names: ["Leads group"] });
    expect(await memberRow(db, owner.id)).toMatchObject({ roleId: ownerAccess.role.id, roleSource: "manual" });
  });

  it("provisions with the organisation's default role, and falls back to Agent when that role is deleted", async () => {
    const { scim, ownerAccess, customRole, builtInRole } = await enterprise();
    const staff = await customRole("Staff", ["members.view"]);
    await saveMapping(db, ownerAccess, { mappings: [], defaultRoleId: staff.id });
    const first = expectBody(await scim("POST", "/Users", okta(`staff.${Date.now()}@example.test`)), 201, scimUser);
    expect((await memberRow(db, first.id)).roleId).toBe(staff.id);
    await deleteRole(db, ownerAccess, { roleId: staff.id, version: (await roleRow(db, staff.id)).version, memberCount: 1 });
    const second = expectBody(await scim("POST", "/Users", okta(`after.${Date.now()}@example.test`)), 201, scimUser);
    expect((await memberRow(db, second.id)).roleId).toBe((await builtInRole("agent")).id);
  });

  it("deactivation through SCIM ends the member's session at their next request", async () => {
    const { scim, member } = await enterprise();
    const person = await member("agent");
    expect(await loadSessionAccess(db, sessionOf(person.id))).not.toBeNull();
    expectBody(await scim("PATCH", `/Users/${person.id}`, { Operations: [{ op: "replace", path: "active", value: "False" }] }), 200, scimUser);
    expect(await loadSessionAccess(db, sessionOf(person.id))).toBeNull();
    expectBody(await scim("PATCH", `/Users/${person.id}`, { Operations: [{ op: "replace", path: "active", value: "True" }] }), 200, scimUser);
    // Reactivated, and signed in again: the old session stays ended.
    expect(await loadSessionAccess(db, sessionOf(person.id))).toBeNull();
    expect((await memberRow(db, person.id)).status).toBe("active");
  });
});
