// Your account: a member changes their own password, and that ends every session they have,
// in every browser, on its very next request.
import { PASSWORD } from "./accounts";
import { CLAIMED_AGENTS, emailFor } from "./demo-data";
import { expect, test, type App } from "./fixtures";
import { SIGN_IN_ERROR } from "./pages/sign-in-page";

const member = CLAIMED_AGENTS.passwordChange;
const email = emailFor(member);
// The spec moves the member between these two, whichever holds now: a retry, or a rerun
// against a server that kept its data, finds either one.
const OTHER_PASSWORD = "zoe's changed password";
const PASSWORDS = [PASSWORD, OTHER_PASSWORD];

/** Signs in with whichever of the two passwords holds; returns it. */
async function signIn(app: App): Promise<string> {
  const welcome = app.shell.heading.filter({ hasText: `Welcome, ${member}` });
  for (const password of PASSWORDS) {
    await app.signInPage.goto();
    await app.signInPage.signIn(email, password);
    await expect(welcome.or(app.signInPage.error)).toBeVisible();
    if (await welcome.isVisible()) return password;
  }
  throw new Error(`Neither password signs ${member} in`);
}

const sessionCookies = async (app: App) => (await app.page.context().cookies()).filter((c) => c.name.endsWith("authjs.session-token"));

test("changing your password signs you out everywhere; only the new password signs in", async ({ openAs }) => {
  const here = await openAs(null);
  const elsewhere = await openAs(null);
  const current = await signIn(here);
  expect(await signIn(elsewhere)).toBe(current);
  const next = PASSWORDS.find((p) => p !== current)!;

  await here.shell.accountLink.click();
  await expect(here.accountPage.heading).toBeVisible();

  // A wrong current password is refused next to its field, and what was typed stays.
  await here.accountPage.changePassword("not my current password", next);
  await expect(here.page.getByText("That is not your current password.")).toBeVisible();
  await expect(here.accountPage.currentPassword).toHaveAttribute("aria-invalid", "true");
  await expect(here.accountPage.newPassword).toHaveValue(next);
  await expect(here.accountPage.confirmPassword).toHaveValue(next);

  await here.accountPage.changePassword(current, next);
  await expect(here.page).toHaveURL(/\/sign-in$/);
  await expect(here.shell.status("Your password was changed. Sign in with your new password.")).toBeVisible();
  // This browser was signed out: its cookie is gone and its next page asks for sign-in again.
  expect(await sessionCookies(here)).toEqual([]);
  await here.page.goto("/");
  await expect(here.page).toHaveURL(/\/sign-in\?callbackUrl=%2F$/);

  // The other browser's very next request meets the sign-in page, and its cookie is gone.
  await elsewhere.page.reload();
  await expect(elsewhere.page).toHaveURL(/\/sign-in\?callbackUrl=%2F$/);
  await expect(elsewhere.signInPage.heading).toBeVisible();
  expect(await sessionCookies(elsewhere)).toEqual([]);

  // The old password no longer signs in; the new one does.
  await here.signInPage.goto();
  await here.signInPage.signIn(email, current);
  await expect(here.page.getByText(SIGN_IN_ERROR)).toBeVisible();
  await here.signInPage.signIn(email, next);
  await expect(here.shell.heading).toHaveText(`Welcome, ${member}`);
});
