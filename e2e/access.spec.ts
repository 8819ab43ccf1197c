// Who gets in where: sign-in, 403 with the missing permission named, 404 across organisations,
// and a server that refuses on its own.
import fs from "node:fs";
import path from "node:path";
import { BENCH_VARIANT_HEADER } from "@/lib/bench/header";
import { ACCOUNTS, PASSWORD } from "./accounts";
import { DEACTIVATED, QA_LEAD } from "./demo-data";
import { asAccount, expect, inFreshOrganization, signedOut, test } from "./fixtures";

test.describe("signed out", () => {
  test.use(signedOut);

  test("a protected page sends you to sign in and back again", async ({ page, signInPage, rolesPage }) => {
    await page.goto("/settings/roles");
    await expect(page).toHaveURL((url) => url.pathname === "/sign-in" && url.searchParams.get("callbackUrl") === "/settings/roles");
    await expect(signInPage.heading).toBeVisible();
    await signInPage.signIn(ACCOUNTS.owner, PASSWORD);
    await expect(page).toHaveURL(/\/settings\/roles$/);
    await expect(rolesPage.heading).toBeVisible();
  });

  test("a deactivated member cannot sign in", async ({ page, signInPage }) => {
    await signInPage.goto();
    await signInPage.signIn(DEACTIVATED.email, PASSWORD);
    await expect(signInPage.error).toBeVisible();
    await expect(page).toHaveURL(/\/sign-in/);
  });

  test("a wrong password gets the same generic error", async ({ page, signInPage }) => {
    await signInPage.goto();
    await signInPage.signIn(ACCOUNTS.owner, "not-the-password");
    await expect(signInPage.error).toBeVisible();
    await expect(page).toHaveURL(/\/sign-in/);
    await expect(signInPage.email).toHaveValue(ACCOUNTS.owner);
  });

  test("each sign-in issues a new session", async ({ page, signInPage, shell, context }) => {
    const sessionCookie = async () => (await context.cookies()).find((c) => c.name.endsWith("authjs.session-token"))?.value;
    const values = [];
    for (let i = 0; i < 2; i++) {
      await context.clearCookies();
      await signInPage.goto();
      await signInPage.signIn(ACCOUNTS.agent, PASSWORD);
      await expect(page).not.toHaveURL(/\/sign-in/);
      await expect(shell.heading).toHaveText("Welcome, Alex Agent");
      values.push(await sessionCookie());
    }
    expect(values[0]).toBeTruthy();
    expect(values[1]).not.toBe(values[0]);
  });

  test("sign out ends the session", async ({ page, signInPage, shell }) => {
    await signInPage.goto();
    await signInPage.signIn(ACCOUNTS.admin, PASSWORD);
    await expect(shell.heading).toHaveText("Welcome, Adam Admin");
    await shell.signOut();
    await expect(signInPage.heading).toBeVisible();
    await page.goto("/settings/team");
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fsettings%2Fteam/);
  });
});

test.describe("a member of an organisation of the test's own, signed out", () => {
  test.use({ ...inFreshOrganization({ agents: 1 }), ...signedOut });

  test("repeated wrong passwords lock the account, with the same words whether it exists or not", async ({ page, signInPage, qaOrg }) => {
    const generic = page.getByText("Email or password is incorrect, or the account is deactivated.");
    const locked = page.getByText("Too many attempts to sign in. Wait 15 minutes and try again.");
    for (const email of [qaOrg.agents[0].email, "nobody.here@acme.test"]) {
      // Five wrong passwords are answered as wrong; then even the right one meets the lock.
      let attempts = 0;
      for (; attempts < 6; attempts++) {
        // A fresh page each time, so the answer awaited is this attempt's, not the last one's.
        await signInPage.goto();
        await page.waitForLoadState("networkidle");
        await signInPage.signIn(email, attempts < 5 ? "not-the-password" : qaOrg.password);
        await expect(generic.or(locked)).toBeVisible();
        if (await locked.isVisible()) break;
      }
      expect(attempts, email).toBeLessThanOrEqual(5);
      await expect(page).toHaveURL(/\/sign-in/);
    }
  });
});

test.describe("as Alex Agent", () => {
  test.use(asAccount("agent"));

  test("Roles & Permissions answers 403 and names the Assign roles permission", async ({ page, shell }) => {
    const response = await page.goto("/settings/roles");
    expect(response?.status()).toBe(403);
    await expect(shell.accessDeniedHeading).toBeVisible();
    await expect(page.getByText("It needs the “Assign roles” permission, which your role doesn't include.")).toBeVisible();
  });

  test("the benchmark's switches do nothing in a production build", async ({ page }) => {
    // `npm run bench` compares variants selected by this header, only in its own build.
    for (const variant of ["bypass", "noop-proxy", "stale"]) {
      const response = await page.request.get("/settings/roles", { headers: { [BENCH_VARIANT_HEADER]: variant }, maxRedirects: 0 });
      expect(response.status(), variant).toBe(403);
      expect(await response.text()).not.toContain("Create Role");
    }
  });

  test("the production build holds no bench switch at all", () => {
    test.skip(Boolean(process.env.BASE_URL), "Reads the build this suite made.");
    // The bench build swaps its variants in by alias (next.config.ts); this build must not know the header.
    const server = path.join(".next", "server");
    const chunks = fs.readdirSync(server, { recursive: true, encoding: "utf8" }).filter((file) => file.endsWith(".js"));
    expect(chunks.length).toBeGreaterThan(10);
    expect(chunks.filter((file) => fs.readFileSync(path.join(server, file), "utf8").includes(BENCH_VARIANT_HEADER))).toEqual([]);
  });

  test("the navigation leaves out Roles & Permissions and Audit log", async ({ page, shell }) => {
    await page.goto("/");
    await expect(shell.nav.getByRole("link")).toHaveText(["Overview", "Phone Numbers", "Analytics", "Recordings", "Messages", "Team Members", "Help"]);
    await expect(shell.navLink("Roles & Permissions")).toHaveCount(0);
    await expect(shell.navLink("Audit log")).toHaveCount(0);
    const response = await page.goto("/settings/audit-log");
    expect(response?.status()).toBe(403);
    await expect(page.getByText("It needs the “Manage roles” permission")).toBeVisible();
  });
});

test.describe("as Quinn Lead (QA Lead)", () => {
  test.use(asAccount("qa"));

  test("opens Team Members but not Roles & Permissions", async ({ page, shell, teamPage }) => {
    await page.goto("/");
    await shell.navLink("Team Members").click();
    await expect(teamPage.heading).toBeVisible();
    await expect(shell.navLink("Roles & Permissions")).toHaveCount(0);
    const response = await page.goto("/settings/roles");
    expect(response?.status()).toBe(403);
    await expect(shell.accessDeniedHeading).toBeVisible();
  });
});

test.describe("across organisations", () => {
  test.use(asAccount("boltOwner"));

  test("Bolt's owner gets 404 for Acme's role and member pages", async ({ page, shell, openAs }) => {
    const acme = await openAs("owner");
    await acme.rolesPage.goto();
    const rolePath = await acme.rolesPage.roleLink(QA_LEAD.role).getAttribute("href");
    await acme.teamPage.goto();
    await acme.teamPage.search(QA_LEAD.email);
    const memberPath = await acme.teamPage.memberLink(QA_LEAD.name).getAttribute("href");
    expect(rolePath).toMatch(/^\/settings\/roles\/[0-9a-f-]{36}$/);
    expect(memberPath).toMatch(/^\/settings\/team\/[0-9a-f-]{36}$/);

    for (const path of [rolePath!, memberPath!, `/settings/roles/new?from=${rolePath!.split("/").pop()}`]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(shell.notFoundHeading).toBeVisible();
      await expect(page.getByText(QA_LEAD.name)).toHaveCount(0);
    }
  });
});

test.describe("as the Acme owner", () => {
  test.use(asAccount("owner"));

  test("mistyped paths and ids that name nothing are 404", async ({ page, shell }) => {
    for (const path of [
      "/nope",
      "/settings/nope",
      "/settings/roles/00000000-0000-4000-8000-000000000000",
      "/settings/team/00000000-0000-4000-8000-000000000000",
      "/settings/roles/not-a-uuid",
    ]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(shell.notFoundHeading).toBeVisible();
    }
  });
});

test.describe("below the UI", () => {
  test.use(inFreshOrganization({ agents: 2 }));

  // A hidden button proves nothing: the Agent replays the Owner's own Save Changes request.
  test("an Agent replaying Save Changes is refused by the server; the same request works for the Owner", async ({
    page,
    memberPage,
    teamPage,
    auditLog,
    openAs,
    qaOrg,
  }) => {
    const [{ name: member }, replayer] = qaOrg.agents;
    const memberUrl = await teamPage.gotoMember(member);
    // The request that would make the member an Admin, stopped before the server sees it.
    const makeAdmin = await memberPage.captureRoleChange("Admin");

    const agent = await openAs(replayer);
    expect(await makeAdmin.replay(agent.page)).toContain("You need the “Assign roles” permission to do this.");
    await page.goto(memberUrl);
    await expect(memberPage.selectedRole("Agent")).toHaveCount(1);
    await auditLog.goto();
    await expect(auditLog.heading).toBeVisible();
    await expect(auditLog.event(`${replayer.name} changed the role of ${member}`)).toHaveCount(0);

    // The very same request, from the Owner, goes through: the refusal above was the server's.
    expect(await makeAdmin.replay(page)).toContain(`Saved. ${member} now has the Admin role.`);
    await page.goto(memberUrl);
    await expect(memberPage.selectedRole("Admin")).toHaveCount(1);
  });
});
