// The accessibility check every spec runs on its screens: axe against WCAG 2.1 A and AA, zero violations.
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/** The two widths every screen is checked at: a laptop, and a phone. */
export const VIEWPORTS = {
  desktop: { width: 1280, height: 720 },
  phone: { width: 390, height: 844 },
} as const;

const WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/**
 * Fails with each violation's rule, help text and elements. `afterAnimations`: wait for running
 * animations to end first, for screens whose form buttons fade to their colours once the page is
 * interactive (the callers wait for an enabled button, this for the fade), so axe reads final colours.
 */
export async function expectNoViolations(page: Page, { afterAnimations = false } = {}) {
  if (afterAnimations) await page.waitForFunction(() => document.getAnimations().length === 0);
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
  const found = violations.map((v) => ({ rule: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(" ")) }));
  expect(found, `axe violations on ${page.url()}`).toEqual([]);
}
