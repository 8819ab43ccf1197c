// Layout checks that measure boxes (never screenshots): no sideways page scroll, and a control
// fully inside the viewport's width.
import { expect, type Locator, type Page } from "@playwright/test";

export async function expectNoSideScroll(page: Page) {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
  expect(scrollWidth, `page width on ${page.url()}`).toBeLessThanOrEqual(innerWidth);
}

export async function expectWithinWidth(locator: Locator) {
  await expect(locator).toBeVisible();
  const box = (await locator.boundingBox())!;
  const width = locator.page().viewportSize()!.width;
  expect(box.x, `${locator.toString()}: left edge`).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width, `${locator.toString()}: right edge`).toBeLessThanOrEqual(width);
}
