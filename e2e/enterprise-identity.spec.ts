// The "Done when", end to end against the real identity provider (scripts/e2e-idp.ts):
// an Owner configures single sign-on in the UI, creates a SCIM token (shown once), maps two
// directory groups to roles; the test then provisions three people over SCIM with that token,
// as Okta and Entra ID send it (Users, then group members by PATCH); the three sign in through
// the provider and land with their mapped roles. One is moved between groups by SCIM and their
// access changes at their next request; one is deactivated and their open session ends at once.
// Its own organisation and domain (a fresh sign-up per run), so it never meets e2e/sso.spec.ts.
import type { Page } from "@playwright/test";
import { expect, signedOut, test, type App } from "./fixtures";

const PASSWORD = "an enterprise owner's own password";
const PATCH_OP = "urn:ietf:params:scim:api:messages:2.0:PatchOp";
const idpUrl = () => process.env.E2E_IDP_URL!;

type ScimUser = { id: string; userName: string; active: boolean };

test.use(signedOut);

test("an Owner sets up SSO and SCIM; directory groups decide roles; moves and deactivations apply at the next request", async ({
  page,
  openAs,
  baseURL,
  signUpPage,
  signInPage,
  plansPage,
  ssoPage,
}) => {
  const id = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const domain = `idp-${id}.test`;
  const ownerEmail = `owner@${domain}`;
  const people = { lead: `lena.lead@${domain}`, seller: `sam.seller@${domain}`, leaver: `lou.leaver@${domain}` };

  // A new organisation, upgraded to Enterprise.
  await signUpPage.goto();
  await signUpPage.signUp({ organisation: `Directory Co ${id}`, name: "Edith Owner", email: ownerEmail, password: PASSWORD });
  await signInPage.goto();
  await signInPage.signIn(ownerEmail, PASSWORD);
  await page.waitForURL((url) => url.pathname === "/");
  await plansPage.goto();
  await plansPage.change("Upgrade to Enterprise");
  await expect(page.getByRole("status").filter({ hasText: "Your organisation is now on Enterprise" }).first()).toBeVisible();

  // Single sign-on against the local provider, and the domain proved by its TXT record.
  await ssoPage.goto();
  await ssoPage.configure(idpUrl());
  const row = await ssoPage.addDomain(domain);
  await ssoPage.publishRecord(domain, idpUrl());
  await ssoPage.verify(domain);
  await expect(row).toContainText("Verified");

  // A SCIM token, shown once.
  await page.goto("/settings/directory-sync");
  await page.getByRole("textbox", { name: "Token name" }).fill("Okta");
  await page.getByRole("button", { name: "Create token" }).click();
  const token = (await page.getByTestId("scim-token").textContent())!;
  expect(token.length).toBeGreaterThan(20);
  await page.reload();
  await expect(page.getByTestId("scim-token")).toHaveCount(0);
  await expect(page.getByRole("row", { name: /Okta/ })).toContainText("Never");

  const scim = async <T>(method: string, path: string, body?: unknown, status = method === "POST" ? 201 : 200): Promise<T> => {
    const response = await fetch(`${baseURL}/scim/v2${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, "content-type": "application/scim+json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    expect(response.status, `${method} ${path}: ${text}`).toBe(status);
    return (text ? JSON.parse(text) : null) as T;
  };

  // Group push: the directory creates its groups first (Okta sends them empty), then the Owner maps them.
  const group = (displayName: string) =>
    scim<{ id: string }>("POST", "/Groups", { schemas: ["urn:ietf:params:scim:schemas:core:2.0:Group"], displayName, members: [] });
  const leads = await group("Support Leads");
  const sales = await group("Sales Floor");
  const reviewer = `QA Reviewers ${id}`;
  await page.goto("/settings/roles/new?template=qa-supervisor");
  await page.getByRole("textbox", { name: "Name" }).fill(reviewer);
  await page.getByRole("button", { name: "Save Role" }).click();
  await page.waitForURL(/\/settings\/roles\/[0-9a-f-]{36}$/);
  await page.goto("/settings/directory-groups");
  await page.getByRole("combobox", { name: "Role for Support Leads" }).selectOption({ label: "Admin" });
  await page.getByRole("combobox", { name: "Role for Sales Floor" }).selectOption({ label: reviewer });
  await page.getByRole("button", { name: "Save mapping" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Mapping saved." })).toBeVisible();

  // Three people provisioned: one the Okta way, two the Entra ID way; then group members by PATCH.
  const okta = (email: string, given: string, family: string) => ({
    schemas: ["urn:ietf:params:scim:schemas:core:2.0:User"],
    userName: email,
    name: { givenName: given, familyName: family },
    emails: [{ primary: true, value: email, type: "work" }],
    displayName: `${given} ${family}`,
    externalId: `00u${given.toLowerCase()}${id}`,
    active: true,
  });
  const entra = (email: string, given: string, family: string) => ({
    schemas: ["urn:ietf:params:scim:schemas:core:2.0:User", "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"],
    externalId: given.toLowerCase(),
    userName: email,
    active: true,
    emails: [{ primary: true, type: "work", value: email }],
    name: { formatted: `${given} ${family}`, familyName: family, givenName: given },
  });
  const lead = await scim<ScimUser>("POST", "/Users", okta(people.lead, "Lena", "Lead"));
  const seller = await scim<ScimUser>("POST", "/Users", entra(people.seller, "Sam", "Seller"));
  const leaver = await scim<ScimUser>("POST", "/Users", entra(people.leaver, "Lou", "Leaver"));
  await scim("PATCH", `/Groups/${leads.id}`, {
    schemas: [PATCH_OP],
    Operations: [{ op: "add", path: "members", value: [{ value: lead.id, display: lead.userName }] }],
  });
  await scim("PATCH", `/Groups/${sales.id}`, {
    schemas: [PATCH_OP],
    Operations: [{ op: "Add", path: "members", value: [{ value: seller.id }, { value: leaver.id }] }],
  });

  // Each signs in through the provider and lands with the mapped role.
  const signInWithSso = async (email: string): Promise<App> => {
    const person = await openAs(null);
    await person.page.goto("/sign-in");
    await person.page.getByRole("textbox", { name: "Email" }).fill(email);
    await person.page.getByRole("button", { name: "Continue with single sign-on" }).click();
    await person.page.waitForURL((url) => url.origin === idpUrl());
    await person.page.locator('input[name="password"]').fill("any password");
    await person.page.getByRole("button", { name: "Sign-in" }).click();
    await person.page.waitForURL((url) => url.pathname === "/");
    return person;
  };
  const [asLead, asSeller, asLeaver] = await Promise.all([signInWithSso(people.lead), signInWithSso(people.seller), signInWithSso(people.leaver)]);
  await expect(asSeller.shell.heading).toHaveText("Welcome, Sam Seller");
  await page.goto("/settings/team");
  const roleOf = (email: string) => page.getByRole("row", { name: new RegExp(email) });
  await expect(roleOf(people.lead)).toContainText("Admin");
  await expect(roleOf(people.seller)).toContainText(reviewer);
  await expect(roleOf(people.leaver)).toContainText(reviewer);
  const status = async (person: App, path: string) => (await person.page.goto(path))?.status();
  expect(await status(asLead, "/settings/roles")).toBe(200);
  expect(await status(asSeller, "/settings/roles")).toBe(403);

  // Moved between groups by SCIM (Entra ID removes by value, Okta adds): access changes at the next request.
  await scim("PATCH", `/Groups/${sales.id}`, { schemas: [PATCH_OP], Operations: [{ op: "Remove", path: "members", value: [{ value: seller.id }] }] });
  await scim("PATCH", `/Groups/${leads.id}`, { schemas: [PATCH_OP], Operations: [{ op: "add", path: "members", value: [{ value: seller.id }] }] });
  expect(await status(asSeller, "/settings/roles")).toBe(200);
  await page.goto(`/settings/team/${seller.id}`);
  await expect(page.getByText("Role managed by your directory group Support Leads")).toBeVisible();

  // Deactivated by SCIM (Okta's value object): their open session ends at once.
  const off = await scim<ScimUser>("PATCH", `/Users/${leaver.id}`, { schemas: [PATCH_OP], Operations: [{ op: "replace", value: { active: false } }] });
  expect(off.active).toBe(false);
  await asLeaver.page.reload();
  await expectSignedOut(asLeaver.page);
  expect(await status(asLead, "/")).toBe(200);
});

async function expectSignedOut(page: Page) {
  await expect(page).toHaveURL(/\/sign-in/);
  await expect(page.getByRole("textbox", { name: "Email" })).toBeVisible();
}
