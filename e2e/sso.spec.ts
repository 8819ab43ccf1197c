// Single sign-on end to end against a real OpenID Provider (oidc-provider, scripts/e2e-idp.ts)
// and a real DNS TXT check (a local DNS server the app is pointed at with SSO_DNS_SERVERS):
// a new organisation's Owner sees the upgrade notice on Business, upgrades to Enterprise,
// configures SSO and verifies the domain; a new directory user signs in through the provider
// and joins just in time as the default role; Require SSO then refuses that user's password
// while the Owner (whose address is in the same domain) still signs in with theirs.
import type { Page } from "@playwright/test";
import { expectNoViolations } from "./axe";
import { expect, signedOut, test } from "./fixtures";
import { linkIn, waitForEmail } from "./mail";

const PASSWORD = "a sturdy sso owner password";
const MEMBER_PASSWORD = "a password the member chose";
const idpUrl = () => process.env.E2E_IDP_URL!;

async function signInWithPassword(page: Page, email: string, password: string) {
  await page.goto("/sign-in");
  await page.getByRole("textbox", { name: "Email" }).fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
}

test.describe("single sign-on", () => {
  test.use(signedOut);

  test("an Owner configures SSO, a directory user joins through it, and Require SSO keeps Owners' passwords as break-glass", async ({
    page,
    openAs,
    signUpPage,
    plansPage,
    ssoPage,
  }) => {
    test.setTimeout(180_000);
    const id = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
    const domain = `sso-${id}.test`;
    const ownerEmail = `owner@${domain}`;
    const newcomer = `newcomer@${domain}`;

    // A new organisation (a Business trial): the page offers the upgrade.
    await signUpPage.goto();
    await signUpPage.signUp({ organisation: `SSO Co ${id}`, name: "Olga Owner", email: ownerEmail, password: PASSWORD });
    await signInWithPassword(page, ownerEmail, PASSWORD);
    await page.waitForURL((url) => url.pathname === "/");
    await page.goto("/settings/sso");
    await expect(page.getByRole("heading", { level: 2, name: "Single sign-on needs the Enterprise plan" })).toBeVisible();
    await expectNoViolations(page);
    await plansPage.goto();
    await plansPage.change("Upgrade to Enterprise");
    await page.waitForURL((url) => url.pathname === "/billing/plans");
    await expect(page.getByRole("status").filter({ hasText: "Your organisation is now on Enterprise" }).first()).toBeVisible();

    // The identity provider: discovery is checked on save.
    await ssoPage.goto();
    await ssoPage.configure(idpUrl());
    const provider = ssoPage.provider;
    // Newcomers join with the organisation's one default role, chosen on Directory groups (never Owner).
    await expect(provider).toContainText("join as Agent, your organisation's default role");
    await provider.getByRole("link", { name: "Change the default role on Directory groups" }).click();
    await expect(page.getByRole("combobox", { name: "Default role" }).getByRole("option", { name: "Owner" })).toHaveCount(0);
    await ssoPage.goto();

    // The domain: not verified until its TXT record is published, then verified by a real lookup.
    const row = await ssoPage.addDomain(domain);
    await expect(row).toContainText("Not verified");
    await ssoPage.verify(domain);
    await expect(row.getByRole("status").filter({ hasText: "No matching TXT record" })).toBeVisible();
    expect(await ssoPage.publishRecord(domain, idpUrl())).toMatch(/^switchboard-verification=/);
    await ssoPage.verify(domain);
    await expect(row).toContainText("Verified");
    await expectNoViolations(page);

    // A directory user who is not a member: email first, then the provider, then back, signed in.
    const person = await openAs(null);
    await person.page.goto("/sign-in");
    await person.page.getByRole("textbox", { name: "Email" }).fill(newcomer);
    await person.page.getByRole("button", { name: "Continue with single sign-on" }).click();
    await person.page.waitForURL((url) => url.origin === idpUrl());
    await person.page.locator('input[name="password"]').fill("any password");
    await person.page.getByRole("button", { name: "Sign-in" }).click();
    await person.page.waitForURL((url) => url.pathname === "/");
    await expect(person.shell.heading).toHaveText("Welcome, newcomer");

    // Joined just in time with the default role, and audited.
    await page.goto("/settings/team");
    await expect(page.getByRole("row", { name: new RegExp(newcomer) })).toContainText("Agent");
    await page.goto("/settings/audit-log");
    await expect(page.getByText("joined through single sign-on as “Agent”")).toBeVisible();

    // The newcomer sets a password (Forgot password), and Require SSO refuses it.
    await person.page.goto("/forgot-password");
    await person.forgotPasswordPage.ask(newcomer);
    const link = linkIn(await waitForEmail(newcomer, /^Reset your Switchboard password$/), /^\/reset-password\//);
    await person.page.goto(link);
    await person.resetPasswordPage.setPassword(MEMBER_PASSWORD);
    await person.page.waitForURL((url) => url.pathname === "/sign-in");

    await ssoPage.goto();
    const require = ssoPage.requirement;
    await expect(require).toContainText("Owners can always sign in with their password and two-factor");
    await require.getByRole("switch", { name: "Require SSO" }).click();
    await require.getByRole("button", { name: "Save sign-in requirement" }).click();
    await expect(require.getByRole("status").filter({ hasText: "Saved. Members must sign in through single sign-on." })).toBeVisible();

    await signInWithPassword(person.page, newcomer, MEMBER_PASSWORD);
    await expect(person.page.getByRole("status").filter({ hasText: "Your organisation signs in through single sign-on." })).toBeVisible();
    await expect(person.page).toHaveURL(/\/sign-in/);

    // Break-glass: the Owner, in the same domain, still signs in with a password.
    const owner = await openAs(null);
    await signInWithPassword(owner.page, ownerEmail, PASSWORD);
    await owner.page.waitForURL((url) => url.pathname === "/");
    await expect(owner.shell.heading).toHaveText("Welcome, Olga Owner");
  });
});
