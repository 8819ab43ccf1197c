// Settings › Webhooks: an endpoint's signing secret is shown once, and a change made afterwards
// appears in its delivery log. The endpoint is on a documentation address (203.0.113.0/24) that
// nothing answers; e2e/public-api.spec.ts delivers to a local receiver and verifies what it gets.
import { expectNoViolations } from "./axe";
import { asAccount, expect, test, uniqueName } from "./fixtures";

test.use(asAccount("owner"));

test("an endpoint's secret is shown once, and a role created afterwards is in its delivery log", async ({
  page,
  shell,
  webhooksPage,
  roleForm,
  cleanUpRole,
}, testInfo) => {
  const url = `https://203.0.113.10/hooks/${Date.now().toString(36)}${testInfo.workerIndex}`;
  await webhooksPage.goto();
  await webhooksPage.add(url);
  await expect(shell.status(`Endpoint ${url} added. Copy its signing secret now: it is not shown again.`)).toBeVisible();
  await expect(webhooksPage.secret).toHaveValue(/^whsec_[A-Za-z0-9+/]{43}=$/);
  await page.reload();
  await expect(webhooksPage.deliveries(url)).toBeVisible();
  await expect(webhooksPage.secret).toHaveCount(0);

  const roleName = uniqueName("Webhook Watcher", testInfo);
  await roleForm.gotoNew();
  await roleForm.fill(roleName, "Watches the webhook log");
  await roleForm.turnOn("Assign roles");
  cleanUpRole(await roleForm.saveNew(roleName));

  await webhooksPage.goto();
  await expect(webhooksPage.deliveries(url).getByRole("rowheader", { name: /^role\.created msg_/ })).toBeVisible();
  await expectNoViolations(page);

  // Put the demo organisation back.
  await webhooksPage.delete(url);
  await expect(webhooksPage.deliveries(url)).toHaveCount(0);
});
