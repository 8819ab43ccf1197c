// Every screen, at desktop and phone width, against WCAG 2.1 A and AA: zero violations.
import type { AccountName } from "./accounts";
import { expectNoViolations, VIEWPORTS } from "./axe";
import { appFor, asAccount, expect, signedOut, test, type App } from "./fixtures";

type Screen = { name: string; account: AccountName | null; open: (app: App) => Promise<unknown>; desktopOnly?: true };

const SCREENS: Screen[] = [
  { name: "sign-in", account: null, open: ({ signInPage }) => signInPage.goto() },
  {
    name: "forgot password, answered",
    account: null,
    open: async ({ forgotPasswordPage }) => {
      await forgotPasswordPage.goto();
      await forgotPasswordPage.ask("nobody@example.test");
      await expect(forgotPasswordPage.answer("nobody@example.test")).toBeVisible();
    },
  },
  {
    // The form itself is checked in e2e/password-reset.spec.ts, from a link in a real email.
    name: "reset link that can't be used",
    account: null,
    open: async ({ page, resetPasswordPage }) => {
      await page.goto("/reset-password/not-a-real-token");
      await expect(resetPasswordPage.unusableHeading).toBeVisible();
    },
  },
  { name: "sign-up", account: null, open: ({ page }) => page.goto("/sign-up"), desktopOnly: true },
  {
    name: "verification link that can't be used",
    account: null,
    open: async ({ page }) => {
      await page.goto("/verify-email/not-a-real-token");
      await expect(page.getByRole("heading", { level: 1, name: "This link can't be used" })).toBeVisible();
    },
    desktopOnly: true,
  },
  { name: "overview", account: "owner", open: ({ overview }) => overview.goto() },
  { name: "roles list", account: "owner", open: ({ rolesPage }) => rolesPage.goto() },
  { name: "create role", account: "owner", open: ({ roleForm }) => roleForm.gotoNew() },
  {
    name: "custom role page",
    account: "owner",
    open: async ({ rolesPage }) => {
      await rolesPage.goto();
      await rolesPage.openRole("QA Lead");
    },
  },
  {
    name: "built-in role page",
    account: "owner",
    open: async ({ rolesPage }) => {
      await rolesPage.goto();
      await rolesPage.openRole("Agent");
    },
  },
  {
    name: "delete role dialog",
    account: "owner",
    open: async ({ rolesPage, rolePage }) => {
      await rolesPage.goto();
      await rolesPage.openRole("QA Lead");
      await rolePage.openDeleteDialog();
      await expect(rolePage.affectedMembers).toBeVisible();
    },
  },
  { name: "create role from a template", account: "owner", open: ({ page }) => page.goto("/settings/roles/new?template=sales-manager") },
  {
    name: "compare roles",
    account: "owner",
    open: async ({ page, rolesPage }) => {
      await rolesPage.goto();
      const picker = page.getByRole("group", { name: "Compare roles" });
      for (const name of ["Admin", "Agent", "QA Lead"]) await picker.getByRole("checkbox", { name, exact: true }).check();
      await page.getByRole("button", { name: "Compare", exact: true }).click();
      await page.getByRole("link", { name: "Show all" }).click();
      await expect(page.getByRole("link", { name: "Show differences only" })).toBeVisible();
    },
  },
  {
    name: "preview as member",
    account: "owner",
    open: async ({ page, teamPage }) => {
      await teamPage.goto("?q=Quinn");
      await teamPage.openMember("Quinn Lead");
      await page.getByRole("link", { name: "Preview as this member" }).click();
      await expect(page.getByRole("heading", { level: 1, name: "Preview as Quinn Lead" })).toBeVisible();
    },
  },
  {
    name: "role history",
    account: "owner",
    open: async ({ page, rolesPage }) => {
      await rolesPage.goto();
      await rolesPage.openRole("QA Lead");
      await page.getByRole("navigation", { name: "Role" }).getByRole("link", { name: "History" }).click();
      await page.getByRole("heading", { level: 1, name: "QA Lead" }).waitFor();
    },
  },
  {
    name: "role review",
    account: "owner",
    open: async ({ page, rolesPage }) => {
      await rolesPage.goto();
      await rolesPage.table.getByRole("link", { name: "Review QA Lead", exact: true }).click();
      await page.getByRole("button", { name: "Still correct" }).waitFor();
    },
  },
  { name: "team list", account: "owner", open: ({ teamPage }) => teamPage.goto() },
  {
    name: "member page",
    account: "owner",
    open: async ({ teamPage }) => {
      await teamPage.goto("?q=Quinn");
      await teamPage.openMember("Quinn Lead");
    },
  },
  { name: "audit log", account: "owner", open: ({ auditLog }) => auditLog.goto() },
  { name: "your account", account: "agent", open: ({ accountPage }) => accountPage.goto() },
  { name: "set up two-factor", account: "agent", open: ({ page }) => page.goto("/account/two-factor") },
  { name: "security settings", account: "owner", open: ({ page }) => page.goto("/settings/security") },
  {
    name: "your account as an Owner, with email settings",
    account: "owner",
    open: async ({ page, accountPage }) => {
      await accountPage.goto();
      await expect(page.getByRole("switch", { name: "Sensitive permissions granted" })).toBeVisible();
    },
  },
  { name: "email delivery", account: "owner", open: ({ page }) => page.goto("/settings/email") },
  { name: "API keys", account: "owner", open: ({ page }) => page.goto("/settings/api-keys") },
  { name: "API keys on Starter (upgrade path)", account: "boltOwner", open: ({ page }) => page.goto("/settings/api-keys") },
  { name: "webhooks", account: "owner", open: ({ page }) => page.goto("/settings/webhooks") },
  { name: "webhooks on Starter (upgrade path)", account: "boltOwner", open: ({ page }) => page.goto("/settings/webhooks") },
  { name: "roles on Starter (upgrade path)", account: "boltOwner", open: ({ page }) => page.goto("/settings/roles") },
  { name: "create role on Starter (upgrade path)", account: "boltOwner", open: ({ page }) => page.goto("/settings/roles/new") },
  { name: "directory sync", account: "owner", open: ({ page }) => page.goto("/settings/directory-sync") },
  { name: "directory groups", account: "owner", open: ({ page }) => page.goto("/settings/directory-groups") },
  {
    name: "403 page",
    account: "agent",
    open: async ({ page, shell }) => {
      await page.goto("/settings/roles");
      await expect(shell.accessDeniedHeading).toBeVisible();
    },
  },
  {
    name: "404 page",
    account: "owner",
    open: async ({ page, shell }) => {
      await page.goto("/settings/roles/00000000-0000-4000-8000-000000000000");
      await expect(shell.notFoundHeading).toBeVisible();
    },
  },
  {
    name: "404 page for a mistyped path",
    account: "owner",
    open: async ({ page, shell }) => {
      await page.goto("/nope");
      await expect(shell.notFoundHeading).toBeVisible();
    },
  },
];

for (const [width, viewport] of Object.entries(VIEWPORTS)) {
  test.describe(`accessibility at ${width} width`, () => {
    test.use({ viewport });
    for (const screen of SCREENS.filter((s) => width === "desktop" || !s.desktopOnly)) {
      test.describe(() => {
        test.use(screen.account ? asAccount(screen.account) : signedOut);
        test(`${screen.name}`, async ({ page }) => {
          await screen.open(appFor(page));
          await expectNoViolations(page);
        });
      });
    }
  });
}
