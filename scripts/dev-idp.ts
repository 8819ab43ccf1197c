// npm run dev:idp: a local OpenID Provider with demo directory users, to try single sign-on on
// the quick start (README, "SSO and SCIM"). Any password works at its sign-in form.
import { DEMO_DIRECTORY, startIdp } from "../test/idp";

const port = Number(process.env.IDP_PORT ?? 3900);
const app = process.env.APP_URL ?? "http://localhost:3000";
const client = { clientId: "switchboard-dev", clientSecret: "switchboard-dev-secret" };

const idp = await startIdp({ port, clients: [{ ...client, redirectUris: [new URL("/api/sso/callback", app).toString()] }] });
console.log(`Local identity provider: ${idp.issuer}`);
console.log(`  Issuer URL     ${idp.issuer}`);
console.log(`  Client ID      ${client.clientId}`);
console.log(`  Client secret  ${client.clientSecret}`);
console.log(`  Redirect URI   ${new URL("/api/sso/callback", app)}`);
console.log("  Directory users (any password):");
for (const user of DEMO_DIRECTORY) console.log(`    ${user.email.padEnd(24)} groups: ${user.groups.join(", ")}`);
