// The QA path through the public API: a key created in Settings (shown once), used from
// Playwright's request context to create a role and assign it, and the UI showing both.
import { CLAIMED_AGENTS } from "./demo-data";
import { asAccount, expect, test, uniqueName } from "./fixtures";

test.use(asAccount("owner"));

const member = CLAIMED_AGENTS.publicApi;

test("an API key from Settings creates a role and assigns it; the UI and the audit log show both", async ({
  page,
  playwright,
  baseURL,
  shell,
  apiKeysPage,
  memberPage,
  rolesPage,
  auditLog,
  cleanUpRole,
}, testInfo) => {
  const keyName = uniqueName("E2E key", testInfo);
  await apiKeysPage.goto();
  await apiKeysPage.create(keyName, ["View members", "Assign roles", "Manage roles"]);
  await expect(shell.status(`API key “${keyName}” created. Copy it now: it is not shown again.`)).toBeVisible();
  const token = await apiKeysPage.newKey.inputValue();
  expect(token).toMatch(/^sbk_[\w-]{8}_[\w-]{43}$/);

  // Shown once: after a reload only its prefix is left.
  await page.reload();
  await expect(apiKeysPage.newKey).toHaveCount(0);
  await expect(apiKeysPage.row(keyName)).toContainText(token.slice(0, 12));
  await expect(apiKeysPage.row(keyName)).toContainText("Never");

  const api = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { authorization: `Bearer ${token}` } });
  const roleName = uniqueName("API role", testInfo);
  const created = await api.post("/api/v1/roles", {
    data: { name: roleName, description: "Made by the API", permissions: ["members.view", "analytics.view"] },
    // Idempotency-Key is visible ASCII without spaces (lib/api/handler.ts).
    headers: { "idempotency-key": roleName.replaceAll(" ", "-") },
  });
  expect(created.status()).toBe(201);
  const role = (await created.json()) as { id: string; name: string };
  cleanUpRole(role.id);

  const found = await api.get(`/api/v1/members?q=${encodeURIComponent(member)}`);
  const [target] = ((await found.json()) as { data: { id: string }[] }).data;
  const read = await api.get(`/api/v1/members/${target.id}`);
  const assigned = await api.put(`/api/v1/members/${target.id}/role`, { data: { roleId: role.id }, headers: { "if-match": read.headers().etag } });
  expect(assigned.status()).toBe(200);

  await memberPage.goto(target.id);
  await expect(memberPage.selectedRole(roleName)).toBeAttached();
  await rolesPage.goto();
  await expect(rolesPage.table.getByRole("link", { name: roleName, exact: true })).toBeVisible();
  await auditLog.goto();
  await expect(auditLog.event(`changed the role of ${member}`).first()).toContainText(`(API key “${keyName}”)`);

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
