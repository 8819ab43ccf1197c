// Several app servers on one PostgreSQL: a change made through one server is what the next
// request to another sees, and a server that loses its database fails closed and recovers
// on its own. Each server holds no authorization state of its own: there is no cross-server
// notification to turn off, every decision reads the database.
import { PASSWORD, storageState } from "./accounts";
import { CLAIMED_AGENTS, emailOf } from "./demo-data";
import { MULTI_SERVER_REASON, startExtraServer, startRelay } from "./extra-server";
import { asAccount, expect, test } from "./fixtures";
import { SignInPage } from "./pages/sign-in-page";
import { captureAction } from "./server-action";

const databaseUrl = process.env.DATABASE_URL ?? "";
const basePort = Number(process.env.E2E_PORT ?? 3100);
const ROUNDS = 100;

test.describe("several servers on one PostgreSQL", () => {
  test.skip(!databaseUrl || Boolean(process.env.BASE_URL), MULTI_SERVER_REASON);
  test.use(asAccount("owner"));

  test(`a role change through server A reaches the member's next request to server B: ${ROUNDS} rounds, 0 stale`, async ({ page, browser, teamPage, memberPage }) => {
    test.setTimeout(300_000);
    const member = CLAIMED_AGENTS.crossServer;
    const serverB = await startExtraServer(basePort + 1, databaseUrl);
    const memberContext = await browser.newContext({ baseURL: serverB.url });
    try {
      await teamPage.goto();
      await teamPage.search(member);
      await teamPage.openMember(member);
      const memberUrl = page.url();
      const choose = (role: string) =>
        captureAction(page, async () => {
          await memberPage.roleSelect.selectOption({ label: role });
          await memberPage.saveButton.click();
          await memberPage.confirm();
        });
      const toAdmin = await choose("Admin");
      expect(await toAdmin.replay(page)).toContain(`now has the Admin role`);
      await page.goto(memberUrl);
      const toAgent = await choose("Agent");

      // The member signs in on server B only; the Owner's changes go through server A.
      const memberTab = await memberContext.newPage();
      const signIn = new SignInPage(memberTab);
      await signIn.goto();
      await signIn.signIn(emailOf(member), PASSWORD);
      await expect(memberTab).not.toHaveURL(/sign-in/);

      const stale: string[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        const admin = round % 2 === 1;
        expect(await (admin ? toAdmin : toAgent).replay(page)).toContain(`now has the ${admin ? "Admin" : "Agent"} role`);
        // Roles & Permissions needs Assign roles: Admins hold it, Agents do not.
        const response = await memberTab.request.get("/settings/roles", { maxRedirects: 0 });
        if (response.status() !== (admin ? 200 : 403)) stale.push(`round ${round}: ${response.status()}`);
      }
      expect(stale).toEqual([]);
    } finally {
      await memberContext.close();
      await serverB.stop();
    }
  });

  test("a server whose database goes away fails closed, then serves again on its own", async ({ browser }) => {
    test.setTimeout(180_000);
    const target = new URL(databaseUrl);
    const relay = await startRelay(basePort + 2, { host: target.hostname, port: Number(target.port || 5432) });
    const viaRelay = new URL(databaseUrl);
    viaRelay.port = String(relay.port);
    const server = await startExtraServer(basePort + 3, viaRelay.toString());
    const context = await browser.newContext({ baseURL: server.url, storageState: storageState("owner") });
    const rolesPage = () => context.request.get("/settings/roles", { maxRedirects: 0 });
    try {
      expect((await rolesPage()).status()).toBe(200);

      await relay.cut();
      for (let i = 0; i < 10; i++) {
        const response = await rolesPage();
        expect(response.status(), `request ${i} while the database is down`).toBeGreaterThanOrEqual(500);
        expect(await response.text()).not.toContain("Create Role");
      }

      await relay.restore();
      const back = Date.now();
      await expect.poll(async () => (await rolesPage()).status(), { timeout: 15_000, intervals: [250] }).toBe(200);
      test.info().annotations.push({ type: "recovered", description: `${Date.now() - back} ms after the database returned` });
    } finally {
      await context.close();
      await server.stop();
      await relay.close();
    }
  });
});
