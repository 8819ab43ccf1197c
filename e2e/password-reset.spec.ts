// Password reset through the real email: a member made for this spec (invited into Bolt Startup
// and joined through the invitation's email) forgets their password, follows the emailed link and
// sets a new one. Their other browser is signed out, only the new password signs in, and the link
// does not work twice.
//
// Invitations are accepted in Bolt Startup only: e2e/team.spec.ts counts Acme's members.
import { expectNoViolations } from "./axe";
import { expect, test } from "./fixtures";
import { linkIn, waitForEmail } from "./mail";
import { SIGN_IN_ERROR } from "./pages/sign-in-page";

const FIRST_PASSWORD = "the password I forgot";
const NEW_PASSWORD = "the password I chose again";

test("a forgotten password is reset through the emailed link, which ends other sessions and works once", async ({ openAs }) => {
  const id = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const email = `e2e.reset.${id}@bolt.test`;
  const name = `Forgetful ${id}`;

  // The Owner invites them; they join from the invitation's email and are signed in there.
  const owner = await openAs("boltOwner");
  await owner.page.goto("/settings/team");
  const invite = owner.page.getByRole("region", { name: "Invite a member" });
  await invite.getByRole("textbox", { name: "Email address" }).fill(email);
  await invite.getByRole("combobox", { name: "Role" }).selectOption({ label: "Agent" });
  await invite.getByRole("button", { name: "Create invitation" }).click();
  await expect(invite.getByRole("status").filter({ hasText: `Invitation for ${email} as Agent created.` })).toBeVisible();
  const invitation = await waitForEmail(email, /invited you to join Bolt Startup/);
  const earlier = await openAs(null);
  await earlier.page.goto(linkIn(invitation, /^\/invite\//));
  await earlier.page.getByRole("textbox", { name: "Your name" }).fill(name);
  await earlier.page.getByLabel("Password", { exact: true }).fill(FIRST_PASSWORD);
  await earlier.page.getByLabel("Confirm password").fill(FIRST_PASSWORD);
  await earlier.page.getByRole("button", { name: "Create account and sign in" }).click();
  await earlier.page.waitForURL((url) => url.pathname === "/");

  // Elsewhere, signed out: "Forgot password?" gives the same answer as for any address.
  const here = await openAs(null);
  await here.signInPage.goto();
  await here.signInPage.forgotPassword.click();
  await expect(here.forgotPasswordPage.heading).toBeVisible();
  await here.forgotPasswordPage.ask(email);
  await expect(here.forgotPasswordPage.answer(email)).toBeVisible();

  // The link from the real email: a new password, checked as everywhere else.
  const link = linkIn(await waitForEmail(email, /^Reset your Switchboard password$/), /^\/reset-password\//);
  await here.page.goto(link);
  await expect(here.resetPasswordPage.heading).toBeVisible();
  await expectNoViolations(here.page);
  await here.resetPasswordPage.setPassword(NEW_PASSWORD, `${NEW_PASSWORD}!`);
  await expect(here.page.getByText("The new passwords don't match.")).toBeVisible();
  await here.resetPasswordPage.setPassword(NEW_PASSWORD);
  await here.page.waitForURL((url) => url.pathname === "/sign-in");
  await expect(here.shell.status("Your password was reset. Sign in with your new password.")).toBeVisible();
  await waitForEmail(email, /^Your Switchboard password was changed$/);

  // The browser signed in before the reset meets the sign-in page on its very next request.
  await earlier.page.reload();
  await expect(earlier.page).toHaveURL(/\/sign-in\?callbackUrl=%2F$/);

  // The old password no longer signs in; the new one does, and nobody was signed in for them.
  await here.signInPage.signIn(email, FIRST_PASSWORD);
  await expect(here.page.getByText(SIGN_IN_ERROR)).toBeVisible();
  await here.signInPage.signIn(email, NEW_PASSWORD);
  await expect(here.shell.heading).toHaveText(`Welcome, ${name}`);

  // The link works once.
  const again = await openAs(null);
  await again.page.goto(link);
  await expect(again.resetPasswordPage.unusableHeading).toBeVisible();
  await expect(again.page.getByText("This link was already used to reset the password.")).toBeVisible();
  await again.resetPasswordPage.askAgain.click();
  await expect(again.forgotPasswordPage.heading).toBeVisible();
});
