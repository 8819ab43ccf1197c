// CSRF against the running server: a captured server action replayed with the victim's own
// cookies but from another site (foreign Origin, Origin: null, or a cross-site fetch without
// Origin) changes nothing; the very same request from this site goes through.
import { ACCOUNTS, PASSWORD } from "./accounts";
import { expect, inFreshOrganization, signedOut, test } from "./fixtures";
import { captureAction } from "./server-action";

const CROSS_SITE: Record<string, string>[] = [
  { origin: "https://evil.example" },
  { origin: "null" },
  { origin: "null", "sec-fetch-site": "cross-site" },
  // Next lets a request without Origin through; lib/same-origin.ts refuses a browser's cross-site one.
  { "sec-fetch-site": "cross-site" },
];

test.describe("a signed-in action", () => {
  test.use(inFreshOrganization({ agents: 1 }));

  test("replayed from another site is refused; from this site it works", async ({ page, teamPage, memberPage, qaOrg }) => {
    const member = qaOrg.agents[0].name;
    const memberUrl = await teamPage.gotoMember(member);
    const makeAdmin = await memberPage.captureRoleChange("Admin");

    for (const headers of CROSS_SITE) {
      const body = await makeAdmin.replay(page, headers);
      expect(body, JSON.stringify(headers)).not.toContain("now has the Admin role");
      if (!headers.origin) expect(body).toContain("This request came from another site and was refused.");
    }
    await page.goto(memberUrl);
    await expect(memberPage.selectedRole("Agent")).toHaveCount(1);

    expect(await makeAdmin.replay(page, { origin: new URL(memberUrl).origin })).toContain(`Saved. ${member} now has the Admin role.`);
    await page.goto(memberUrl);
    await expect(memberPage.selectedRole("Admin")).toHaveCount(1);
  });
});

test.describe("the public sign-in action", () => {
  test.use(signedOut);

  test("replayed from another site signs nobody in; from this site it does", async ({ page, signInPage }) => {
    await page.goto("/sign-in");
    const signIn = await captureAction(page, async () => {
      await signInPage.signIn(ACCOUNTS.agent, PASSWORD);
    });
    const sessionCookies = async () => (await page.context().cookies()).filter((c) => c.name.includes("session-token"));

    for (const headers of CROSS_SITE) {
      await signIn.replay(page, headers);
      expect(await sessionCookies(), JSON.stringify(headers)).toEqual([]);
    }
    await signIn.replay(page, { origin: new URL(page.url()).origin });
    expect(await sessionCookies()).toHaveLength(1);
  });
});
