// Cross-tenant through the running app: every page and handler path holding an id of Bolt
// Startup (collected from Bolt's own lists), opened by Acme's Owner, is a 404 whose HTML and
// RSC payload name nobody and nothing of Bolt's. Bolt's ids in search params find nothing either.
import type { Page } from "@playwright/test";
import { asAccount, expect, test } from "./fixtures";

const BOLT_NAMES = ["Blake Owner", "Bea Agent", "Bolt Startup"];
const LISTS = ["/settings/team", "/settings/roles", "/numbers", "/recordings", "/messages", "/billing", "/call-flows"];
const ID_PATH = /^\/(settings\/team|settings\/roles|numbers|recordings|messages|billing\/invoices|call-flows\/ivr|call-flows\/ring-groups)\/[0-9a-f-]{36}$/;

async function idPaths(page: Page): Promise<string[]> {
  const found = new Set<string>();
  for (const list of LISTS) {
    await page.goto(list);
    const hrefs = await page.getByRole("link").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
    for (const href of hrefs) {
      const path = href.split(/[?#]/)[0];
      if (ID_PATH.test(path)) found.add(path);
    }
  }
  // The recordings' audio and download handlers take the same id.
  for (const path of [...found]) if (path.startsWith("/recordings/")) found.add(`${path}/audio`).add(`${path}/download`);
  return [...found].sort();
}

const AS_HTML_AND_RSC: Record<string, string>[] = [{}, { RSC: "1" }];

/** GET as `page`; an RSC request is redirected once by Next to add its `_rsc` cache key, never elsewhere. */
async function get(page: Page, url: string, headers: Record<string, string>) {
  const response = await page.request.get(url, { headers, maxRedirects: headers.RSC ? 1 : 0 });
  const landed = new URL(response.url());
  expect(landed.pathname, `${url} ${JSON.stringify(headers)} was redirected`).toBe(url.split("?")[0]);
  return { status: response.status(), body: await response.text() };
}

const uuidOf = (path: string) => path.match(/[0-9a-f-]{36}/)![0];

test.describe("Acme's Owner", () => {
  test.use(asAccount("owner"));

  test("gets 404 and none of Bolt's names for every Bolt id in a path, in HTML and RSC", async ({ page, openAs }) => {
    const bolt = await openAs("boltOwner");
    const paths = await idPaths(bolt.page);
    const kinds = new Set(paths.map((p) => p.replace(/\/[0-9a-f-]{36}/, "/[id]")));
    console.log(`cross-tenant e2e: ${paths.length} Bolt paths of ${kinds.size} kinds: ${[...kinds].join(", ")}`);
    expect(kinds.size).toBeGreaterThanOrEqual(5);

    for (const path of paths) {
      // The control: Bolt's Owner opens it.
      const control = await bolt.page.request.get(path, { maxRedirects: 0 });
      expect(control.status(), `Bolt opening ${path}`).toBe(200);
      // ...and a member's page does name Bolt's people, so the absence below means something.
      if (path.startsWith("/settings/team/")) expect(await control.text()).toMatch(/Blake Owner|Bea Agent/);
      for (const headers of AS_HTML_AND_RSC) {
        const { status, body } = await get(page, path, headers);
        // Next answers a page's RSC request with 200 and the not-found marker in the payload.
        const notFound = status === 404 || (!!headers.RSC && status === 200 && body.includes("NEXT_HTTP_ERROR_FALLBACK;404"));
        expect(notFound, `${path} ${JSON.stringify(headers)}: ${status}`).toBe(true);
        for (const name of BOLT_NAMES) expect(body, `${path} shows ${name}`).not.toContain(name);
      }
    }
  });

  test("finds nothing of Bolt's when a search param names Bolt's role or member", async ({ page, openAs }) => {
    const bolt = await openAs("boltOwner");
    const paths = await idPaths(bolt.page);
    const boltRole = uuidOf(paths.find((p) => p.startsWith("/settings/roles/"))!);
    const boltMember = uuidOf(paths.find((p) => p.startsWith("/settings/team/"))!);
    for (const url of [`/settings/team?role=${boltRole}`, `/recordings?member=${boltMember}`, `/settings/team?q=Blake&role=${boltRole}`]) {
      for (const headers of AS_HTML_AND_RSC) {
        const { status, body } = await get(page, url, headers);
        expect(status, `${url} ${JSON.stringify(headers)}`).toBe(200);
        for (const name of BOLT_NAMES) expect(body, `${url} shows ${name}`).not.toContain(name);
      }
    }
  });
});

test.describe("Acme's Owner naming Bolt's roles in search params", () => {
  test.use(asAccount("owner"));

  test("Duplicate from, Compare and its CSV export answer 404 and show nothing of Bolt's", async ({ page, openAs }) => {
    const bolt = await openAs("boltOwner");
    const boltRole = uuidOf((await idPaths(bolt.page)).find((p) => p.startsWith("/settings/roles/"))!);
    await page.goto("/settings/roles");
    const acmeRole = uuidOf(
      (await page.getByRole("link").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""))).find((h) =>
        /^\/settings\/roles\/[0-9a-f-]{36}$/.test(h),
      )!,
    );
    const urls = [
      `/settings/roles/new?from=${boltRole}`,
      `/settings/roles/compare?roles=${acmeRole},${boltRole}`,
      `/settings/roles/compare?roles=${acmeRole}&origin=${boltRole}`,
      `/settings/roles/compare/export?roles=${acmeRole},${boltRole}`,
    ];
    // The control: the same addresses with Acme's own role work.
    expect((await page.request.get(`/settings/roles/new?from=${acmeRole}`)).status()).toBe(200);
    for (const url of urls) {
      for (const headers of url.includes("/export") ? [{}] : AS_HTML_AND_RSC) {
        const { status, body } = await get(page, url, headers);
        const notFound = status === 404 || (!!headers.RSC && status === 200 && body.includes("NEXT_HTTP_ERROR_FALLBACK;404"));
        expect(notFound, `${url} ${JSON.stringify(headers)}: ${status}`).toBe(true);
        for (const name of BOLT_NAMES) expect(body, `${url} shows ${name}`).not.toContain(name);
      }
    }
  });
});
