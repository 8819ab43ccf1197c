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
 * Fails with each violation's rule, help text and elements. Waits first for running colour fades
 * and other finite animations to end, so axe reads the colours a person sees once the screen
 * settles, not a frame in between (endless ones, a spinner, are left running).
 */
export async function expectNoViolations(page: Page) {
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== "running" || a.effect?.getComputedTiming().endTime === Infinity));
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
  const found = violations.map((v) => ({ rule: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(" ")) }));
  expect(found, `axe violations on ${page.url()}`).toEqual([]);
}
