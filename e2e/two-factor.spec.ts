// Two-factor authentication end to end: a member sets it up on Your account (the codes come
// from the shown key, as an authenticator app would make them), then signs in with a code, and
// with a recovery code that works only once. The spec turns it off again at the end.
import { TOTP } from "otpauth";
import { expectNoViolations } from "./axe";
import { expect, inFreshOrganization, signedOut, test, type App } from "./fixtures";
import type { QaMember } from "./qa-organization";

test.use({ ...inFreshOrganization({ agents: 1 }), ...signedOut });

const WRONG_CODE = /That code is not right, or was used already/;

/** Email and password; a member with two-factor on is asked for the code next. */
async function passwordStep(app: App, { email, password }: QaMember, twoFactor = true) {
  await app.signInPage.goto();
  await app.signInPage.signIn(email, password);
  if (twoFactor) await expect(app.shell.status("Enter the code from your authenticator app to finish signing in.")).toBeVisible();
}

test("a member sets up two-factor, then signs in with a code and with a recovery code that works once", async ({ openAs, qaOrg }) => {
  const person = qaOrg.agents[0];
  const member = person.name;
  const app = await openAs(null);
  await passwordStep(app, person, false);
  await expect(app.shell.heading).toHaveText(`Welcome, ${member}`);

  await app.accountPage.goto();
  await app.accountPage.setUpTwoFactor(person.password);
  await expect(app.accountPage.qrCode).toBeVisible();
  await expectNoViolations(app.page);
  const totp = new TOTP({ secret: await app.accountPage.setUpKey() });
  await app.accountPage.confirmTwoFactor(totp.generate());
  await expect(app.accountPage.recoveryCodes).toHaveCount(10);
  const codes = await app.accountPage.recoveryCodes.allTextContents();
  await expect(app.accountPage.twoFactor.getByText(/On since/)).toBeVisible();
  await app.shell.signOut();

  // The password alone asks for the code; nothing is signed in meanwhile.
  await passwordStep(app, person);
  await expect(app.signInPage.code).toBeVisible();
  await expectNoViolations(app.page);
  expect((await app.page.request.get("/", { maxRedirects: 0 })).status()).toBe(307);
  // The next step's code: the set-up used this one, and a code works once.
  await app.signInPage.code.fill(totp.generate({ timestamp: Date.now() + 30_000 }));
  await app.signInPage.submit.click();
  await expect(app.shell.heading).toHaveText(`Welcome, ${member}`);
  await app.shell.signOut();

  for (const attempt of ["first", "again"] as const) {
    await passwordStep(app, person);
    await app.signInPage.useRecoveryCode.click();
    await app.signInPage.recoveryCode.fill(codes[0]);
    await app.signInPage.submit.click();
    if (attempt === "first") {
      await expect(app.shell.heading).toHaveText(`Welcome, ${member}`);
      await app.shell.signOut();
    } else {
      await expect(app.shell.status(WRONG_CODE)).toBeVisible();
    }
  }

  // Put back: signed in with another recovery code, two-factor is turned off with the password.
  await app.signInPage.recoveryCode.fill(codes[1]);
  await app.signInPage.submit.click();
  await expect(app.shell.heading).toHaveText(`Welcome, ${member}`);
  await app.accountPage.goto();
  await app.accountPage.turnOffTwoFactor(person.password);
  await expect(app.shell.status("Two-factor authentication is off.")).toBeVisible();
});
