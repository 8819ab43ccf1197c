// A refusal is answered inside the server that received it. The proxy once rewrote every
// denial to /access-denied, which Next forwarded over HTTP to "localhost": an extra hop that
// dropped under load (HTTP 500, "Failed to proxy ... socket hang up" in the soak) and that
// fails outright on a server listening on an address "localhost" does not reach.
import fs from "node:fs";
import net from "node:net";
import { storageState } from "./accounts";
import { MULTI_SERVER_REASON, startExtraServer } from "./extra-server";
import { expect, test } from "./fixtures";

const databaseUrl = process.env.DATABASE_URL ?? "";

/** A port nothing listens on at 127.0.0.1 ("localhost" here) when the test starts. */
function portFreeOnLocalhost(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer().once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

const cookieOf = (account: "agent") =>
  (JSON.parse(fs.readFileSync(storageState(account), "utf8")) as { cookies: { name: string; value: string }[] }).cookies
    .map((c) => `${c.name}=${c.value}`)
    .join("; ");

test.describe("denials on a server listening on another loopback address", () => {
  test.skip(!databaseUrl || Boolean(process.env.BASE_URL), MULTI_SERVER_REASON);

  test("answer 403 naming the missing permission, pages and handlers alike", async ({ playwright }) => {
    test.setTimeout(180_000);
    const server = await startExtraServer(await portFreeOnLocalhost(), databaseUrl, "127.0.0.2");
    const request = await playwright.request.newContext({ baseURL: server.url, extraHTTPHeaders: { cookie: cookieOf("agent") } });
    try {
      const denied = [
        { path: "/settings/roles", names: "It needs the “Assign roles” permission" },
        { path: "/billing", names: "It needs the “View invoices” permission" },
        { path: "/integrations", names: "It needs the “View integrations” permission" },
        { path: "/analytics/export", names: "You need the “Export reports” permission" },
      ];
      for (const { path, names } of denied) {
        const response = await request.get(path, { maxRedirects: 0 });
        expect(response.status(), path).toBe(403);
        expect(await response.text(), path).toContain(names);
      }
      expect((await request.get("/", { maxRedirects: 0 })).status()).toBe(200);
    } finally {
      await request.dispose();
      await server.stop();
    }
  });
});
