import type { Page } from "@playwright/test";

/** Phone Numbers → Buy a number: search the carrier by country and area code, pick one, buy it. */
export class BuyNumberPage {
  constructor(readonly page: Page) {}

  /** `/numbers/buy`, or straight to the offers of an area: goto("US", "212"). */
  async goto(country?: string, areaCode?: string) {
    return this.page.goto(country && areaCode ? `/numbers/buy?country=${country}&areaCode=${areaCode}` : "/numbers/buy");
  }

  /** Searches by the options' visible labels ("United States", "303 · Denver, CO"). */
  async searchArea(country: string, areaCode: string) {
    await this.page.getByLabel("Country").selectOption({ label: country });
    await this.page.getByLabel("Area code").selectOption({ label: areaCode });
    await this.page.getByRole("button", { name: "Search", exact: true }).click();
  }

  /** The first number offered, as shown ("+1 (303) 555-0142"), and its radio. */
  async firstOffer() {
    const item = this.page.getByRole("group", { name: "Number" }).getByRole("listitem").first();
    const text = (await item.textContent()) ?? "";
    return { display: text.replace(/\$.*$/, "").trim(), radio: item.getByRole("radio") };
  }

  get label() {
    return this.page.getByLabel("Label (optional)");
  }

  /** The buy button names the monthly price: buyButton("$1.15"). */
  buyButton(price: string) {
    return this.page.getByRole("button", { name: `Buy for ${price}/month` });
  }
}
