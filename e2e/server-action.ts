// Replays a server action's request from another session, to test refusals below the UI.
import type { Page } from "@playwright/test";

export type CapturedAction = {
  /** Posts the captured request from `as`'s session, with any extra headers; resolves to the response body. */
  replay(as: Page, extraHeaders?: Record<string, string>): Promise<string>;
};

/** Lets `submit` send the action from `page`, stops the request before the server sees it, and keeps it. */
export async function captureAction(page: Page, submit: () => Promise<void>): Promise<CapturedAction> {
  const url = page.url();
  const captured = new Promise<{ headers: Record<string, string>; body: Buffer }>((resolve) => {
    void page.route(url, async (route) => {
      const request = route.request();
      if (request.method() !== "POST" || !request.headers()["next-action"]) return route.continue();
      resolve({ headers: await request.allHeaders(), body: request.postDataBuffer() ?? Buffer.alloc(0) });
      await route.abort();
    });
  });
  await submit();
  const { headers, body } = await captured;
  await page.unrouteAll({ behavior: "ignoreErrors" });
  return {
    async replay(as, extraHeaders = {}) {
      const response = await as.request.post(url, {
        headers: { "next-action": headers["next-action"], "content-type": headers["content-type"], accept: "text/x-component", ...extraHeaders },
        data: body,
      });
      return response.text();
    },
  };
}
