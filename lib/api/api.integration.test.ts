// The public API end to end on a real database: every endpoint, its refusals (401, 402, 403,
// 404, 409, 412, 422, 428, 429), ETags, Idempotency-Key and the audit trail it leaves. Every
// answer is checked against the OpenAPI document by callApi (test/api-client.ts).
import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { apiIdempotency, apiKeys, emails, invitations, rateLimits, roles } from "@/db/schema";
import { BUILT_IN_ROLES } from "@/lib/authz/built-in-roles";
import { ALL_PERMISSIONS } from "@/lib/authz/permissions";
import { RATE_LIMITS } from "@/lib/rate-limits";
import { callApi, keyFor } from "@/test/api-client";
import { useFreshDatabase } from "@/test/database";
import { loadAccess, loadSessionAccess } from "@/lib/authz/check";
import { acceptInvitation, inviteMember } from "@/lib/members/invitations";
import { accessOf, auditOf, memberRow, ownerOrg, roleRow, sessionOf, setStatus, withNeeds } from "@/test/fixtures";
import { revokeApiKey } from "./keys";

const db = useFreshDatabase();

async function ownerKey(plan: "business" | "starter" | "enterprise" = "business") {
  const made = await ownerOrg(db, plan === "starter" ? "business" : plan);
  const { token, key } = await keyFor(db, made.ownerAccess, [...made.ownerAccess.permissions], "CI sync");
  if (plan === "starter") await db.execute(sql`update organizations set plan = 'starter' where id = ${made.org.id}`);
  const { owner, ownerAccess, customRole, holder, member, builtInRole } = made;
  return { token, key, owner, ownerAccess, org: { id: made.org.id, customRole, holder, member, builtInRole } };
}

describe("GET /api/v1/permissions", () => {
  it("lists the registry with labels, categories, needs and sensitivity", async () => {
    const { token } = await ownerKey();
    const res = await callApi(db, "GET", "/api/v1/permissions", { token });
    expect(res.status).toBe(200);
    expect(res.body.data!.map((p) => p.key)).toEqual(ALL_PERMISSIONS);
    expect(res.body.data!.find((p) => p.key === "integrations.apiKeys")).toMatchObject({
      label: "Manage API keys",
      categoryLabel: "Integrations",
      sensitive: true,
    });
    expect(res.body.data!.find((p) => p.key === "roles.manage")).toMatchObject({ needs: ["roles.assign"] });
  });
});

describe("roles", () => {
  it("creates, reads, edits, duplicates and deletes a role through the same service as the form, audited with the key's name", async () => {
    const { token, org, owner } = await ownerKey();
    const created = await callApi(db, "POST", "/api/v1/roles", {
      token,
      body: { name: "QA Lead", description: "Runs test plans", permissions: ["members.view", "roles.assign"] },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      name: "QA Lead",
      kind: "custom",
      permissions: ["members.view", "roles.assign"],
      version: 1,
      memberCount: 0,
      active: true,
    });
    expect(created.headers.get("etag")).toBe('"1"');
    const id = created.body.id as string;

    const list = await callApi(db, "GET", "/api/v1/roles", { token });
    expect(list.body.data!.map((r) => r.name)).toEqual(["Owner", "Admin", "Agent", "QA Lead"]);
    expect(list.body.data![0]).toMatchObject({ permissions: [...BUILT_IN_ROLES.owner.permissions] });

    const read = await callApi(db, "GET", `/api/v1/roles/${id}`, { token });
    expect(read.body).toMatchObject({ id, name: "QA Lead" });

    const edited = await callApi(db, "PATCH", `/api/v1/roles/${id}`, { token, body: { permissions: ["members.view"] }, headers: { "if-match": '"1"' } });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ name: "QA Lead", description: "Runs test plans", permissions: ["members.view"], version: 2 });
    expect(edited.headers.get("etag")).toBe('"2"');

    const copy = await callApi(db, "POST", `/api/v1/roles/${id}/duplicate`, { token, body: { name: "QA Lead 2" } });
    expect(copy.status).toBe(201);
    expect(copy.body).toMatchObject({ name: "QA Lead 2", permissions: ["members.view"], description: "Runs test plans" });

    const history = await callApi(db, "GET", `/api/v1/roles/${id}/history`, { token });
    expect((history.body.versions as { version: number; kind: string }[]).map((v) => [v.version, v.kind])).toEqual([
      [2, "edited"],
      [1, "created"],
    ]);

    const deleted = await callApi(db, "DELETE", `/api/v1/roles/${id}`, { token, headers: { "if-match": '"2"' } });
    expect(deleted.status).toBe(200);
    expect(deleted.body).toMatchObject({ id, name: "QA Lead", membersMoved: [] });
    expect(await roleRow(db, id)).toBeNull();
    expect((await callApi(db, "GET", `/api/v1/roles/${id}`, { token })).status).toBe(404);

    const audit = await auditOf(db, org.id);
    expect(audit.map((e) => e.action)).toEqual(["api_key.created", "role.created", "role.updated", "role.duplicated", "role.deleted"]);
    for (const event of audit.slice(1)) {
      expect(event.actorId).toBe(owner.id);
      expect(event.actorName).toBe(`${owner.name} (API key “CI sync”)`);
    }
  });

  it("refuses a stale If-Match with 412, a missing one with 428, and changes nothing", async () => {
    const { token, org } = await ownerKey();
    const role = await org.customRole("Support", ["members.view"]);
    const stale = await callApi(db, "PATCH", `/api/v1/roles/${role.id}`, { token, body: { name: "Support 2" }, headers: { "if-match": '"7"' } });
    expect(stale.status).toBe(412);
    expect(stale.body.detail).toBe("This role was changed by someone else. Reload to see the latest version.");
    expect((await callApi(db, "PATCH", `/api/v1/roles/${role.id}`, { token, body: { name: "Support 2" } })).status).toBe(428);
    expect((await callApi(db, "DELETE", `/api/v1/roles/${role.id}`, { token, headers: { "if-match": 'W/"3"' } })).status).toBe(412);
    expect(await roleRow(db, role.id)).toMatchObject({ name: "Support", version: 1 });
    expect((await callApi(db, "PATCH", `/api/v1/roles/${role.id}`, { token, body: { name: "Support 2" }, headers: { "if-match": "*" } })).status).toBe(200);
  });

  it("answers bad input with 422 and its fields, and a body that is not JSON with 400", async () => {
    const { token } = await ownerKey();
    const bad = await callApi(db, "POST", "/api/v1/roles", { token, body: { name: "Owner", permissions: ["no.such"] } });
    expect(bad.status).toBe(422);
    expect(bad.body.errors).toMatchObject({
      name: ["That name belongs to a built-in role. Choose another."],
      permissions: ["Unknown permission in the request."],
    });
    expect((await callApi(db, "POST", "/api/v1/roles", { token, rawBody: "{not json" })).status).toBe(400);
    const taken = await callApi(db, "POST", "/api/v1/roles", { token, body: { name: "Dup", permissions: [] } });
    expect(taken.status).toBe(201);
    const again = await callApi(db, "POST", "/api/v1/roles", { token, body: { name: "dup", permissions: [] } });
    expect(again.status).toBe(422);
    expect(again.body.detail).toBe("A role named “dup” already exists.");
  });

  it("applies the escalation rules: a key cannot grant what its creator does not hold, nor edit built-in roles", async () => {
    const { org } = await ownerKey();
    const manager = await org.holder(withNeeds("roles.manage"));
    const { token } = await keyFor(db, manager.access);
    const grant = await callApi(db, "POST", "/api/v1/roles", { token, body: { name: "Biller", permissions: ["billing.view"] } });
    expect(grant.status).toBe(403);
    const admin = await org.builtInRole("admin");
    const builtIn = await callApi(db, "PATCH", `/api/v1/roles/${admin.id}`, { token, body: { name: "Boss" }, headers: { "if-match": "*" } });
    expect(builtIn.status).toBe(403);
    expect(builtIn.body.detail).toBe("Admin is a built-in role: duplicate it to make a role you can change.");
  });

  it("returns the first answer to a retried POST with the same Idempotency-Key and writes nothing twice", async () => {
    const { token, org } = await ownerKey();
    const send = (name: string) =>
      callApi(db, "POST", "/api/v1/roles", { token, body: { name, permissions: [] }, headers: { "idempotency-key": "create-qa-1" } });
    const first = await send("Night shift");
    const retry = await send("Night shift");
    expect(first.status).toBe(201);
    expect(retry.status).toBe(201);
    expect(retry.body).toEqual(first.body);
    expect(retry.headers.get("idempotent-replayed")).toBe("true");
    expect(retry.headers.get("etag")).toBe('"1"');
    const named = await db.select().from(roles).where(eq(roles.orgId, org.id));
    expect(named.filter((r) => r.name === "Night shift")).toHaveLength(1);
    expect((await auditOf(db, org.id, "role.created")).length).toBe(1);
    const other = await send("Day shift");
    expect(other.status).toBe(422);
    expect(other.body.detail).toBe("This Idempotency-Key was already used for a different request.");
  });

  it("answers 409 while a request with the same Idempotency-Key is still running", async () => {
    const { token, key } = await ownerKey();
    await db.insert(apiIdempotency).values({ apiKeyId: key.id, key: "in-flight", requestHash: "x" });
    const busy = await callApi(db, "POST", "/api/v1/roles", { token, body: { name: "Busy", permissions: [] }, headers: { "idempotency-key": "in-flight" } });
    expect([busy.status, busy.body.code]).toEqual([422, "unprocessable"]);
    await db.update(apiIdempotency).set({
      requestHash: (await import("node:crypto"))
        .createHash("sha256")
        .update(`POST /api/v1/roles\n${JSON.stringify({ name: "Busy", permissions: [] })}`)
        .digest("hex"),
    });
    const running = await callApi(db, "POST", "/api/v1/roles", { token, body: { name: "Busy", permissions: [] }, headers: { "idempotency-key": "in-flight" } });
    expect(running.status).toBe(409);
  });
});

describe("members", () => {
  it("searches, filters and pages with a cursor, scoped to the organisation", async () => {
    const { token, org } = await ownerKey();
    const role = await org.customRole("Nights", ["members.view"]);
    const made = [];
    for (let i = 0; i < 5; i++) made.push(await org.member({ roleId: role.id }));
    await setStatus(db, made[4].id, "deactivated");
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res: Awaited<ReturnType<typeof callApi>> = await callApi(
        db,
        "GET",
        `/api/v1/members?roleId=${role.id}&limit=2${cursor ? `&cursor=${cursor}` : ""}`,
        { token },
      );
      expect(res.status).toBe(200);
      expect(res.body.data!.length).toBeLessThanOrEqual(2);
      seen.push(...res.body.data!.map((m) => m.id as string));
      cursor = res.body.nextCursor as string | null;
    } while (cursor);
    expect(seen.sort()).toEqual(made.map((m) => m.id).sort());
    const active = await callApi(db, "GET", `/api/v1/members?roleId=${role.id}&status=deactivated`, { token });
    expect(active.body.data!.map((m) => m.id)).toEqual([made[4].id]);
    const search = await callApi(db, "GET", `/api/v1/members?q=${encodeURIComponent(made[2].email)}`, { token });
    expect(search.body.data!.map((m) => m.id)).toEqual([made[2].id]);
    expect((await callApi(db, "GET", "/api/v1/members?limit=0", { token })).status).toBe(422);
    expect((await callApi(db, "GET", "/api/v1/members?status=gone", { token })).status).toBe(422);
    // PostgreSQL refuses NUL in text: the search is refused by name, never a 500.
    const nul = await callApi(db, "GET", "/api/v1/members?q=%00", { token });
    expect(nul.status).toBe(422);
    expect(JSON.stringify(nul.body)).toContain("Search cannot hold control characters");
  });

  it("reads one member with what they hold, and changes their role with If-Match", async () => {
    const { token, org, owner } = await ownerKey();
    const agent = await org.member("agent");
    const qa = await org.customRole("QA", ["members.view", "analytics.view"]);
    const read = await callApi(db, "GET", `/api/v1/members/${agent.id}`, { token });
    expect(read.body).toMatchObject({
      id: agent.id,
      role: { kind: "agent", name: "Agent" },
      effectivePermissions: [...BUILT_IN_ROLES.agent.permissions].sort((a, b) => ALL_PERMISSIONS.indexOf(a) - ALL_PERMISSIONS.indexOf(b)),
    });
    const etag = read.headers.get("etag")!;
    const moved = await callApi(db, "PUT", `/api/v1/members/${agent.id}/role`, { token, body: { roleId: qa.id }, headers: { "if-match": etag } });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ role: { id: qa.id, name: "QA" }, effectivePermissions: ["members.view", "analytics.view"] });
    expect(moved.headers.get("etag")).toBe(`"${qa.id}"`);
    const stale = await callApi(db, "PUT", `/api/v1/members/${agent.id}/role`, {
      token,
      body: { roleId: read.body.role && (read.body.role as { id: string }).id },
      headers: { "if-match": etag },
    });
    expect(stale.status).toBe(412);
    expect(stale.body.detail).toBe("This member's role changed since you opened the page. Reload to see it before changing it.");
    const [event] = await auditOf(db, org.id, "member.role_changed");
    expect(event).toMatchObject({ actorId: owner.id, actorName: `${owner.name} (API key “CI sync”)`, details: { fromRole: "Agent", toRole: "QA" } });
    const self = await callApi(db, "PUT", `/api/v1/members/${owner.id}/role`, { token, body: { roleId: qa.id }, headers: { "if-match": "*" } });
    expect(self.status).toBe(403);
  });
});

describe("GET /api/v1/roles/compare", () => {
  it("compares two to four roles in the order asked, differences first, as the compare page does", async () => {
    const { token, org } = await ownerKey();
    const nights = await org.customRole("Nights", ["members.view", "analytics.view"]);
    const days = await org.customRole("Days", ["members.view"]);
    const agent = await org.builtInRole("agent");
    const res = await callApi(db, "GET", `/api/v1/roles/compare?ids=${nights.id},${days.id},${agent.id}`, { token });
    expect(res.status).toBe(200);
    expect((res.body.roles as { name: string; note: string }[]).map((r) => [r.name, r.note])).toEqual([
      ["Nights", "Custom"],
      ["Days", "Custom"],
      ["Agent", "Built-in"],
    ]);
    const rows = res.body.rows as { key: string; grants: boolean[]; differs: boolean }[];
    expect(rows).toHaveLength(ALL_PERMISSIONS.length);
    expect(rows.slice(0, res.body.differing as number).every((r) => r.differs)).toBe(true);
    expect(rows.find((r) => r.key === "analytics.view")?.grants.slice(0, 2)).toEqual([true, false]);
    // A repeated id counts once.
    expect((await callApi(db, "GET", `/api/v1/roles/compare?ids=${nights.id},${nights.id}`, { token })).status).toBe(422);
  });

  it("refuses fewer than 2 or more than 4 roles and bad ids with 422, another organisation's role with 404, and a key without Assign roles with 403", async () => {
    const { token, org } = await ownerKey();
    const away = await ownerKey();
    const ids = [];
    for (let i = 0; i < 5; i++) ids.push((await org.customRole(`Compared ${i}`, ["members.view"])).id);
    expect((await callApi(db, "GET", `/api/v1/roles/compare?ids=${ids.slice(0, 4).join(",")}`, { token })).status).toBe(200);
    const five = await callApi(db, "GET", `/api/v1/roles/compare?ids=${ids.join(",")}`, { token });
    expect([five.status, five.body.errors]).toEqual([422, { ids: ["Compare at most 4 roles at once."] }]);
    expect((await callApi(db, "GET", `/api/v1/roles/compare?ids=${ids[0]}`, { token })).body.errors).toEqual({ ids: ["Compare at least 2 roles."] });
    expect((await callApi(db, "GET", "/api/v1/roles/compare", { token })).status).toBe(422);
    expect((await callApi(db, "GET", `/api/v1/roles/compare?ids=${ids[0]},nope`, { token })).status).toBe(422);
    const theirs = await away.org.customRole("Theirs", ["members.view"]);
    const foreign = await callApi(db, "GET", `/api/v1/roles/compare?ids=${ids[0]},${theirs.id}`, { token });
    expect([foreign.status, foreign.body.detail]).toEqual([404, "A role to compare does not exist or was removed."]);
    const viewer = await org.holder(["members.view"]);
    const refused = await callApi(db, "GET", `/api/v1/roles/compare?ids=${ids[0]},${ids[1]}`, { token: (await keyFor(db, viewer.access)).token });
    expect([refused.status, refused.body.detail]).toEqual([403, "You need the “Assign roles” permission to do this."]);
  });
});

describe("POST /api/v1/members/{id}/deactivate and /reactivate", () => {
  it("deactivates through the team page's service: sessions and keys end at once, audited with the key's name; reactivating restores", async () => {
    const { token, org, owner } = await ownerKey();
    const agent = await org.member("agent");
    const agentKey = await keyFor(db, await accessOf(db, agent.id));
    expect(await loadSessionAccess(db, sessionOf(agent.id))).not.toBeNull();
    const off = await callApi(db, "POST", `/api/v1/members/${agent.id}/deactivate`, { token });
    expect(off.status).toBe(200);
    expect(off.body).toMatchObject({ id: agent.id, status: "deactivated", effectivePermissions: [] });
    expect(await loadSessionAccess(db, sessionOf(agent.id))).toBeNull();
    expect((await callApi(db, "GET", "/api/v1/permissions", { token: agentKey.token })).status).toBe(401);
    expect((await callApi(db, "POST", `/api/v1/members/${agent.id}/deactivate`, { token })).body.status).toBe("deactivated");
    const on = await callApi(db, "POST", `/api/v1/members/${agent.id}/reactivate`, { token });
    expect(on.body).toMatchObject({ status: "active", role: { kind: "agent" } });
    // Reactivated, they sign in again: the sessions that deactivation ended stay ended.
    expect(await loadSessionAccess(db, sessionOf(agent.id))).toBeNull();
    expect(await loadAccess(db, agent.id)).not.toBeNull();
    const audit = await auditOf(db, org.id);
    expect(audit.filter((e) => e.action.startsWith("member.")).map((e) => [e.action, e.actorName])).toEqual([
      ["member.deactivated", `${owner.name} (API key “CI sync”)`],
      ["member.reactivated", `${owner.name} (API key “CI sync”)`],
    ]);
  });

  it("applies the same guards: not yourself, an Owner only by an Owner, nobody who outranks the key's creator; other organisations' members are 404", async () => {
    const { token, org, owner } = await ownerKey();
    const away = await ownerKey();
    const self = await callApi(db, "POST", `/api/v1/members/${owner.id}/deactivate`, { token });
    expect([self.status, self.body.detail]).toEqual([403, "You can't deactivate your own account. Ask another admin."]);
    const deactivator = await org.holder(withNeeds("members.deactivate"));
    const { token: limited } = await keyFor(db, deactivator.access);
    const otherOwner = await org.member("owner");
    const ownerRefused = await callApi(db, "POST", `/api/v1/members/${otherOwner.id}/deactivate`, { token: limited });
    expect([ownerRefused.status, ownerRefused.body.detail]).toEqual([403, "Only an Owner can deactivate an Owner."]);
    const admin = await org.member("admin");
    expect((await callApi(db, "POST", `/api/v1/members/${admin.id}/deactivate`, { token: limited })).status).toBe(403);
    expect((await memberRow(db, admin.id))?.status).toBe("active");
    expect((await callApi(db, "POST", `/api/v1/members/${away.owner.id}/deactivate`, { token })).status).toBe(404);
    expect((await callApi(db, "POST", `/api/v1/members/${away.owner.id}/reactivate`, { token })).status).toBe(404);
    expect((await memberRow(db, away.owner.id))?.status).toBe("active");
    const viewer = await org.holder(["members.view"]);
    const refused = await callApi(db, "POST", `/api/v1/members/${admin.id}/deactivate`, { token: (await keyFor(db, viewer.access)).token });
    expect([refused.status, refused.body.detail]).toEqual([403, "You need the “Deactivate accounts” permission to do this."]);
  });
});

describe("invitations", () => {
  it("invites through the same service as the team page (email queued, audited), lists open invitations with a cursor, and revokes", async () => {
    const { token, org, owner } = await ownerKey();
    const agent = await org.builtInRole("agent");
    const made: string[] = [];
    for (const who of ["ana", "bo", "cy"]) {
      const res = await callApi(db, "POST", "/api/v1/invitations", { token, body: { email: ` ${who.toUpperCase()}@Example.test`, roleId: agent.id } });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ email: `${who}@example.test`, role: { id: agent.id, name: "Agent" }, state: "pending", invitedByName: owner.name });
      expect(JSON.stringify(res.body)).not.toMatch(/token|link/i);
      made.push(res.body.id as string);
    }
    const mail = await db.select().from(emails).where(eq(emails.orgId, org.id));
    expect(mail.map((m) => [m.kind, m.to]).sort()).toEqual([
      ["invitation", "ana@example.test"],
      ["invitation", "bo@example.test"],
      ["invitation", "cy@example.test"],
    ]);
    const [invited] = await auditOf(db, org.id, "member.invited");
    expect(invited).toMatchObject({ actorName: `${owner.name} (API key “CI sync”)` });

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res: Awaited<ReturnType<typeof callApi>> = await callApi(db, "GET", `/api/v1/invitations?limit=2${cursor ? `&cursor=${cursor}` : ""}`, { token });
      expect(res.body.data!.length).toBeLessThanOrEqual(2);
      seen.push(...res.body.data!.map((i) => i.id as string));
      cursor = res.body.nextCursor as string | null;
    } while (cursor);
    expect(seen).toEqual([...made].reverse());

    const revoked = await callApi(db, "DELETE", `/api/v1/invitations/${made[1]}`, { token });
    expect(revoked.body).toEqual({ id: made[1], email: "bo@example.test", revoked: true, changed: true });
    expect((await callApi(db, "DELETE", `/api/v1/invitations/${made[1]}`, { token })).body.changed).toBe(false);
    expect((await callApi(db, "GET", "/api/v1/invitations", { token })).body.data!.map((i) => i.id)).toEqual([made[2], made[0]]);
    expect((await auditOf(db, org.id, "invitation.revoked")).length).toBe(1);
  });

  it("returns the first answer to a retried invite with the same Idempotency-Key: one invitation, one email", async () => {
    const { token, org } = await ownerKey();
    const agent = await org.builtInRole("agent");
    const send = () =>
      callApi(db, "POST", "/api/v1/invitations", {
        token,
        body: { email: "retry@example.test", roleId: agent.id },
        headers: { "idempotency-key": "invite-1" },
      });
    const first = await send();
    const retry = await send();
    expect([first.status, retry.status]).toEqual([201, 201]);
    expect(retry.body).toEqual(first.body);
    expect(retry.headers.get("idempotent-replayed")).toBe("true");
    expect(await db.select().from(invitations).where(eq(invitations.orgId, org.id))).toHaveLength(1);
    expect(await db.select().from(emails).where(eq(emails.orgId, org.id))).toHaveLength(1);
    const again = await callApi(db, "POST", "/api/v1/invitations", { token, body: { email: "retry@example.test", roleId: agent.id } });
    expect([again.status, again.body.errors]).toEqual([422, { email: ["retry@example.test already has a pending invitation. Revoke it to send a new link."] }]);
  });

  it("applies the invite rules and limits: no Owner invited by a non-Owner, no role beyond the creator's, 404 for other organisations, 429 past the hourly limit, 409 once accepted", async () => {
    const { token, org, ownerAccess } = await ownerKey();
    const away = await ownerKey();
    const inviter = await org.holder(withNeeds("members.invite"));
    const { token: limited } = await keyFor(db, inviter.access);
    const ownerRole = await org.builtInRole("owner");
    const asOwner = await callApi(db, "POST", "/api/v1/invitations", { token: limited, body: { email: "boss@example.test", roleId: ownerRole.id } });
    expect([asOwner.status, asOwner.body.detail]).toEqual([403, "Only an Owner can invite an Owner."]);
    const admin = await org.builtInRole("admin");
    expect((await callApi(db, "POST", "/api/v1/invitations", { token: limited, body: { email: "adm@example.test", roleId: admin.id } })).status).toBe(403);
    const theirRole = await away.org.builtInRole("agent");
    expect((await callApi(db, "POST", "/api/v1/invitations", { token, body: { email: "x@example.test", roleId: theirRole.id } })).status).toBe(404);
    expect((await callApi(db, "POST", "/api/v1/invitations", { token, body: { email: "not an email", roleId: admin.id } })).status).toBe(422);
    expect(await db.select().from(invitations).where(eq(invitations.orgId, org.id))).toHaveLength(0);

    const { invitation: theirs } = await inviteMember(db, away.ownerAccess, { email: "theirs@example.test", roleId: theirRole.id });
    expect((await callApi(db, "DELETE", `/api/v1/invitations/${theirs.id}`, { token })).status).toBe(404);
    expect((await db.select().from(invitations).where(eq(invitations.id, theirs.id)))[0].revokedAt).toBeNull();

    const { invitation: toAdmin } = await inviteMember(db, ownerAccess, { email: "adm2@example.test", roleId: admin.id });
    expect((await callApi(db, "DELETE", `/api/v1/invitations/${toAdmin.id}`, { token: limited })).status).toBe(403);
    const { token: link } = await inviteMember(db, ownerAccess, { email: "joined@example.test", roleId: (await org.builtInRole("agent")).id });
    const { invitation: accepted } = await acceptInvitation(db, { token: link, name: "Joined Person", password: "correct horse battery" });
    const conflict = await callApi(db, "DELETE", `/api/v1/invitations/${accepted.id}`, { token });
    expect([conflict.status, conflict.body.detail]).toEqual([409, "joined@example.test has already accepted this invitation."]);

    await db
      .update(rateLimits)
      .set({ count: RATE_LIMITS.invitationsPerMember.limit })
      .where(eq(rateLimits.key, `invitations:member:${ownerAccess.memberId}`));
    const limitedOut = await callApi(db, "POST", "/api/v1/invitations", { token, body: { email: "late@example.test", roleId: admin.id } });
    expect([limitedOut.status, limitedOut.body.detail]).toEqual([429, RATE_LIMITS.invitationsPerMember.message]);
    const viewer = await org.holder(["members.view"]);
    const { token: viewerToken } = await keyFor(db, viewer.access);
    expect((await callApi(db, "GET", "/api/v1/invitations", { token: viewerToken })).status).toBe(200);
    const refused = await callApi(db, "POST", "/api/v1/invitations", { token: viewerToken, body: { email: "v@example.test", roleId: admin.id } });
    expect([refused.status, refused.body.detail]).toEqual([403, "You need the “Invite members” permission to do this."]);
  });
});

describe("GET /api/v1/audit-log", () => {
  it("pages newest first and filters by actor, action, target and time", async () => {
    const { token, org, owner } = await ownerKey();
    for (const name of ["A", "B", "C"])
      expect((await callApi(db, "POST", "/api/v1/roles", { token, body: { name: `Role ${name}`, permissions: [] } })).status).toBe(201);
    const all: Record<string, unknown>[] = [];
    let cursor: string | null = null;
    do {
      const res: Awaited<ReturnType<typeof callApi>> = await callApi(db, "GET", `/api/v1/audit-log?limit=1${cursor ? `&cursor=${cursor}` : ""}`, { token });
      all.push(...res.body.data!);
      cursor = res.body.nextCursor as string | null;
    } while (cursor);
    expect(all.map((e) => e.action)).toEqual(["role.created", "role.created", "role.created", "api_key.created"]);
    expect(all.map((e) => e.targetName).slice(0, 3)).toEqual(["Role C", "Role B", "Role A"]);
    const created = await callApi(db, "GET", `/api/v1/audit-log?action=role.created&actorId=${owner.id}`, { token });
    expect(created.body.data).toHaveLength(3);
    const target = all[1].targetId as string;
    expect((await callApi(db, "GET", `/api/v1/audit-log?targetId=${target}`, { token })).body.data!.map((e) => e.targetName)).toEqual(["Role B"]);
    const future = new Date(Date.now() + 3_600_000).toISOString();
    expect((await callApi(db, "GET", `/api/v1/audit-log?since=${future}`, { token })).body.data).toEqual([]);
    expect((await callApi(db, "GET", `/api/v1/audit-log?since=${future}&until=2020-01-01T00:00:00Z`, { token })).status).toBe(422);
    expect((await callApi(db, "GET", "/api/v1/audit-log?action=role.exploded", { token })).status).toBe(422);
    void org;
  });
});

describe("API keys act as their creator, capped and checked fresh", () => {
  it("refuses anonymous, malformed, unknown, revoked and expired keys and a deactivated creator's with 401", async () => {
    const { token, key, ownerAccess, owner } = await ownerKey();
    expect((await callApi(db, "GET", "/api/v1/roles")).status).toBe(401);
    const anonymous = await callApi(db, "GET", "/api/v1/roles", { headers: { authorization: "Basic abc" } });
    expect([anonymous.status, anonymous.headers.get("www-authenticate")]).toEqual([401, 'Bearer realm="switchboard"']);
    expect((await callApi(db, "GET", "/api/v1/roles", { token: `${token.slice(0, -4)}AAAA` })).status).toBe(401);
    expect((await callApi(db, "GET", "/api/v1/roles", { token })).status).toBe(200);

    await setStatus(db, owner.id, "deactivated");
    expect((await callApi(db, "GET", "/api/v1/roles", { token })).status).toBe(401);
    await setStatus(db, owner.id, "active");
    expect((await callApi(db, "GET", "/api/v1/roles", { token })).status).toBe(200);

    await db
      .update(apiKeys)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(apiKeys.id, key.id));
    expect((await callApi(db, "GET", "/api/v1/roles", { token })).status).toBe(401);
    await db
      .update(apiKeys)
      .set({ expiresAt: new Date(Date.now() + 86_400_000) })
      .where(eq(apiKeys.id, key.id));
    await revokeApiKey(db, ownerAccess, { keyId: key.id });
    expect((await callApi(db, "GET", "/api/v1/roles", { token })).status).toBe(401);
  });

  it("notes when and from where a key was last used", async () => {
    const { token, key } = await ownerKey();
    await callApi(db, "GET", "/api/v1/permissions", { token });
    const [row] = await db.select().from(apiKeys).where(eq(apiKeys.id, key.id));
    expect(row.lastUsedAt).not.toBeNull();
    expect(row.lastUsedAddress).toBe("203.0.113.7");
  });

  it("uses only the key's permissions, and narrows at once when the creator loses one", async () => {
    const { org } = await ownerKey();
    const holder = await org.holder(withNeeds("roles.manage"));
    const readOnly = await keyFor(db, holder.access, ["members.view"]);
    const refused = await callApi(db, "GET", "/api/v1/roles", { token: readOnly.token });
    expect(refused.status).toBe(403);
    expect(refused.body.detail).toBe("You need the “Assign roles” permission to do this.");
    const full = await keyFor(db, holder.access);
    expect((await callApi(db, "GET", "/api/v1/roles", { token: full.token })).status).toBe(200);
    await db
      .update(roles)
      .set({ permissions: ["members.view"] })
      .where(eq(roles.id, holder.role.id));
    expect((await callApi(db, "GET", "/api/v1/roles", { token: full.token })).status).toBe(403);
  });

  it("cannot be created for permissions the creator does not hold", async () => {
    const { org } = await ownerKey();
    const holder = await org.holder(withNeeds("integrations.apiKeys"));
    await expect(keyFor(db, holder.access, ["roles.manage"])).rejects.toMatchObject({ code: "forbidden" });
  });

  it("finds nothing of another organisation: its ids are 404", async () => {
    const home = await ownerKey();
    const away = await ownerKey();
    const role = await away.org.customRole("Theirs", ["members.view"]);
    const homeAgent = await home.org.builtInRole("agent");
    for (const [method, path, body] of [
      ["GET", `/api/v1/roles/${role.id}`],
      ["PATCH", `/api/v1/roles/${role.id}`, { name: "Mine" }],
      ["DELETE", `/api/v1/roles/${role.id}`],
      ["POST", `/api/v1/roles/${role.id}/duplicate`, { name: "Copy" }],
      ["GET", `/api/v1/roles/${role.id}/history`],
      ["GET", `/api/v1/members/${away.owner.id}`],
      ["PUT", `/api/v1/members/${away.owner.id}/role`, { roleId: role.id }],
      ["POST", `/api/v1/members/${away.owner.id}/deactivate`],
      ["GET", `/api/v1/roles/compare?ids=${homeAgent.id},${role.id}`],
    ] as const) {
      const res = await callApi(db, method, path, { token: home.token, body, headers: { "if-match": "*" } });
      expect(res.status, `${method} ${path}`).toBe(404);
    }
    expect(await roleRow(db, role.id)).toMatchObject({ name: "Theirs", version: 1 });
  });

  it("is refused on Starter with the upgrade path (402)", async () => {
    const { token } = await ownerKey("starter");
    const res = await callApi(db, "GET", "/api/v1/roles", { token });
    expect(res.status).toBe(402);
    expect(res.body.detail).toBe("The API is available on the Business plan and above. Your organisation is on Starter.");
  });

  it("is rate limited per key, with RateLimit headers and Retry-After", async () => {
    const { token, key } = await ownerKey();
    const ok = await callApi(db, "GET", "/api/v1/permissions", { token });
    expect(ok.headers.get("ratelimit")).toBe(`"default";r=${RATE_LIMITS.apiRequestsPerKey.limit - 1};t=60`);
    expect(ok.headers.get("ratelimit-policy")).toBe(`"default";q=${RATE_LIMITS.apiRequestsPerKey.limit};w=60`);
    await db
      .update(rateLimits)
      .set({ count: RATE_LIMITS.apiRequestsPerKey.limit })
      .where(eq(rateLimits.key, `api:key:${key.id}`));
    const limited = await callApi(db, "GET", "/api/v1/permissions", { token });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(limited.body.detail).toBe(RATE_LIMITS.apiRequestsPerKey.message);
  });

  it("is rate limited per organisation across its keys", async () => {
    const { token, org, ownerAccess } = await ownerKey();
    await callApi(db, "GET", "/api/v1/permissions", { token });
    await db
      .update(rateLimits)
      .set({ count: RATE_LIMITS.apiRequestsPerOrganization.limit })
      .where(eq(rateLimits.key, `api:org:${org.id}`));
    const second = await keyFor(db, await accessOf(db, ownerAccess.memberId), ["members.view"], "Second");
    const limited = await callApi(db, "GET", "/api/v1/permissions", { token: second.token });
    expect(limited.status).toBe(429);
    expect(limited.body.detail).toBe(RATE_LIMITS.apiRequestsPerOrganization.message);
  });
});

describe("GET /api/v1/openapi.json", () => {
  it("serves an OpenAPI 3.1 document naming every operation", async () => {
    const res = await callApi(db, "GET", "/api/v1/openapi.json");
    expect(res.status).toBe(200);
    expect(res.body.openapi).toBe("3.1.0");
    const ops = Object.values(res.body.paths as Record<string, Record<string, { operationId: string }>>).flatMap((p) =>
      Object.values(p).map((o) => o.operationId),
    );
    expect(ops.sort()).toEqual(
      [
        "listPermissions",
        "listRoles",
        "createRole",
        "getRole",
        "updateRole",
        "deleteRole",
        "duplicateRole",
        "getRoleHistory",
        "listMembers",
        "getMember",
        "assignMemberRole",
        "compareRoles",
        "deactivateMember",
        "reactivateMember",
        "listInvitations",
        "createInvitation",
        "revokeInvitation",
        "listAuditEvents",
        "listWebhookEndpoints",
        "createWebhookEndpoint",
        "getWebhookEndpoint",
        "updateWebhookEndpoint",
        "deleteWebhookEndpoint",
        "listWebhookDeliveries",
        "redeliverWebhook",
      ].sort(),
    );
  });
});
