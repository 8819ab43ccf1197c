// Sign-up end to end, through the real emails: a new organisation, the verify banner, inviting
// refused until the link in the email is opened, then a colleague invited and joining.
import type { Browser, Page } from "@playwright/test";
import { expectNoViolations } from "./axe";
import { expect, signedOut, test } from "./fixtures";
import { linkIn, waitForEmail } from "./mail";

const PASSWORD = "a sturdy sign-up password";
const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

const banner = (page: Page) => page.getByRole("region", { name: "Verify your email address" });
const inviteRegion = (page: Page) => page.getByRole("region", { name: "Invite a member" });

async function signIn(page: Page, email: string, password: string) {
  await page.goto("/sign-in");
  await page.getByRole("textbox", { name: "Email" }).fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => url.pathname === "/");
}

async function newPage(browser: Browser, baseURL: string | undefined) {
  const context = await browser.newContext({ baseURL });
  return { context, page: await context.newPage() };
}

test.describe("signing up", () => {
  test.use(signedOut);

  test("creates an organisation, verifies through the email, and invites a colleague who joins", async ({ page, browser, baseURL, signUpPage }) => {
    const id = unique();
    const email = `owner-${id}@signup.test`;
    const orgName = `Signup Co ${id}`;

    await page.goto("/sign-in");
    await page.getByRole("link", { name: "Create an account" }).click();
    await expect(signUpPage.heading).toBeVisible();
    await expectNoViolations(page);
    await signUpPage.signUp({ organisation: orgName, name: "Sam Signup", email, password: PASSWORD });
    await expect(page.getByRole("status")).toContainText(`We sent an email to ${email}.`);

    // The account works at once: signed in, the banner says what waits for the verification.
    await signIn(page, email, PASSWORD);
    await expect(banner(page)).toContainText(email);
    await expect(page.getByText("14 days left in your Business trial.")).toBeVisible();
    await expect(page.getByRole("region", { name: "Get started" })).toBeVisible();
    await expectNoViolations(page);

    await page.goto("/settings/team");
    await expect(inviteRegion(page)).toContainText("Inviting members waits until you verify your email address");
    await expect(inviteRegion(page).getByRole("button", { name: "Create invitation" })).toHaveCount(0);

    // The link in the real email; pressing the button (not opening the page) uses it.
    const verification = await waitForEmail(email, /^Verify your email address/);
    await page.goto(linkIn(verification, /^\/verify-email\//));
    await expect(page.getByRole("heading", { level: 1, name: "Verify your email address" })).toBeVisible();
    await expectNoViolations(page);
    await page.getByRole("button", { name: "Verify email address" }).click();
    await page.waitForURL((url) => url.pathname === "/");
    await expect(page.getByRole("status").filter({ hasText: "Your email address is verified." })).toBeVisible();
    await expect(banner(page)).toHaveCount(0);

    // Now the Owner invites a colleague, who accepts from their own email and lands signed in.
    const colleague = `colleague-${id}@signup.test`;
    await page.goto("/settings/team");
    await inviteRegion(page).getByRole("textbox", { name: "Email address" }).fill(colleague);
    await inviteRegion(page).getByRole("combobox", { name: "Role" }).selectOption({ label: "Agent" });
    await inviteRegion(page).getByRole("button", { name: "Create invitation" }).click();
    await expect(
      inviteRegion(page)
        .getByRole("status")
        .filter({ hasText: `Invitation for ${colleague} as Agent created.` }),
    ).toBeVisible();

    const invitation = await waitForEmail(colleague, new RegExp(`^Sam Signup invited you to join ${orgName} on Switchboard$`));
    const invitee = await newPage(browser, baseURL);
    await invitee.page.goto(linkIn(invitation, /^\/invite\//));
    await invitee.page.getByRole("textbox", { name: "Your name" }).fill("Casey Colleague");
    await invitee.page.getByLabel("Password", { exact: true }).fill(PASSWORD);
    await invitee.page.getByLabel("Confirm password").fill(PASSWORD);
    await invitee.page.getByRole("button", { name: "Create account and sign in" }).click();
    await invitee.page.waitForURL((url) => url.pathname === "/");
    await expect(invitee.page.getByRole("heading", { level: 1, name: "Welcome, Casey Colleague" })).toBeVisible();
    // Invited through their email: verified already.
    await expect(banner(invitee.page)).toHaveCount(0);
    await invitee.context.close();
  });
});
