import type { Page } from "@playwright/test";

/** One conversation: its messages with their delivery status, and the reply form. */
export class ConversationPage {
  constructor(readonly page: Page) {}

  heading(contact: string) {
    return this.page.getByRole("heading", { level: 1, name: contact });
  }

  get thread() {
    return this.page.getByRole("list", { name: "Messages" });
  }

  messageWith(text: string) {
    return this.thread.getByRole("listitem").filter({ hasText: text });
  }

  get insertTemplateButton() {
    return this.page.getByRole("button", { name: "Insert template" });
  }

  get reply() {
    return this.page.getByRole("textbox", { name: "Message" });
  }

  get sendButton() {
    return this.page.getByRole("button", { name: "Send", exact: true });
  }

  async insertTemplate(name: string) {
    await this.page.getByLabel("Template").selectOption({ label: name });
    await this.insertTemplateButton.click();
  }
}
