// Team Management: an Owner invites someone, who accepts through the link and signs in; the
// Owner edits their profile, deactivates them (signed out at once) and reactivates them. Plus
// revoking, refusals on screen and on the server, and axe checks of every team screen.
//
// Invitations are accepted in Bolt Startup only: e2e/team.spec.ts counts Acme's members.
import type { Browser, Page } from "@playwright/test";
import { expectNoViolations, VIEWPORTS } from "./axe";
import { INVITED_ACROSS } from "./demo-data";
import { asAccount, expect, test } from "./fixtures";
import { linkIn, waitForEmail } from "./mail";
import { captureAction } from "./server-action";

const NEW_PASSWORD = "a sturdy new password";

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

const inviteRegion = (page: Page) => page.getByRole("region", { name: "Invite a member" });
const invitationsTable = (page: Page) => page.getByRole("table", { name: "Open invitations" });
const profile = (page: Page) => page.getByRole("region", { name: "Profile" });
const account = (page: Page) => page.getByRole("region", { name: "Account status" });

/** Creates an invitation on the team page and returns the link shown once. */
async function invite(page: Page, email: string, role: string): Promise<string> {
  await page.goto("/settings/team");
  const region = inviteRegion(page);
  await region.getByRole("textbox", { name: "Email address" }).fill(email);
  await region.getByRole("combobox", { name: "Role" }).selectOption({ label: role });
  await region.getByRole("button", { name: "Create invitation" }).click();
  await expect(region.getByRole("status").filter({ hasText: `Invitation for ${email} as ${role} created.` })).toBeVisible();
  const link = await region.getByRole("textbox", { name: `Invitation link for ${email}` }).inputValue();
  await expect(invitationsTable(page).getByRole("row").filter({ hasText: email })).toContainText("Pending until");
  return link;
}

async function signedOutPage(browser: Browser, baseURL: string | undefined) {
  const context = await browser.newContext({ baseURL });
  return { context, page: await context.newPage() };
}

async function signIn(page: Page, email: string, password: string) {
  await page.goto("/sign-in");
  await page.getByRole("textbox", { name: "Email" }).fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

async function openMember(page: Page, name: string) {
  await page.goto(`/settings/team?q=${encodeURIComponent(name)}`);
  await page.getByRole("table", { name: "Team members" }).getByRole("link", { name, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name, exact: true })).toBeVisible();
}

test.describe("as the Bolt owner", () => {
  test.use(asAccount("boltOwner"));

  test("invites a member who joins, then edits, deactivates and reactivates them", async ({ page, browser, baseURL }) => {
    const id = unique();
    const email = `e2e.${id}@bolt.test`;
    const name = `Newcomer ${id}`;

    // The link is built from the address the Owner's browser used, not a fixed host.
    const link = await invite(page, email, "Agent");
    expect(link).toMatch(new RegExp(`^${new URL(page.url()).origin}/invite/[A-Za-z0-9_-]{43}$`));

    // The invitee follows the link in the email that arrived over SMTP, the same one the Owner saw.
    const mail = await waitForEmail(email, /^Blake Owner invited you to join Bolt Startup on Switchboard$/);
    expect(mail.text).toContain("as Agent");
    expect(linkIn(mail, /^\/invite\//)).toBe(link);

    const invitee = await signedOutPage(browser, baseURL);
    await invitee.page.goto(linkIn(mail, /^\/invite\//));
    await expect(invitee.page.getByRole("heading", { level: 1, name: "Join Bolt Startup" })).toBeVisible();
    await expect(invitee.page.getByText("Blake Owner invited you")).toBeVisible();
    await expect(invitee.page.getByRole("textbox", { name: "Email" })).toHaveValue(email);
    await invitee.page.getByRole("textbox", { name: "Your name" }).fill(name);
    await invitee.page.getByLabel("Password", { exact: true }).fill("too short");
    await invitee.page.getByLabel("Confirm password").fill("too short");
    await invitee.page.getByRole("button", { name: "Create account and sign in" }).click();
    await expect(invitee.page.getByText("Use at least 12 characters.")).toBeVisible();
    await invitee.page.getByLabel("Password", { exact: true }).fill(NEW_PASSWORD);
    await invitee.page.getByLabel("Confirm password").fill(NEW_PASSWORD);
    await invitee.page.getByRole("button", { name: "Create account and sign in" }).click();
    await invitee.page.waitForURL((url) => url.pathname === "/");
    await expect(invitee.page.getByText(name).first()).toBeVisible();

    // The link works once.
    const latecomer = await signedOutPage(browser, baseURL);
    await latecomer.page.goto(link);
    await expect(latecomer.page.getByRole("heading", { level: 1, name: "This invitation can't be used" })).toBeVisible();
    await expect(latecomer.page.getByText("This invitation has already been used.")).toBeVisible();
    await latecomer.context.close();

    // The Owner edits the new member's profile.
    await openMember(page, name);
    await expect(account(page)).toContainText("Active");
    await profile(page).getByRole("button", { name: "Edit profile" }).click();
    const extension = String(1000 + Math.floor(Math.random() * 9000));
    await profile(page).getByRole("textbox", { name: "Title" }).fill("Night Support");
    await profile(page).getByRole("textbox", { name: "Extension" }).fill(extension);
    await profile(page).getByRole("button", { name: "Save profile" }).click();
    await expect(
      profile(page)
        .getByRole("status")
        .filter({ hasText: `Saved ${name}'s profile.` }),
    ).toBeVisible();
    await expect(profile(page)).toContainText("Night Support");
    await expect(profile(page)).toContainText(extension);

    // Deactivated: the member's next click signs them out, and they can't sign back in.
    await account(page).getByRole("button", { name: "Deactivate account" }).click();
    const dialog = page.getByRole("alertdialog", { name: `Deactivate ${name}?` });
    await expect(dialog).toContainText("Nothing is deleted");
    await dialog.getByRole("button", { name: "Deactivate account" }).click();
    await expect(
      account(page)
        .getByRole("status")
        .filter({ hasText: `Deactivated ${name}.` }),
    ).toBeVisible();
    await expect(account(page).getByRole("button", { name: "Reactivate account" })).toBeVisible();

    await invitee.page.goto("/settings/team");
    await invitee.page.waitForURL((url) => url.pathname === "/sign-in");
    await signIn(invitee.page, email, NEW_PASSWORD);
    await expect(invitee.page.getByText("Email or password is incorrect, or the account is deactivated.")).toBeVisible();

    // Reactivated with everything as it was: the same password, profile and role.
    await account(page).getByRole("button", { name: "Reactivate account" }).click();
    await expect(
      account(page)
        .getByRole("status")
        .filter({ hasText: `Reactivated ${name}.` }),
    ).toBeVisible();
    await expect(profile(page)).toContainText("Night Support");
    await signIn(invitee.page, email, NEW_PASSWORD);
    await invitee.page.waitForURL((url) => url.pathname === "/");
    await invitee.context.close();
  });

  test("answers an address with an account elsewhere like a new one; only the invitee is told, on accepting", async ({ page, browser, baseURL }) => {
    // An address with an account in Acme: Bolt's Owner sees just what a new address gets.
    const [elsewhere] = INVITED_ACROSS.bolt;
    const link = await invite(page, elsewhere, "Agent");
    expect(link).toMatch(new RegExp(`^${new URL(page.url()).origin}/invite/[A-Za-z0-9_-]{43}$`));

    const invitee = await signedOutPage(browser, baseURL);
    await invitee.page.goto(link);
    await expect(invitee.page.getByRole("heading", { level: 1, name: "Join Bolt Startup" })).toBeVisible();
    await invitee.page.getByRole("textbox", { name: "Your name" }).fill("Quinn Twice");
    await invitee.page.getByLabel("Password", { exact: true }).fill(NEW_PASSWORD);
    await invitee.page.getByLabel("Confirm password").fill(NEW_PASSWORD);
    await invitee.page.getByRole("button", { name: "Create account and sign in" }).click();
    await expect(
      invitee.page.getByText(
        "This email address already has a Switchboard account, and an address can belong to only one organisation. Sign in with that account, or ask the person who invited you to invite a different address.",
      ),
    ).toBeVisible();
    await invitee.context.close();

    // The Owner's side is unchanged: the invitation is still pending. Withdraw it to leave Bolt as found.
    await page.reload();
    await expect(invitationsTable(page).getByRole("row").filter({ hasText: elsewhere })).toContainText("Pending until");
    await invitationsTable(page)
      .getByRole("button", { name: `Revoke the invitation for ${elsewhere}` })
      .click();
    const dialog = page.getByRole("alertdialog", { name: "Revoke this invitation?" });
    await dialog.getByRole("button", { name: "Revoke invitation" }).click();
    await expect(dialog).toBeHidden();
  });
});

test.describe("as the Acme admin", () => {
  test.use(asAccount("admin"));

  test("revokes an invitation, and its link stops working", async ({ page, browser, baseURL }) => {
    const email = `revoked.${unique()}@example.test`;
    const link = await invite(page, email, "Agent");
    await invitationsTable(page)
      .getByRole("button", { name: `Revoke the invitation for ${email}` })
      .click();
    const dialog = page.getByRole("alertdialog", { name: "Revoke this invitation?" });
    await dialog.getByRole("button", { name: "Revoke invitation" }).click();
    // While the dialog is open Radix hides the page from the accessibility tree, so the row
    // "disappears" at once: wait for the dialog to close (the revoke saved) first.
    await expect(dialog).toBeHidden();
    await expect(invitationsTable(page).getByRole("row").filter({ hasText: email })).toHaveCount(0);

    const invitee = await signedOutPage(browser, baseURL);
    await invitee.page.goto(link);
    await expect(invitee.page.getByText("This invitation was withdrawn.")).toBeVisible();
    await invitee.context.close();
  });

  test("can't invite an Owner, edit or deactivate the Owner, or deactivate themselves", async ({ page }) => {
    await page.goto("/settings/team");
    const owner = inviteRegion(page).getByRole("combobox", { name: "Role" }).getByRole("option", { name: "Owner (only Owners can invite Owners)" });
    await expect(owner).toBeDisabled();
    await openMember(page, "Olivia Owner");
    await expect(profile(page)).toContainText("Only an Owner can edit an Owner's profile.");
    await expect(profile(page).getByRole("button", { name: "Edit profile" })).toHaveCount(0);
    await expect(account(page).getByRole("button", { name: "Deactivate account" })).toBeDisabled();
    await expect(account(page).getByRole("button", { name: "Deactivate account" })).toHaveAccessibleDescription("Only an Owner can deactivate an Owner.");
    await openMember(page, "Adam Admin");
    await expect(account(page).getByRole("button", { name: "Deactivate account" })).toHaveAccessibleDescription(
      "You can't deactivate your own account. Ask another admin.",
    );
  });
});

test.describe("as an Acme agent", () => {
  test.use(asAccount("agent"));

  test("sees the team but no way to invite, edit or deactivate, with the reasons", async ({ page }) => {
    await page.goto("/settings/team");
    await expect(inviteRegion(page)).toContainText("Inviting members needs the Invite members permission.");
    await expect(page.getByRole("button", { name: "Create invitation" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: /^Revoke/ })).toHaveCount(0);
    await openMember(page, "Liam Chen");
    await expect(profile(page)).toContainText("Editing profiles needs the Edit profiles permission.");
    await expect(profile(page).getByRole("button", { name: "Edit profile" })).toHaveCount(0);
    await expect(account(page).getByRole("button", { name: "Deactivate account" })).toBeDisabled();
  });
});

test.describe("below the UI", () => {
  test.use(asAccount("owner"));

  test("an Agent replaying the Owner's invitation request is refused by the server", async ({ page, openAs }) => {
    const email = `replayed.${unique()}@example.test`;
    await page.goto("/settings/team");
    const region = inviteRegion(page);
    const request = await captureAction(page, async () => {
      await region.getByRole("textbox", { name: "Email address" }).fill(email);
      await region.getByRole("button", { name: "Create invitation" }).click();
    });
    const { page: agent } = await openAs("agent");
    expect(await request.replay(agent)).toContain("You need the “Invite members” permission to do this.");
    await page.goto("/settings/team");
    await expect(invitationsTable(page).getByRole("row").filter({ hasText: email })).toHaveCount(0);
  });
});

test.describe("accessibility", () => {
  for (const [width, viewport] of Object.entries(VIEWPORTS)) {
    test.describe(width, () => {
      test.use({ ...asAccount("owner"), viewport });

      test("team screens, the invite link, the profile form, the dialogs and the accept page have no axe violations", async ({ page, browser, baseURL }) => {
        const email = `axe.${unique()}@example.test`;
        const link = await invite(page, email, "Agent");
        await expectNoViolations(page);

        await openMember(page, "Liam Chen");
        await profile(page).getByRole("button", { name: "Edit profile" }).click();
        await expect(profile(page).getByRole("textbox", { name: "Extension" })).toBeVisible();
        await expectNoViolations(page);
        await account(page).getByRole("button", { name: "Deactivate account" }).click();
        await expect(page.getByRole("alertdialog")).toBeVisible();
        await expectNoViolations(page);
        await page.keyboard.press("Escape");

        await page.goto("/settings/team");
        await invitationsTable(page)
          .getByRole("button", { name: `Revoke the invitation for ${email}` })
          .click();
        await expect(page.getByRole("alertdialog")).toBeVisible();
        await expectNoViolations(page);
        await page.getByRole("alertdialog").getByRole("button", { name: "Revoke invitation" }).click();
        await expect(page.getByRole("alertdialog")).toHaveCount(0);

        const visitor = await signedOutPage(browser, baseURL);
        await visitor.page.setViewportSize({ width: viewport.width, height: viewport.height });
        await visitor.page.goto(link);
        await expect(visitor.page.getByText("This invitation was withdrawn.")).toBeVisible();
        await expectNoViolations(visitor.page);
        await visitor.page.goto("/invite/not-a-real-token-but-long-enough-to-look-up");
        await expect(visitor.page.getByRole("heading", { level: 1, name: "This invitation can't be used" })).toBeVisible();
        await expectNoViolations(visitor.page);
        await visitor.context.close();
      });
    });
  }
});

test.describe("the accept page", () => {
  test.use(asAccount("boltOwner"));

  test("has no axe violations at desktop and phone width", async ({ page, browser, baseURL }) => {
    const email = `axe.${unique()}@bolt.test`;
    const link = await invite(page, email, "Agent");
    const visitor = await signedOutPage(browser, baseURL);
    for (const width of [1280, 390]) {
      await visitor.page.setViewportSize({ width, height: 844 });
      await visitor.page.goto(link);
      await expect(visitor.page.getByRole("heading", { level: 1, name: "Join Bolt Startup" })).toBeVisible();
      await expectNoViolations(visitor.page);
    }
    await visitor.context.close();
    // Leaves no open invitation behind.
    await page.goto("/settings/team");
    await invitationsTable(page)
      .getByRole("button", { name: `Revoke the invitation for ${email}` })
      .click();
    await page.getByRole("alertdialog").getByRole("button", { name: "Revoke invitation" }).click();
    await expect(page.getByRole("alertdialog")).toHaveCount(0);
  });
});
