// Your account: a member changes their own password, and that ends every session they have,
// in every browser, on its very next request. Signing out ends the session on the server, so
// a copy of its cookie opens nothing; the account lists signed-in sessions and ends the others.
import { expect, inFreshOrganization, signedOut, test, type App } from "./fixtures";
import { SIGN_IN_ERROR } from "./pages/sign-in-page";

// Each test signs its own member in, in browsers of its own.
test.use({ ...inFreshOrganization({ agents: 1 }), ...signedOut });

const sessionCookies = async (app: App) => (await app.page.context().cookies()).filter((c) => c.name.endsWith("authjs.session-token"));

test("changing your password signs you out everywhere; only the new password signs in", async ({ openAs, qaOrg }) => {
  const [{ name: member, email, password: current }] = qaOrg.agents;
  const here = await openAs(qaOrg.agents[0]);
  const elsewhere = await openAs(qaOrg.agents[0]);
  const next = "a changed password of my own";

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

test("signing out ends the session on the server: a copy of its cookie opens nothing afterwards", async ({ openAs, request, qaOrg }) => {
  const [{ name, email }] = qaOrg.agents;
  const here = await openAs(qaOrg.agents[0]);
  const [captured] = await sessionCookies(here);
  expect(captured).toBeDefined();
  const cookie = { cookie: `${captured.name}=${captured.value}` };

  // The copy works while the session stands: a page, and Auth.js's session endpoint.
  const before = await request.get("/account", { headers: cookie, maxRedirects: 0 });
  expect(before.status()).toBe(200);
  const standing = (await (await request.get("/api/auth/session", { headers: cookie })).json()) as { user?: { name?: string } } | null;
  expect(standing?.user?.name).toBe(name);

  await here.shell.signOut();
  expect(await sessionCookies(here)).toEqual([]);

  // The same cookie, replayed after sign-out: sent to sign in, and the session endpoint says signed out.
  const page = await request.get("/account", { headers: cookie, maxRedirects: 0 });
  expect(page.status()).toBe(307);
  expect(page.headers().location).toMatch(/\/sign-in\?callbackUrl=%2Faccount$/);
  const session = await request.get("/api/auth/session", { headers: cookie });
  expect(session.status()).toBe(200);
  expect(await session.json()).toBeNull();
  expect(await session.text()).not.toContain(email);

  // And in a browser given the copy: the sign-in page, not the account.
  const elsewhere = await openAs(null);
  await elsewhere.page.context().addCookies([captured]);
  await elsewhere.accountPage.goto();
  await expect(elsewhere.page).toHaveURL(/\/sign-in\?callbackUrl=%2Faccount$/);
  await expect(elsewhere.signInPage.heading).toBeVisible();
});

test("your account lists your signed-in sessions; signing out the others ends them on their next request", async ({ openAs, qaOrg }) => {
  const elsewhere = await openAs(qaOrg.agents[0]);
  const here = await openAs(qaOrg.agents[0]);

  await here.shell.accountLink.click();
  await expect(here.accountPage.heading).toBeVisible();
  await expect(here.accountPage.thisDevice).toHaveCount(1);
  await expect(here.accountPage.thisDevice).toContainText("Chrome");
  await expect(here.accountPage.thisDevice).toContainText("Last seen");
  await expect(here.accountPage.sessions).toHaveCount(2);

  await here.accountPage.signOutOthers.click();
  await expect(here.shell.status(/^Signed out \d+ other sessions?\.$/)).toBeVisible();
  await expect(here.accountPage.sessions).toHaveCount(1);
  await expect(here.accountPage.thisDevice).toHaveCount(1);

  // The other browser's very next request meets the sign-in page; this one carries on.
  await elsewhere.page.reload();
  await expect(elsewhere.page).toHaveURL(/\/sign-in\?callbackUrl=%2F$/);
  expect(await sessionCookies(elsewhere)).toEqual([]);
  await here.page.reload();
  await expect(here.accountPage.heading).toBeVisible();
  await here.accountPage.signOutOthers.click();
  await expect(here.shell.status("No other session was signed in.")).toBeVisible();
});
