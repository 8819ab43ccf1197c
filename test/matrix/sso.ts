import { ssoConnections, ssoDomains } from "@/db/schema";
import { seal } from "@/lib/crypto/secret-box";
import { secretContext } from "@/lib/sso/service";
import { ssoRedirectUri } from "@/lib/sso/sign-in";
import { startIdp, type Idp } from "@/test/idp";
import type { MatrixArea } from "./types";

const CLIENT = { clientId: "switchboard-matrix", clientSecret: "matrix-client-secret" };
// One real identity provider per test process: saving a connection checks its discovery.
let idp: Promise<Idp> | undefined;
let serial = 0;

// A connection and one verified domain in the scene's organisation. Saving, adding and
// verifying are Enterprise-only: the matrix runs their holders in an Enterprise scene.
export const ssoMatrix: MatrixArea = {
  async build(db, { org }) {
    const { issuer } = await (idp ??= startIdp({ port: 0, clients: [{ ...CLIENT, redirectUris: [ssoRedirectUri()] }] }));
    await db.insert(ssoConnections).values({
      orgId: org.org.id,
      issuer,
      clientId: CLIENT.clientId,
      clientSecretCiphertext: seal(CLIENT.clientSecret, secretContext(org.org.id)),
      clientSecretLast4: CLIENT.clientSecret.slice(-4),
    });
    const [domain] = await db
      .insert(ssoDomains)
      .values({ orgId: org.org.id, domain: `matrix-${process.pid}-${++serial}.test`, verificationToken: "matrix", verifiedAt: new Date() })
      .returning({ id: ssoDomains.id });
    return { "sso.issuer": issuer, "sso.domain": domain.id };
  },
  forms: {
    "sso.saveConnection": (s) => ({ orgId: s.org.org.id, issuer: s.ids["sso.issuer"], ...CLIENT }),
    "sso.addDomain": (s) => ({ orgId: s.org.org.id, domain: `added-${process.pid}-${++serial}.test` }),
    "sso.verifyDomain": (s) => ({ orgId: s.org.org.id, domainId: s.ids["sso.domain"] }),
    "sso.removeDomain": (s) => ({ orgId: s.org.org.id, domainId: s.ids["sso.domain"] }),
    // Requiring it is Enterprise-only and needs a verified domain: turning it off goes through for anyone holding the permission.
    "sso.setRequirement": (s) => ({ orgId: s.org.org.id }),
  },
  enterprise: ["sso.saveConnection", "sso.addDomain", "sso.verifyDomain"],
};
