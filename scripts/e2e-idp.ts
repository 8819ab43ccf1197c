// The identity provider and DNS server the e2e app talks to, started by playwright.config.ts
// beside it. Tests publish TXT records with POST /__test/dns?name=<domain>&value=<record>.
import { startDnsServer } from "../test/dns-server";
import { startIdp } from "../test/idp";

const app = process.env.APP_URL ?? "http://127.0.0.1:3100";
const dns = await startDnsServer(Number(process.env.E2E_DNS_PORT ?? 3128));
const idp = await startIdp({
  port: Number(process.env.E2E_IDP_PORT ?? 3127),
  clients: [{ clientId: "switchboard-e2e", clientSecret: "switchboard-e2e-secret", redirectUris: [new URL("/api/sso/callback", app).toString()] }],
  extra: (request, response) => {
    const url = new URL(request.url ?? "/", "http://idp");
    if (url.pathname === "/__test/health") return response.end("ok");
    if (url.pathname === "/__test/dns" && request.method === "POST") {
      dns.setTxt(url.searchParams.get("name") ?? "", [url.searchParams.get("value") ?? ""]);
      return response.end("ok");
    }
    response.statusCode = 404;
    response.end();
  },
});
console.log(`e2e identity provider ${idp.issuer}, DNS on 127.0.0.1:${dns.port}`);
