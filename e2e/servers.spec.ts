// Several app servers on one PostgreSQL: a change made through one server is what the next
// request to another sees, and a server that loses its database fails closed and recovers
// on its own. Each server holds no authorization state of its own: there is no cross-server
// notification to turn off, every decision reads the database.
import { storageState } from "./accounts";
import { MULTI_SERVER_REASON, startExtraServer, startRelay } from "./extra-server";
import { expect, inFreshOrganization, test } from "./fixtures";
import { SignInPage } from "./pages/sign-in-page";

const databaseUrl = process.env.DATABASE_URL ?? "";
const basePort = Number(process.env.E2E_PORT ?? 3100);
const ROUNDS = 100;

test.describe("several servers on one PostgreSQL", () => {
  test.skip(!databaseUrl || Boolean(process.env.BASE_URL), MULTI_SERVER_REASON);
  test.use(inFreshOrganization({ agents: 1 }));

  test(`a role change through server A reaches the member's next request to server B: ${ROUNDS} rounds, 0 stale`, async ({
    page,
    browser,
    teamPage,
    memberPage,
    qaOrg,
  }) => {
    test.setTimeout(300_000);
    const { name: member, email, password } = qaOrg.agents[0];
    const serverB = await startExtraServer(basePort + 1, databaseUrl);
    const memberContext = await browser.newContext({ baseURL: serverB.url });
    try {
      // Each capture must be a change: Admin first (they are an Agent), then back to Agent.
      const memberUrl = await teamPage.gotoMember(member);
      const toAdmin = await memberPage.captureRoleChange("Admin");
      expect(await toAdmin.replay(page)).toContain("now has the Admin role");
      await page.goto(memberUrl);
      const toAgent = await memberPage.captureRoleChange("Agent");

      // The member signs in on server B only; the Owner's changes go through server A.
      const memberTab = await memberContext.newPage();
      const signIn = new SignInPage(memberTab);
      await signIn.goto();
      await signIn.signIn(email, password);
      await expect(memberTab).not.toHaveURL(/sign-in/);

      const stale: string[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        // Every round is a change: they hold Admin now, so the first round sets Agent.
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

  test("a server whose database goes away under load fails closed, then serves again on its own", async ({ browser }) => {
    test.setTimeout(300_000);
    const target = new URL(databaseUrl);
    const relay = await startRelay(basePort + 2, { host: target.hostname, port: Number(target.port || 5432) });
    const viaRelay = new URL(databaseUrl);
    viaRelay.port = String(relay.port);
    const server = await startExtraServer(basePort + 3, viaRelay.toString());
    // Owners may open all three pages; Agents only Team Members (and are refused the others).
    const owner = await browser.newContext({ baseURL: server.url, storageState: storageState("owner") });
    const agent = await browser.newContext({ baseURL: server.url, storageState: storageState("agent") });
    const PAGES = [
      { path: "/settings/roles", marker: "Create Role", agentAllowed: false },
      { path: "/settings/team", marker: "Team Members", agentAllowed: true },
      { path: "/billing", marker: "Billing", agentAllowed: false },
    ];
    type Seen = { who: "owner" | "agent"; path: string; sent: number; received: number; status: number; shown: boolean };
    const seen: Seen[] = [];
    let loading = true;
    const client = async (n: number) => {
      const who = n % 2 ? "agent" : "owner";
      for (let i = n; loading; i++) {
        const { path, marker } = PAGES[i % PAGES.length];
        const sent = Date.now();
        const response = await (who === "agent" ? agent : owner).request.get(path, { maxRedirects: 0 }).catch(() => null);
        const body = response ? await response.text().catch(() => "") : "";
        seen.push({ who, path, sent, received: Date.now(), status: response?.status() ?? 0, shown: body.includes(marker) && response?.status() === 200 });
      }
    };
    const expected = (s: Seen) => (s.who === "owner" || PAGES.find((p) => p.path === s.path)!.agentAllowed ? 200 : 403);
    try {
      const clients = Array.from({ length: 8 }, (_, n) => client(n));
      await expect.poll(() => seen.length, { timeout: 30_000 }).toBeGreaterThanOrEqual(24);
      await relay.cut();
      const cutAt = Date.now();
      // Two requests a client answered while the database is away (a cut connection can take
      // a while to fail; how long is printed below, not asserted).
      await expect.poll(() => seen.filter((s) => s.sent > cutAt).length, { timeout: 120_000 }).toBeGreaterThanOrEqual(16);
      await relay.restore();
      const restoredAt = Date.now();
      await expect.poll(() => seen.filter((s) => s.sent > restoredAt && s.status === 200).length, { timeout: 15_000, intervals: [250] }).toBeGreaterThan(0);
      const recoveredAt = Math.min(...seen.filter((s) => s.sent > restoredAt && s.status === 200).map((s) => s.received));
      await expect.poll(() => seen.filter((s) => s.sent > recoveredAt).length, { timeout: 30_000 }).toBeGreaterThanOrEqual(24);
      loading = false;
      await Promise.all(clients);

      const before = seen.filter((s) => s.received < cutAt);
      const down = seen.filter((s) => s.sent > cutAt && s.received < restoredAt);
      const after = seen.filter((s) => s.sent > recoveredAt);
      // Before and after, everyone gets exactly what their role allows.
      expect(before.filter((s) => s.status !== expected(s))).toEqual([]);
      expect(after.filter((s) => s.status !== expected(s))).toEqual([]);
      // While the database is away: errors only, never a page, never an Agent let in.
      expect(down.length).toBeGreaterThanOrEqual(8);
      expect(down.filter((s) => s.status < 500 || s.shown)).toEqual([]);
      expect(seen.filter((s) => s.who === "agent" && expected(s) === 403 && s.status === 200)).toEqual([]);
      const slowest = Math.max(...down.map((s) => s.received - s.sent));
      const line = `database outage under load: ${before.length} requests before, ${down.length} while down (all 5xx, no page shown, slowest answer ${slowest} ms), ${after.length} after; serving again ${recoveredAt - restoredAt} ms after the database returned`;
      console.log(line);
      test.info().annotations.push({ type: "outage", description: line });
    } finally {
      loading = false;
      await owner.close();
      await agent.close();
      await server.stop();
      await relay.close();
    }
  });
});
