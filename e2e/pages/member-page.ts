import type { Page } from "@playwright/test";
import { captureAction } from "../server-action";

/** One member's page: profile, and the Role select with Save Changes. */
export class MemberPage {
  constructor(readonly page: Page) {}

  async goto(memberId: string) {
    return this.page.goto(`/settings/team/${memberId}`);
  }

  heading(name: string) {
    return this.page.getByRole("heading", { level: 1, name, exact: true });
  }

  get profile() {
    return this.page.getByRole("region", { name: "Profile" });
  }

  get roleSection() {
    return this.page.getByRole("region", { name: "Role and access" });
  }

  get roleSelect() {
    return this.page.getByRole("combobox", { name: "Role", exact: true });
  }

  /**
   * The Role select's option groups, label → option names. Playwright's role engine gives
   * <optgroup> no role, so this is the one place that reads elements rather than roles.
   */
  async roleGroups(): Promise<Record<string, string[]>> {
    return this.roleSelect.evaluate((select) =>
      Object.fromEntries([...select.querySelectorAll("optgroup")].map((group) => [group.label, [...group.querySelectorAll("option")].map((o) => o.text)])),
    );
  }

  /** The role the select shows as chosen. */
  selectedRole(name: string) {
    return this.roleSelect.getByRole("option", { name, exact: true, selected: true });
  }

  get saveButton() {
    return this.page.getByRole("button", { name: "Save Changes" });
  }

  /** The confirmation Save Changes opens: what the member gains and loses with the chosen role. */
  get confirmation() {
    return this.page.getByRole("alertdialog");
  }

  get impact() {
    return this.confirmation.getByRole("list", { name: "Affected members" });
  }

  async confirm() {
    await this.confirmation.getByRole("button", { name: "Save Changes" }).click();
  }

  status(text: string | RegExp) {
    return this.roleSection.getByRole("status").filter({ hasText: text });
  }

  /** The Save Changes request that would give the member this role, stopped before the server sees it. */
  captureRoleChange(roleName: string) {
    return captureAction(this.page, async () => {
      await this.roleSelect.selectOption({ label: roleName });
      await this.saveButton.click();
      await this.confirm();
    });
  }

  async assign(roleName: string, memberName: string) {
    await this.roleSelect.selectOption({ label: roleName });
    await this.saveButton.click();
    await this.confirm();
    await this.status(`Saved. ${memberName} now has the ${roleName} role.`).waitFor();
  }
}
