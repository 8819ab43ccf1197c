// Page objects offered as fixtures, plus helpers for a second person in another browser context
// and for roles a test creates (deleted again afterwards, so reruns never reach the plan's limit).
// Every browser context a fixture opens fails its test if a page logged a Content Security
// Policy violation: the app must work under its own policy (e2e/headers.spec.ts).
import { test as base, expect, type Browser, type BrowserContext, type Page, type TestInfo } from "@playwright/test";
import { storageState, type AccountName } from "./accounts";
import { createQaOrganization, type QaMember, type QaOrganization, type QaOrganizationOptions } from "./qa-organization";
import { AccountPage } from "./pages/account-page";
import { AnalyticsPage } from "./pages/analytics-page";
import { AppShell } from "./pages/app-shell";
import { ApiKeysPage } from "./pages/api-keys-page";
import { WebhooksPage } from "./pages/webhooks-page";
import { AuditLogPage } from "./pages/audit-log-page";
import { BillingPage } from "./pages/billing-page";
import { BusinessHoursPage } from "./pages/business-hours-page";
import { BuyNumberPage } from "./pages/buy-number-page";
import { CallFlowsPage } from "./pages/call-flows-page";
import { CallerIdPage } from "./pages/caller-id-page";
import { ConversationPage } from "./pages/conversation-page";
import { IntegrationsPage } from "./pages/integrations-page";
import { IvrMenuPage } from "./pages/ivr-menu-page";
import { MemberPage } from "./pages/member-page";
import { MessagesPage } from "./pages/messages-page";
import { NumberPage } from "./pages/number-page";
import { NumbersPage } from "./pages/numbers-page";
import { OverviewPage } from "./pages/overview-page";
import { ForgotPasswordPage, ResetPasswordPage } from "./pages/password-reset-pages";
import { PaymentMethodPage } from "./pages/payment-method-page";
import { PlansPage } from "./pages/plans-page";
import { RecordingPage } from "./pages/recording-page";
import { RecordingsPage } from "./pages/recordings-page";
import { RingGroupPage } from "./pages/ring-group-page";
import { RoleFormPage } from "./pages/role-form-page";
import { RolePage } from "./pages/role-page";
import { RolesPage } from "./pages/roles-page";
import { RoutingRulesPage } from "./pages/routing-rules-page";
import { SignInPage } from "./pages/sign-in-page";
import { SignUpPage } from "./pages/sign-up-page";
import { SsoPage } from "./pages/sso-page";
import { TeamPage } from "./pages/team-page";
import { TemplatesPage } from "./pages/templates-page";

export type App = {
  page: Page;
  shell: AppShell;
  signInPage: SignInPage;
  signUpPage: SignUpPage;
  ssoPage: SsoPage;
  forgotPasswordPage: ForgotPasswordPage;
  resetPasswordPage: ResetPasswordPage;
  overview: OverviewPage;
  rolesPage: RolesPage;
  roleForm: RoleFormPage;
  rolePage: RolePage;
  teamPage: TeamPage;
  memberPage: MemberPage;
  auditLog: AuditLogPage;
  apiKeysPage: ApiKeysPage;
  webhooksPage: WebhooksPage;
  accountPage: AccountPage;
  billingPage: BillingPage;
  plansPage: PlansPage;
  paymentMethodPage: PaymentMethodPage;
  numbersPage: NumbersPage;
  buyNumberPage: BuyNumberPage;
  numberPage: NumberPage;
  callerIdPage: CallerIdPage;
  messagesPage: MessagesPage;
  conversationPage: ConversationPage;
  templatesPage: TemplatesPage;
  recordingsPage: RecordingsPage;
  recordingPage: RecordingPage;
  callFlowsPage: CallFlowsPage;
  ivrMenuPage: IvrMenuPage;
  ringGroupPage: RingGroupPage;
  businessHoursPage: BusinessHoursPage;
  routingRulesPage: RoutingRulesPage;
  analyticsPage: AnalyticsPage;
  integrationsPage: IntegrationsPage;
};

export function appFor(page: Page): App {
  return {
    page,
    shell: new AppShell(page),
    signInPage: new SignInPage(page),
    signUpPage: new SignUpPage(page),
    ssoPage: new SsoPage(page),
    forgotPasswordPage: new ForgotPasswordPage(page),
    resetPasswordPage: new ResetPasswordPage(page),
    overview: new OverviewPage(page),
    rolesPage: new RolesPage(page),
    roleForm: new RoleFormPage(page),
    rolePage: new RolePage(page),
    teamPage: new TeamPage(page),
    memberPage: new MemberPage(page),
    auditLog: new AuditLogPage(page),
    apiKeysPage: new ApiKeysPage(page),
    webhooksPage: new WebhooksPage(page),
    accountPage: new AccountPage(page),
    billingPage: new BillingPage(page),
    plansPage: new PlansPage(page),
    paymentMethodPage: new PaymentMethodPage(page),
    numbersPage: new NumbersPage(page),
    buyNumberPage: new BuyNumberPage(page),
    numberPage: new NumberPage(page),
    callerIdPage: new CallerIdPage(page),
    messagesPage: new MessagesPage(page),
    conversationPage: new ConversationPage(page),
    templatesPage: new TemplatesPage(page),
    recordingsPage: new RecordingsPage(page),
    recordingPage: new RecordingPage(page),
    callFlowsPage: new CallFlowsPage(page),
    ivrMenuPage: new IvrMenuPage(page),
    ringGroupPage: new RingGroupPage(page),
    businessHoursPage: new BusinessHoursPage(page),
    routingRulesPage: new RoutingRulesPage(page),
    analyticsPage: new AnalyticsPage(page),
    integrationsPage: new IntegrationsPage(page),
  };
}

/** A role name no other test or earlier run uses (role names are unique per organisation). */
export function uniqueName(prefix: string, testInfo: TestInfo): string {
  const suffix = `${Date.now().toString(36)}${testInfo.workerIndex}${Math.random().toString(36).slice(2, 5)}`;
  return `${prefix} ${suffix}`.slice(0, 50);
}

/**
 * Collects the CSP violations of every page in `context` into `seen`. Chromium logs them to
 * the console; the listener on `securitypolicyviolation` also catches any it reports silently.
 * For a context a spec opens itself: `await watchCsp(context, cspViolations)`.
 */
async function watchCsp(context: BrowserContext, seen: string[]) {
  await context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      console.error(
        `Content Security Policy violation: ${event.effectiveDirective} blocked ${event.blockedURI || "inline"} in ${event.sourceFile}:${event.lineNumber}`,
      );
    });
  });
  const note = (text: string, url: string | undefined) => {
    if (/Content Security Policy/i.test(text)) seen.push(`${url ?? "?"}: ${text}`);
  };
  context.on("console", (message) => note(message.text(), message.page()?.url()));
  context.on("weberror", (error) => note(error.error().message, error.page()?.url()));
}

type Fixtures = Omit<App, "page"> & {
  /** The CSP violations the test's pages logged; the test fails unless it stays empty. */
  cspViolations: string[];
  /** Set by inFreshOrganization(): the test gets an organisation of its own, signed in as its Owner. */
  freshOrganization: QaOrganizationOptions | null;
  /** That organisation (only with inFreshOrganization()). */
  qaOrg: QaOrganization;
  /**
   * Opens a page in a new browser context, signed in as a demo account or a member of the
   * test's own organisation (through the sign-in page), or signed out (null).
   */
  openAs: (account: AccountName | Credentials | null) => Promise<App>;
  /** Records a role the test created; it is deleted through the UI after the test. */
  cleanUpRole: (roleId: string) => void;
};

/** Who to sign in through the sign-in page: a member of a QA organisation, or a demo member. */
type Credentials = Pick<QaMember, "email" | "password">;

async function newApp(browser: Browser, baseURL: string | undefined, account: AccountName | Credentials | null, cspViolations: string[]) {
  const saved = typeof account === "string" ? storageState(account) : undefined;
  const context = await browser.newContext({ baseURL, storageState: saved });
  await watchCsp(context, cspViolations);
  const app = appFor(await context.newPage());
  if (account && typeof account !== "string") {
    await app.signInPage.goto();
    await app.signInPage.signIn(account.email, account.password);
    await app.page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
  }
  return { context, app };
}

export const test = base.extend<Fixtures>({
  freshOrganization: [null, { option: true }],
  qaOrg: async ({ freshOrganization, playwright, baseURL }, use) => {
    // Made only for tests that asked: storageState below depends on this fixture for every test.
    if (!freshOrganization) return use(undefined as unknown as QaOrganization);
    const request = await playwright.request.newContext({ baseURL });
    const made = await createQaOrganization(request, freshOrganization);
    await request.dispose();
    await use(made);
  },
  storageState: async ({ storageState, freshOrganization, qaOrg, browser, baseURL, cspViolations }, use) => {
    if (!freshOrganization) return use(storageState);
    const { context } = await newApp(browser, baseURL, qaOrg.owner, cspViolations);
    const state = await context.storageState();
    await context.close();
    await use(state);
  },
  cspViolations: async ({}, use) => {
    const seen: string[] = [];
    await use(seen);
    expect(seen, "Content Security Policy violations").toEqual([]);
  },
  context: async ({ context, cspViolations }, use) => {
    await watchCsp(context, cspViolations);
    await use(context);
  },
  shell: async ({ page }, use) => use(new AppShell(page)),
  signInPage: async ({ page }, use) => use(new SignInPage(page)),
  signUpPage: async ({ page }, use) => use(new SignUpPage(page)),
  ssoPage: async ({ page }, use) => use(new SsoPage(page)),
  forgotPasswordPage: async ({ page }, use) => use(new ForgotPasswordPage(page)),
  resetPasswordPage: async ({ page }, use) => use(new ResetPasswordPage(page)),
  overview: async ({ page }, use) => use(new OverviewPage(page)),
  rolesPage: async ({ page }, use) => use(new RolesPage(page)),
  roleForm: async ({ page }, use) => use(new RoleFormPage(page)),
  rolePage: async ({ page }, use) => use(new RolePage(page)),
  teamPage: async ({ page }, use) => use(new TeamPage(page)),
  memberPage: async ({ page }, use) => use(new MemberPage(page)),
  auditLog: async ({ page }, use) => use(new AuditLogPage(page)),
  apiKeysPage: async ({ page }, use) => use(new ApiKeysPage(page)),
  webhooksPage: async ({ page }, use) => use(new WebhooksPage(page)),
  accountPage: async ({ page }, use) => use(new AccountPage(page)),
  billingPage: async ({ page }, use) => use(new BillingPage(page)),
  plansPage: async ({ page }, use) => use(new PlansPage(page)),
  paymentMethodPage: async ({ page }, use) => use(new PaymentMethodPage(page)),
  numbersPage: async ({ page }, use) => use(new NumbersPage(page)),
  buyNumberPage: async ({ page }, use) => use(new BuyNumberPage(page)),
  numberPage: async ({ page }, use) => use(new NumberPage(page)),
  callerIdPage: async ({ page }, use) => use(new CallerIdPage(page)),
  messagesPage: async ({ page }, use) => use(new MessagesPage(page)),
  conversationPage: async ({ page }, use) => use(new ConversationPage(page)),
  templatesPage: async ({ page }, use) => use(new TemplatesPage(page)),
  recordingsPage: async ({ page }, use) => use(new RecordingsPage(page)),
  recordingPage: async ({ page }, use) => use(new RecordingPage(page)),
  callFlowsPage: async ({ page }, use) => use(new CallFlowsPage(page)),
  ivrMenuPage: async ({ page }, use) => use(new IvrMenuPage(page)),
  ringGroupPage: async ({ page }, use) => use(new RingGroupPage(page)),
  businessHoursPage: async ({ page }, use) => use(new BusinessHoursPage(page)),
  routingRulesPage: async ({ page }, use) => use(new RoutingRulesPage(page)),
  analyticsPage: async ({ page }, use) => use(new AnalyticsPage(page)),
  integrationsPage: async ({ page }, use) => use(new IntegrationsPage(page)),

  openAs: async ({ browser, baseURL, cspViolations }, use) => {
    const contexts: BrowserContext[] = [];
    await use(async (account) => {
      const { context, app } = await newApp(browser, baseURL, account, cspViolations);
      contexts.push(context);
      return app;
    });
    for (const context of contexts) await context.close();
  },

  cleanUpRole: async ({ browser, baseURL, cspViolations, freshOrganization }, use) => {
    const ids: string[] = [];
    await use((id) => void ids.push(id));
    // A test's own organisation is thrown away whole: its roles never reach the demo's limit.
    if (ids.length === 0 || freshOrganization) return;
    const { context, app } = await newApp(browser, baseURL, "owner", cspViolations);
    for (const id of ids) {
      const response = await app.rolePage.goto(id);
      if (response?.status() === 404) continue;
      await app.rolePage.openDeleteDialog();
      await app.rolePage.confirmDelete();
    }
    await context.close();
  },
});

export { expect };

/** For test.use(): the saved session of a demo account (e2e/auth.setup.ts). */
export const asAccount = (account: AccountName) => ({ storageState: storageState(account) });

/** For test.use(): an organisation of the test's own (qaOrg), the page signed in as its Owner. */
export const inFreshOrganization = (options: QaOrganizationOptions = {}) => ({ freshOrganization: options });

/** For test.use(): no session at all, for what a visitor who is not signed in gets. */
export const signedOut = { storageState: { cookies: [], origins: [] } };

/** Matches text that ends with `text`: a field's accessible description ends with its error. */
export const endsWith = (text: string) => new RegExp(`${text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`);
