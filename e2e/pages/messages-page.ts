import { expect, type Page } from "@playwright/test";

/** SMS & Messaging: the conversations, and the form that texts a new contact. */
export class MessagesPage {
  constructor(readonly page: Page) {}

  /** `/messages`; compose: with the new-message form open. */
  async goto({ compose = false } = {}) {
    return this.page.goto(compose ? "/messages?compose=1" : "/messages");
  }

  get conversations() {
    return this.page.getByRole("list", { name: "Conversations" });
  }

  get newMessageLink() {
    return this.page.getByRole("link", { name: "New message" });
  }

  get sendMessageButton() {
    return this.page.getByRole("button", { name: "Send message" });
  }

  /** Finds the contact's conversation by search and opens it. */
  async openConversation(contact: string) {
    await this.goto();
    await this.page.getByRole("searchbox", { name: "Search" }).fill(contact);
    await this.page.getByRole("button", { name: "Search", exact: true }).click();
    await this.conversations.getByRole("link", { name: contact }).first().click();
    await expect(this.page.getByRole("heading", { level: 1, name: contact })).toBeVisible();
  }

  /** Texts a new contact through New message; ends on the new conversation's page. */
  async textNewContact(to: string, name: string, body: string) {
    await this.goto();
    await this.newMessageLink.click();
    // Typing before the page is interactive can be lost: the button is enabled once it is.
    await expect(this.sendMessageButton).toBeEnabled();
    await this.page.getByLabel("To", { exact: true }).fill(to);
    await this.page.getByLabel("Contact name (optional)").fill(name);
    await this.page.getByLabel("Message", { exact: true }).fill(body);
    await this.sendMessageButton.click();
    await expect(this.page).toHaveURL(/\/messages\/[0-9a-f-]{36}$/);
  }
}
