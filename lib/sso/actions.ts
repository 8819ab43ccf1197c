import { defineAction, type ActionDefinition } from "@/lib/action";
import { connectionInput, domainIdInput, domainInput, requireSsoInput } from "./schema";
import { addDomain, removeDomain, saveConnection, setSsoRequirement, verifyDomain } from "./service";
import { verificationRecord } from "./dns";

// Single sign-on settings: Owners only (security.manage), Enterprise plan (checked in the service).
export const saveSsoConnectionAction = defineAction({
  name: "sso.saveConnection",
  permission: "security.manage",
  schema: connectionInput,
  async run({ db, actor, input }) {
    await saveConnection(db, actor, input);
    return { ok: true, message: "Saved. The identity provider answered with its OpenID configuration." };
  },
});

export const addSsoDomainAction = defineAction({
  name: "sso.addDomain",
  permission: "security.manage",
  schema: domainInput,
  async run({ db, actor, input }) {
    const row = await addDomain(db, actor, input);
    return { ok: true, message: `${row.domain} added. Publish the TXT record ${verificationRecord(row.verificationToken)}, then choose Verify.` };
  },
});

export const verifySsoDomainAction = defineAction({
  name: "sso.verifyDomain",
  permission: "security.manage",
  schema: domainIdInput,
  async run({ db, actor, input }) {
    const result = await verifyDomain(db, actor, input);
    if (!result.verified) {
      return { ok: false, code: "invalid", formError: `No matching TXT record found on ${result.domain} yet. DNS changes can take a while; try again later.` };
    }
    return { ok: true, message: `${result.domain} is verified.` };
  },
});

export const removeSsoDomainAction = defineAction({
  name: "sso.removeDomain",
  permission: "security.manage",
  schema: domainIdInput,
  async run({ db, actor, input }) {
    const row = await removeDomain(db, actor, input);
    return { ok: true, message: `${row.domain} removed. Its people sign in with a password again.` };
  },
});

export const setSsoRequirementAction = defineAction({
  name: "sso.setRequirement",
  permission: "security.manage",
  schema: requireSsoInput,
  async run({ db, actor, input }) {
    const changed = await setSsoRequirement(db, actor, input);
    const now = input.required
      ? "Members must sign in through single sign-on. Owners keep their password and two-factor."
      : "Members may sign in with a password.";
    return { ok: true, message: changed ? `Saved. ${now}` : `No change. ${now}` };
  },
});

export const ssoActions: ActionDefinition[] = [
  saveSsoConnectionAction,
  addSsoDomainAction,
  verifySsoDomainAction,
  removeSsoDomainAction,
  setSsoRequirementAction,
] as ActionDefinition[];
