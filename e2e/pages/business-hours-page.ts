import type { Page } from "@playwright/test";

/** Call Flows → Business hours: a group per weekday, and holidays numbered from 1. */
export class BusinessHoursPage {
  constructor(readonly page: Page) {}

  async goto() {
    return this.page.goto("/call-flows/hours");
  }

  day(name: string) {
    return this.page.getByRole("group", { name });
  }

  get holidays() {
    return this.page.getByRole("group", { name: /^Holiday \d+$/ });
  }

  /** Adds an empty holiday row and fills it. */
  async addHoliday(date: string, name: string) {
    await this.page.getByRole("button", { name: "Add holiday" }).click();
    const holiday = this.holidays.last();
    await holiday.getByLabel("Date").fill(date);
    await holiday.getByLabel("Holiday name").fill(name);
  }

  /** The names of the holidays, in the order shown. */
  async holidayNames() {
    return this.holidays.getByLabel("Holiday name").evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
  }

  removeHolidayButton(n: number) {
    return this.page.getByRole("button", { name: `Remove holiday ${n}` });
  }

  get saveButton() {
    return this.page.getByRole("button", { name: "Save business hours" });
  }
}
