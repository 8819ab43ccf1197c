// What reaches people's inboxes over real SMTP: an invitation resent (the new link works, the
// first one no longer does), the "your access changed" email after an Owner changes the new
// member's role, and the Email delivery page listing them as sent (and only to its own organisation).
//
// In Bolt Startup, with a member this spec creates itself: e2e/team.spec.ts counts Acme's members.
import type { Browser } from "@playwright/test";
import { expectNoViolations } from "./axe";
import { asAccount, expect, test } from "./fixtures";
import { linkIn, waitForEmail, waitForEmails } from "./mail";

const PASSWORD = "a sturdy new password";
const INVITATION = /^Blake Owner invited you to join Bolt Startup on Switchboard$/;

async function signedOut(browser: Browser, baseURL: string | undefined) {
  const context = await browser.newContext({ baseURL });
  return { context, page: await context.newPage() };
}

test.use(asAccount("boltOwner"));

test("a resent invitation's link works and the first no longer does; the member's role change is emailed; Email delivery shows both as sent", async ({
  page,
  browser,
  baseURL,
  teamPage,
  memberPage,
  shell,
  openAs,
}) => {
  const id = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const email = `e2e.mail.${id}@bolt.test`;
  const name = `Mail Newcomer ${id}`;

  await page.goto("/settings/team");
  const invite = page.getByRole("region", { name: "Invite a member" });
  await invite.getByRole("textbox", { name: "Email address" }).fill(email);
  await invite.getByRole("combobox", { name: "Role" }).selectOption({ label: "Agent" });
  await invite.getByRole("button", { name: "Create invitation" }).click();
  const [first] = await waitForEmails(email, INVITATION, 1);

  // Resend from the open invitations list.
  const row = page.getByRole("table", { name: "Open invitations" }).getByRole("row").filter({ hasText: email });
  await row.getByRole("button", { name: `Resend the invitation for ${email}` }).click();
  const dialog = page.getByRole("alertdialog", { name: "Send a new invitation link?" });
  await dialog.getByRole("button", { name: "Send new link" }).click();
  await expect(dialog.getByRole("status")).toContainText(`Sent ${email} a new invitation link`);
  await dialog.getByRole("button", { name: "Close" }).click();
  const [, second] = await waitForEmails(email, INVITATION, 2);
  const oldLink = linkIn(first, /^\/invite\//);
  const newLink = linkIn(second, /^\/invite\//);
  expect(newLink).not.toBe(oldLink);

  const invitee = await signedOut(browser, baseURL);
  await invitee.page.goto(oldLink);
  await expect(invitee.page.getByRole("heading", { level: 1, name: "This invitation can't be used" })).toBeVisible();
  await invitee.page.goto(newLink);
  await expect(invitee.page.getByRole("heading", { level: 1, name: "Join Bolt Startup" })).toBeVisible();
  await invitee.page.getByRole("textbox", { name: "Your name" }).fill(name);
  await invitee.page.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await invitee.page.getByLabel("Confirm password").fill(PASSWORD);
  await invitee.page.getByRole("button", { name: "Create account and sign in" }).click();
  await invitee.page.waitForURL((url) => url.pathname === "/");
  await invitee.context.close();

  // The Owner makes them an Admin: the email names what they gained, by category, and who did it.
  await teamPage.goto(`?q=${encodeURIComponent(name)}`);
  await teamPage.openMember(name);
  await memberPage.assign("Admin", name);
  const changed = await waitForEmail(email, /^Your access to Bolt Startup changed$/);
  const text = changed.text.replace(/\s+/g, " ");
  expect(text).toContain("Blake Owner changed what you can do in Bolt Startup");
  expect(text).toContain("You can now: Team Management: Invite members, Edit profiles, Deactivate accounts, Assign roles, Manage roles");
  expect(text).toContain("Recordings & Transcripts: Download files, Delete recordings");
  expect(text).not.toContain("You can no longer");
  expect(new URL(linkIn(changed, /^\/$/)).pathname).toBe("/");

  // Email delivery lists all three, sent.
  await page.goto("/");
  await shell.navLink("Email delivery").click();
  await expect(page.getByRole("heading", { level: 1, name: "Email delivery" })).toBeVisible();
  const sentTo = page.getByRole("table", { name: "Emails" }).getByRole("row").filter({ hasText: email });
  await expect(async () => {
    await page.reload();
    await expect(sentTo).toHaveCount(3);
    await expect(sentTo.filter({ hasText: "Sent" })).toHaveCount(3);
  }).toPass({ timeout: 15_000 });
  await expect(sentTo.filter({ hasText: "Your access to Bolt Startup changed" })).toContainText("Access changed");
  await expect(sentTo.filter({ hasText: "Blake Owner invited you" })).toHaveCount(2);
  await expectNoViolations(page);

  // Acme's Owner, on their own Email delivery page, sees none of Bolt's mail.
  const acme = await openAs("owner");
  const response = await acme.page.goto("/settings/email");
  expect(response?.status()).toBe(200);
  await expect(acme.page.getByRole("heading", { level: 1, name: "Email delivery" })).toBeVisible();
  expect(await response!.text()).not.toContain(email);
  await expect(acme.page.getByText(email)).toHaveCount(0);
});
