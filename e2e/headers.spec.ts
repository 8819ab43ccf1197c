// Every response carries the security headers: pages (with a fresh script nonce), route
// handlers, errors, redirects, static assets and what the proxy skips (/api/auth, prefetches);
// HSTS only over HTTPS; and no other site can frame the app. That every page still works
// under the policy is checked in every spec by the fixture (e2e/fixtures.ts).
import http from "node:http";
import type { AddressInfo } from "node:net";
import type { APIResponse } from "@playwright/test";
import { storageState } from "./accounts";
import { asAccount, expect, test } from "./fixtures";

function expectSecurityHeaders(response: APIResponse, what: string, { nonce }: { nonce: boolean }) {
  const headers = response.headers();
  const csp = headers["content-security-policy"] ?? "";
  expect(csp, what).toContain("frame-ancestors 'none'");
  expect(csp, what).toContain("object-src 'none'");
  expect(csp, what).toMatch(nonce ? /script-src 'self' 'nonce-[A-Za-z0-9+/=]{16,}' 'strict-dynamic'(;|$)/ : /script-src 'self'(;|$)/);
  expect(csp, `${what}: no unsafe-eval in production`).not.toContain("unsafe-eval");
  expect(headers["x-frame-options"], what).toBe("DENY");
  expect(headers["x-content-type-options"], what).toBe("nosniff");
  expect(headers["referrer-policy"], what).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"], what).toContain("microphone=()");
  expect(headers["permissions-policy"], what).toContain("camera=()");
  expect(headers["strict-transport-security"], `${what}: no HSTS over plain HTTP`).toBeUndefined();
}

const nonceOf = (response: APIResponse) => /'nonce-([^']+)'/.exec(response.headers()["content-security-policy"] ?? "")?.[1];

test.describe("as the Acme owner", () => {
  test.use(asAccount("owner"));

  test("pages carry the headers and a fresh nonce that Next's scripts use", async ({ page }) => {
    const first = await page.request.get("/billing/plans");
    const second = await page.request.get("/billing/plans");
    for (const [what, response] of [
      ["Change plan", first],
      ["Change plan again", second],
    ] as const) {
      expect(response.status(), what).toBe(200);
      expectSecurityHeaders(response, what, { nonce: true });
    }
    expect(nonceOf(first)).not.toEqual(nonceOf(second));
    const html = await first.text();
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter((tag) => !tag.includes(`nonce="${nonceOf(first)}"`))).toEqual([]);
  });

  test("route handlers, errors and what the proxy skips carry them too", async ({ page }) => {
    await page.goto("/billing");
    const invoice = await page
      .getByRole("link", { name: /^Download invoice/ })
      .first()
      .getAttribute("href");
    const script = await page.locator("script[src^='/_next/static/']").first().getAttribute("src");
    const checks: [string, Promise<APIResponse>, number, boolean][] = [
      ["CSV export", page.request.get("/analytics/export"), 200, true],
      ["invoice download", page.request.get(invoice!), 200, true],
      ["404 for an unknown id", page.request.get("/settings/roles/00000000-0000-4000-8000-000000000000"), 404, true],
      ["404 for an unknown path", page.request.get("/no-such-page"), 404, true],
      ["static script", page.request.get(script!), 200, false],
      ["Auth.js session", page.request.get("/api/auth/session"), 200, false],
      ["prefetch", page.request.get("/numbers", { headers: { rsc: "1", "next-router-prefetch": "1" } }), 200, false],
    ];
    for (const [what, pending, status, nonce] of checks) {
      const response = await pending;
      expect(response.status(), what).toBe(status);
      expectSecurityHeaders(response, what, { nonce });
    }
  });

  test("HSTS is sent when the load balancer says the request came over HTTPS", async ({ page }) => {
    const https = { "x-forwarded-proto": "https" };
    for (const [what, path] of [
      ["page", "/"],
      ["Auth.js session", "/api/auth/session"],
    ]) {
      const response = await page.request.get(path, { headers: https });
      expect(response.headers()["strict-transport-security"], what).toBe("max-age=63072000; includeSubDomains");
    }
  });

  test("Change plan does not render inside a frame on a sibling origin", async ({ browser, baseURL }) => {
    // Another port on the same host: the same site, so the session cookie goes along.
    const sibling = http.createServer((_request, response) => {
      response.setHeader("content-type", "text/html");
      response.end(`<title>Sibling</title><iframe title="Framed" src="${baseURL}/billing/plans"></iframe>`);
    });
    await new Promise<void>((resolve) => sibling.listen(0, "127.0.0.1", resolve));
    // A context of its own, outside the fixture's check: the refused frame is a CSP report.
    const context = await browser.newContext({ baseURL, storageState: storageState("owner") });
    try {
      const page = await context.newPage();
      await page.goto(`http://127.0.0.1:${(sibling.address() as AddressInfo).port}/`);
      await expect(page.frameLocator("iframe[title='Framed']").getByRole("heading", { name: "Change plan" })).toHaveCount(0);
      // The same page opens at the top level.
      await page.goto("/billing/plans");
      await expect(page.getByRole("heading", { level: 1, name: "Change plan" })).toBeVisible();
    } finally {
      await context.close();
      await new Promise((resolve) => sibling.close(resolve));
    }
  });
});

test.describe("as Alex Agent", () => {
  test.use(asAccount("agent"));

  test("a 403 carries them", async ({ page }) => {
    const response = await page.request.get("/settings/roles");
    expect(response.status()).toBe(403);
    expectSecurityHeaders(response, "403", { nonce: true });
  });
});

test.describe("signed out", () => {
  test("the sign-in page and the redirect to it carry them", async ({ openAs }) => {
    const visitor = await openAs(null);
    const redirect = await visitor.page.request.get("/settings/team", { maxRedirects: 0 });
    expect(redirect.status()).toBe(307);
    expectSecurityHeaders(redirect, "redirect to sign in", { nonce: true });
    const signIn = await visitor.page.request.get("/sign-in");
    expect(signIn.status()).toBe(200);
    expectSecurityHeaders(signIn, "sign-in", { nonce: true });
  });
});
