import type { Page } from "@playwright/test";

/** Integrations: one card per CRM or helpdesk, with Connect (an API key) or Disconnect. */
export class IntegrationsPage {
  constructor(readonly page: Page) {}

  async goto() {
    return this.page.goto("/integrations");
  }

  get heading() {
    return this.page.getByRole("heading", { level: 1, name: "Integrations" });
  }

  card(name: string) {
    return this.page.getByRole("region", { name, exact: true });
  }

  keyField(name: string) {
    return this.card(name).getByLabel(`${name} API key`);
  }

  connectButton(name: string) {
    return this.card(name).getByRole("button", { name: `Connect ${name}` });
  }

  disconnectButton(name: string) {
    return this.card(name).getByRole("button", { name: `Disconnect ${name}` });
  }

  connected(name: string) {
    return this.card(name).getByText("Connected", { exact: true });
  }

  notConnected(name: string) {
    return this.card(name).getByText("Not connected");
  }

  disconnectDialog(name: string) {
    return this.page.getByRole("alertdialog", { name: `Disconnect ${name}?` });
  }

  async connect(name: string, key: string) {
    await this.keyField(name).fill(key);
    await this.connectButton(name).click();
  }
}
