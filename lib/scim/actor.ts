/** Who a SCIM request acts as: one organisation's token, named in the audit log by its name. */
export type ScimActor = { tokenId: string; orgId: string; name: string; baseUrl: string };

export const scimActorName = (tokenName: string) => `SCIM token “${tokenName}”`;
