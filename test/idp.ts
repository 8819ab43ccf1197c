// A real OpenID Provider (panva's oidc-provider, OpenID-certified) for tests and for trying
// single sign-on locally (npm run dev:idp). Its sign-in form accepts any login (the email is
// the account) and any password; the demo directory users below carry names and a `groups`
// claim, as Okta and Entra ID send it in the id_token.
import http from "node:http";
import type { AddressInfo } from "node:net";
import Provider, { type Configuration } from "oidc-provider";

export type DirectoryUser = { email: string; name: string; groups: string[] };

export const DEMO_DIRECTORY: DirectoryUser[] = [
  { email: "ada@sso-demo.test", name: "Ada Directory", groups: ["Support Leads", "Everyone"] },
  { email: "grace@sso-demo.test", name: "Grace Directory", groups: ["Sales", "Everyone"] },
  { email: "linus@sso-demo.test", name: "Linus Directory", groups: ["Everyone"] },
];

export type IdpClient = { clientId: string; clientSecret: string; redirectUris: string[] };

export type Idp = { issuer: string; close(): Promise<void> };

/** `port` 0 picks a free one. Any login not in `users` signs in as that address with no groups. */
export async function startIdp(options: {
  port: number;
  host?: string;
  clients: IdpClient[];
  users?: DirectoryUser[];
  extra?: http.RequestListener;
}): Promise<Idp> {
  const host = options.host ?? "127.0.0.1";
  const users = new Map((options.users ?? DEMO_DIRECTORY).map((u) => [u.email, u]));
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(options.port, host, resolve));
  const issuer = `http://${host}:${(server.address() as AddressInfo).port}`;
  const configuration: Configuration = {
    clients: options.clients.map((c) => ({
      client_id: c.clientId,
      client_secret: c.clientSecret,
      redirect_uris: c.redirectUris,
      grant_types: ["authorization_code"],
      response_types: ["code"],
      token_endpoint_auth_method: "client_secret_basic",
    })),
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name", "groups"] },
    // Email, name and groups in the id_token itself, as Okta and Entra ID can be set up to send them.
    conformIdTokenClaims: false,
    features: { devInteractions: { enabled: true } },
    cookies: { keys: ["switchboard-test-idp-cookie-key"] },
    ttl: { Interaction: 600, Session: 3600, Grant: 3600, AccessToken: 600, IdToken: 600, AuthorizationCode: 60 },
    async findAccount(_ctx, id) {
      const user = users.get(id.toLowerCase()) ?? { email: id.toLowerCase(), name: id.split("@")[0], groups: [] };
      return {
        accountId: id,
        async claims() {
          return { sub: id, email: user.email, email_verified: true, name: user.name, groups: user.groups };
        },
      };
    },
    // First-party test clients: consent is granted without asking.
    async loadExistingGrant(ctx) {
      const client = ctx.oidc.client!;
      const session = ctx.oidc.session!;
      const existing = ctx.oidc.result?.consent?.grantId || session.grantIdFor(client.clientId);
      if (existing) return ctx.oidc.provider.Grant.find(existing);
      const grant = new ctx.oidc.provider.Grant({ clientId: client.clientId, accountId: session.accountId! });
      grant.addOIDCScope("openid email profile");
      await grant.save();
      return grant;
    },
  };
  const provider = new Provider(issuer, configuration);
  const handle = provider.callback();
  server.on("request", (request, response) => {
    if (options.extra && request.url?.startsWith("/__test/")) return options.extra(request, response);
    void handle(request, response);
  });
  return { issuer, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
