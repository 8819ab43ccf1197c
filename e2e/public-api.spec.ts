// The QA path through the public API, as the README tells it: a key created in Settings (shown
// once), used from Playwright's request context to add a webhook endpoint on a receiver this test
// runs on 127.0.0.1 (the e2e server is a QA server: QA_TOKEN and WEBHOOKS_ALLOW_PRIVATE=1), create a
// role and assign it, the UI showing both, the signed webhooks arriving, and the changes read back
// from the audit log by API. A key acts as its creator capped at the key's permissions, so changing
// an Agent's role needs every permission of both roles on the key.
import { Webhook } from "standardwebhooks";
import { webhookReceiver } from "@/test/webhook-receiver";
import { AGENT_PERMISSIONS } from "./demo-data";
import { expect, inFreshOrganization, test, uniqueName } from "./fixtures";

test.use(inFreshOrganization({ agents: 1 }));

type AuditEntry = { action: string; targetId: string | null; actorName: string };

type WebhookEvent = { type: string; data: { role?: { id: string }; member?: { id: string }; after?: { role: { id: string } } } };

test("an API key from Settings creates a role and assigns it; the UI, signed webhooks and the audit log show both", async ({
  page,
  playwright,
  baseURL,
  shell,
  apiKeysPage,
  memberPage,
  rolesPage,
  auditLog,
  qaOrg,
}, testInfo) => {
  const member = qaOrg.agents[0].name;
  const keyName = uniqueName("E2E key", testInfo);
  await apiKeysPage.goto();
  await apiKeysPage.create(keyName, [...new Set(["View members", "Assign roles", "Manage roles", "Manage webhooks", ...AGENT_PERMISSIONS])]);
  await expect(shell.status(`API key “${keyName}” created. Copy it now: it is not shown again.`)).toBeVisible();
  const token = await apiKeysPage.newKey.inputValue();
  expect(token).toMatch(/^sbk_[\w-]{8}_[\w-]{43}$/);

  // Shown once: after a reload only its prefix is left.
  await page.reload();
  await expect(apiKeysPage.newKey).toHaveCount(0);
  await expect(apiKeysPage.row(keyName)).toContainText(token.slice(0, 12));
  await expect(apiKeysPage.row(keyName)).toContainText("Never");

  const api = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { authorization: `Bearer ${token}` } });
  const receiver = webhookReceiver();
  const hook = await api.post("/api/v1/webhooks", { data: { url: await receiver.start(), events: ["role.created", "member.role_changed"] } });
  expect(hook.status(), await hook.text()).toBe(201);
  const signing = new Webhook(((await hook.json()) as { secret: string }).secret);
  const roleName = uniqueName("API role", testInfo);
  const create = () =>
    api.post("/api/v1/roles", {
      data: { name: roleName, description: "Made by the API", permissions: ["members.view", "analytics.view"] },
      headers: { "idempotency-key": `create-${roleName.replaceAll(" ", "-")}` },
    });
  const created = await create();
  expect(created.status()).toBe(201);
  // The production build's allowance: only the bench build aliases in raised ones (next.config.ts).
  expect(created.headers()["ratelimit-policy"]).toBe(`"default";q=120;w=60`);
  const role = (await created.json()) as { id: string; name: string };
  // The same request again, as a retry after a lost answer would send it: the first result, nothing written twice.
  const retried = await create();
  expect(retried.status()).toBe(201);
  expect(((await retried.json()) as { id: string }).id).toBe(role.id);

  const found = await api.get(`/api/v1/members?q=${encodeURIComponent(member)}`);
  const [target] = ((await found.json()) as { data: { id: string }[] }).data;
  const read = await api.get(`/api/v1/members/${target.id}`);
  const assigned = await api.put(`/api/v1/members/${target.id}/role`, { data: { roleId: role.id }, headers: { "if-match": read.headers().etag } });
  expect(assigned.status(), await assigned.text()).toBe(200);
  // Back to Agent with the ETag read before the change: refused, the member changed since.
  const roles = (await (await api.get("/api/v1/roles")).json()) as { data: { id: string; name: string }[] };
  const agentRole = roles.data.find((r) => r.name === "Agent")!;
  const stale = await api.put(`/api/v1/members/${target.id}/role`, { data: { roleId: agentRole.id }, headers: { "if-match": read.headers().etag } });
  expect(stale.status()).toBe(412);

  await memberPage.goto(target.id);
  await expect(memberPage.selectedRole(roleName)).toBeAttached();
  await rolesPage.goto();
  await expect(rolesPage.table.getByRole("link", { name: roleName, exact: true })).toHaveCount(1);
  await auditLog.goto();
  await expect(auditLog.event(`changed the role of ${member}`).first()).toContainText(`(API key “${keyName}”)`);

  // The same changes, read back by API: one role created, one role change, both by the key.
  const log = (await (await api.get("/api/v1/audit-log")).json()) as { data: AuditEntry[] };
  const byKey = log.data.filter((entry) => entry.actorName.includes(keyName));
  expect(byKey.filter((entry) => entry.targetId === role.id).map((entry) => entry.action)).toEqual(["role.created"]);
  expect(byKey.filter((entry) => entry.targetId === target.id).map((entry) => entry.action)).toEqual(["member.role_changed"]);

  // Both changes reached the receiver, each verified with the endpoint's secret as a customer would.
  const events = () =>
    receiver.received
      .map((request) => signing.verify(request.body, request.headers as Record<string, string>) as WebhookEvent)
      .sort((a, b) => a.type.localeCompare(b.type));
  await expect.poll(() => events().map((event) => event.type)).toEqual(["member.role_changed", "role.created"]);
  const [roleChanged, roleCreated] = events();
  expect(roleCreated.data.role?.id).toBe(role.id);
  expect([roleChanged.data.member?.id, roleChanged.data.after?.role.id]).toEqual([target.id, role.id]);
  await receiver.close();

  // Revoked in the UI: the very next request with the key is refused.
  await apiKeysPage.goto();
  await expect(apiKeysPage.row(keyName)).not.toContainText("Never");
  await apiKeysPage
    .row(keyName)
    .getByRole("button", { name: `Revoke ${keyName}` })
    .click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Revoke key" }).click();
  await expect(apiKeysPage.row(keyName)).toContainText("Revoked");
  expect((await api.get("/api/v1/roles")).status()).toBe(401);
  await api.dispose();
});
