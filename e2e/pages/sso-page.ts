import { expect, type Page } from "@playwright/test";

/** Settings › Single sign-on: the identity provider, the email domains and Require SSO. */
export class SsoPage {
  constructor(readonly page: Page) {}

  async goto() {
    return this.page.goto("/settings/sso");
  }

  get provider() {
    return this.page.getByRole("region", { name: "Identity provider" });
  }

  get domains() {
    return this.page.getByRole("region", { name: "Email domains" });
  }

  get requirement() {
    return this.page.getByRole("region", { name: "Require SSO" });
  }

  /** Saves the e2e provider's client at `issuer`; the app checks its discovery on save. */
  async configure(issuer: string) {
    await this.provider.getByRole("textbox", { name: "Issuer URL" }).fill(issuer);
    await this.provider.getByRole("textbox", { name: "Client ID" }).fill("switchboard-e2e");
    await this.provider.getByLabel("Client secret").fill("switchboard-e2e-secret");
    await this.provider.getByRole("button", { name: "Save identity provider" }).click();
    await expect(this.provider.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  }

  domain(name: string) {
    return this.domains.getByRole("listitem", { name });
  }

  async addDomain(name: string) {
    await this.domains.getByRole("textbox", { name: "Email domain" }).fill(name);
    await this.domains.getByRole("button", { name: "Add domain" }).click();
    return this.domain(name);
  }

  async verify(name: string) {
    await this.domain(name)
      .getByRole("button", { name: `Verify ${name}` })
      .click();
  }

  /** Publishes the domain's TXT record on the e2e DNS server (run by the identity provider at `idp`). */
  async publishRecord(name: string, idp: string) {
    const record = (await this.domain(name).locator("code").textContent())!;
    await fetch(`${idp}/__test/dns?${new URLSearchParams({ name, value: record })}`, { method: "POST" });
    return record;
  }
}
