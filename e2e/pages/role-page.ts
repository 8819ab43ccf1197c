import type { Page } from "@playwright/test";
import { RoleFormPage } from "./role-form-page";

/** One role's page: its form (custom roles) or read-only toggles (built-in), its members, Delete Role. */
export class RolePage extends RoleFormPage {
  constructor(page: Page) {
    super(page);
  }

  async goto(roleId: string) {
    return this.page.goto(`/settings/roles/${roleId}`);
  }

  heading(name: string) {
    return this.page.getByRole("heading", { level: 1, name, exact: true });
  }

  get deleteButton() {
    return this.page.getByRole("button", { name: "Delete Role" });
  }

  get duplicateLink() {
    return this.page.getByRole("link", { name: "Duplicate", exact: true });
  }

  get membersSection() {
    return this.page.getByRole("region", { name: "Members with this role" });
  }

  get dialog() {
    return this.page.getByRole("alertdialog");
  }

  get affectedMembers() {
    return this.dialog.getByRole("list", { name: "Affected members" });
  }

  async openDeleteDialog() {
    await this.deleteButton.click();
    await this.dialog.waitFor();
  }

  async cancelDelete() {
    await this.dialog.getByRole("button", { name: "Cancel" }).click();
  }

  async confirmDelete() {
    await this.dialog.getByRole("button", { name: "Delete Role" }).click();
    await this.page.waitForURL(/\/settings\/roles$/);
  }
}
