// CVE-2025-29927 and its kind: a request carrying `x-middleware-subrequest` once made Next skip
// middleware. Whether or not the proxy runs, pages, actions and handlers refuse on their own:
// an Agent lacking the permission and an anonymous visitor get nothing, whatever the header.
import { asAccount, expect, inFreshOrganization, test } from "./fixtures";

const BYPASS = [
  "middleware",
  "src/middleware",
  "proxy",
  "src/proxy",
  "pages/_middleware",
  "middleware:middleware:middleware:middleware:middleware",
  "src/middleware:src/middleware:src/middleware:src/middleware:src/middleware",
  "proxy:proxy:proxy:proxy:proxy",
  "src/proxy:src/proxy:src/proxy:src/proxy:src/proxy",
];

// Pages and handlers the demo Agent lacks the permission for.
const AGENT_LACKS = [
  "/settings/roles",
  "/settings/audit-log",
  "/billing",
  "/billing/plans",
  "/integrations",
  "/numbers/buy",
  "/call-flows",
  "/analytics/export",
];

test.describe("with x-middleware-subrequest injected", () => {
  test.use(asAccount("agent"));

  test("an Agent is refused every page and handler it lacks the permission for", async ({ page, openAs }) => {
    const owner = await openAs("owner");
    await owner.page.goto("/billing");
    const invoice = await owner.page
      .getByRole("link", { name: /^Download invoice/ })
      .first()
      .getAttribute("href");
    expect(invoice).toMatch(/^\/billing\/invoices\//);
    const targets = [...AGENT_LACKS, invoice!];
    let tried = 0;
    for (const value of BYPASS) {
      for (const path of targets) {
        const response = await page.request.get(path, { headers: { "x-middleware-subrequest": value }, maxRedirects: 0 });
        // 403 is the page's or handler's own forbidden(): a rendered page would be a 200.
        expect(response.status(), `${path} with ${value}`).toBe(403);
        tried++;
      }
    }
    console.log(`proxy bypass: ${tried} page and handler requests refused`);
  });

  test("an anonymous visitor is sent to sign in or refused", async ({ openAs }) => {
    const visitor = await openAs(null);
    for (const value of BYPASS) {
      for (const path of ["/", "/settings/team", "/settings/roles", "/billing", "/analytics/export"]) {
        const response = await visitor.page.request.get(path, { headers: { "x-middleware-subrequest": value }, maxRedirects: 0 });
        const status = response.status();
        expect([302, 303, 307, 308, 401], `${path} with ${value}`).toContain(status);
        if (status !== 401) expect(response.headers().location, path).toContain("/sign-in");
      }
    }
  });
});

test.describe("a replayed action with x-middleware-subrequest injected", () => {
  test.use(inFreshOrganization({ agents: 2 }));

  test("a replayed Save Changes is refused for an Agent and an anonymous visitor", async ({ page, teamPage, memberPage, openAs, qaOrg }) => {
    const [{ name: member }, other] = qaOrg.agents;
    const memberUrl = await teamPage.gotoMember(member);
    const makeAdmin = await memberPage.captureRoleChange("Admin");
    const agent = await openAs(other);
    const visitor = await openAs(null);
    for (const value of BYPASS) {
      const header = { "x-middleware-subrequest": value };
      expect(await makeAdmin.replay(agent.page, header)).toContain("You need the “Assign roles” permission to do this.");
      expect(await makeAdmin.replay(visitor.page, header)).not.toContain("now has the Admin role");
    }
    await page.goto(memberUrl);
    await expect(memberPage.selectedRole("Agent")).toHaveCount(1);
  });
});
