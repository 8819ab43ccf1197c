// Line 8: a directory's full sync. 10,000 users POSTed one after another through the SCIM
// endpoint handler (bearer token, plan, the token's rate limit, parsing, the member's join with
// its history and audit, the directory role, the SCIM resource answered), against the same
// members joined through the access-change service directly (lib/roles/access-change.ts, the
// one path SCIM's create takes too). Two Enterprise organisations, filled in alternating blocks.
import { and, count, eq } from "drizzle-orm";
import { openPostgres } from "@/db/client";
import { findBuiltInRole } from "@/db/queries/roles";
import { members } from "@/db/schema";
import { SCIM_HANDLERS } from "@/lib/actions/registry";
import { hashPassword } from "@/lib/auth/password";
import { loadAccess } from "@/lib/authz/check";
import { changeAccess } from "@/lib/roles/access-change";
import { executeScimHandler } from "@/lib/scim/handler";
import { createScimToken } from "@/lib/scim/tokens";
import { enterpriseOrg } from "./seed";

const createUser = SCIM_HANDLERS.find((h) => h.route === "/scim/v2/Users" && h.method === "POST")!;

/** What Okta sends to create a user. */
const oktaUser = (email: string, n: number) => ({
  schemas: ["urn:ietf:params:scim:schemas:core:2.0:User"],
  userName: email,
  name: { givenName: "Dir", familyName: `User ${n}` },
  emails: [{ primary: true, value: email, type: "work" }],
  displayName: `Dir User ${n}`,
  externalId: `00u${n}`,
  active: true,
});

export async function scimProvisioning(url: string, users: number, blocks: number) {
  const database = openPostgres(url, { max: 2 });
  const db = database.db;
  try {
    const hash = await hashPassword("bench-password-never-used");
    const run = Date.now().toString(36);
    const viaScim = await enterpriseOrg(db, `Scim${run}`, hash);
    const direct = await enterpriseOrg(db, `Direct${run}`, hash);
    const { token } = await createScimToken(db, (await loadAccess(db, viaScim.ownerId))!, { name: "Bench directory" });
    const agentRoleId = (await findBuiltInRole(db, direct.id, "agent")).id;
    const passwordHash = "!directory-provisioned";

    let scimMs = 0;
    let directMs = 0;
    let refusedForRate = 0;
    let waitedMs = 0;
    const errors: string[] = [];
    const started = Date.now();
    const scimOne = async (n: number) => {
      const email = `scim-${n}@scim-${run}.bench.test`;
      for (;;) {
        const request = new Request("https://bench.test/scim/v2/Users", {
          method: "POST",
          headers: { authorization: `Bearer ${token}`, "content-type": "application/scim+json" },
          body: JSON.stringify(oktaUser(email, n)),
        });
        const start = process.hrtime.bigint();
        const response = await executeScimHandler(createUser, request, {}, db);
        await response.text();
        scimMs += Number(process.hrtime.bigint() - start) / 1e6;
        if (response.status === 201) return;
        // As Okta and Entra ID do: a 429 waits for Retry-After, then the same request again.
        if (response.status === 429) {
          refusedForRate++;
          const wait = Number(response.headers.get("retry-after") ?? 60) * 1000;
          waitedMs += wait;
          await new Promise((resolve) => setTimeout(resolve, wait));
          continue;
        }
        errors.push(`${email}: HTTP ${response.status}`);
        return;
      }
    };
    const directOne = async (n: number) => {
      const email = `direct-${n}@direct-${run}.bench.test`;
      const start = process.hrtime.bigint();
      await db.transaction(async (tx) => {
        await changeAccess(
          tx,
          { orgId: direct.id, memberId: null, name: "Bench service" },
          { kind: "join", member: { name: `Dir User ${n}`, email, externalId: `00u${n}`, managedBy: "scim", passwordHash, roleId: agentRoleId } },
          ({ member }) => [
            {
              orgId: direct.id,
              actorId: null,
              actorName: "Bench service",
              action: "member.provisioned",
              targetId: member!.id,
              targetName: member!.name,
              details: { lines: [`Email: ${email}`] },
            },
          ],
        );
      });
      directMs += Number(process.hrtime.bigint() - start) / 1e6;
    };
    // Alternating blocks, so a busy moment of the machine falls on both sides alike.
    const perBlock = Math.ceil(users / blocks);
    for (let block = 0; block < blocks; block++) {
      const from = block * perBlock;
      const to = Math.min(users, from + perBlock);
      const sides = block % 2 === 0 ? [scimOne, directOne] : [directOne, scimOne];
      for (const side of sides) for (let n = from; n < to; n++) await side(n);
    }
    const counted = async (orgId: string) =>
      (
        await db
          .select({ n: count() })
          .from(members)
          .where(and(eq(members.orgId, orgId), eq(members.managedBy, "scim")))
      )[0].n;
    const [scimMembers, directMembers] = [await counted(viaScim.id), await counted(direct.id)];
    return {
      users,
      scimMs,
      directMs,
      scimMembers,
      directMembers,
      errors,
      refusedForRate,
      waitedMs,
      wallSeconds: (Date.now() - started) / 1000,
    };
  } finally {
    await database.close();
  }
}
