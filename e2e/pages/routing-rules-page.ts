import type { Page } from "@playwright/test";

/** Call Flows → Routing rules: the rules in order, numbered from 1. */
export class RoutingRulesPage {
  constructor(readonly page: Page) {}

  async goto() {
    return this.page.goto("/call-flows/routing");
  }

  get rules() {
    return this.page.getByRole("group", { name: /^Rule \d+$/ });
  }

  rule(n: number) {
    return this.page.getByRole("group", { name: `Rule ${n}` });
  }

  get addRuleButton() {
    return this.page.getByRole("button", { name: "Add rule" });
  }

  removeButton(n: number) {
    return this.page.getByRole("button", { name: `Remove rule ${n}` });
  }

  get saveButton() {
    return this.page.getByRole("button", { name: "Save routing rules" });
  }
}
