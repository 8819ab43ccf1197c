import { insertGroup, insertScimToken } from "@/db/queries/directory";
import { hashLinkToken, newLinkToken } from "@/lib/crypto/link-token";
import type { MatrixArea } from "./types";

let serial = 0;

// A live SCIM token and a directory group in the scene's organisation. Creating a token and
// mapping groups need the Enterprise plan: the matrix lets their holders through on it.
export const directoryMatrix: MatrixArea = {
  async build(db, { org, owner }) {
    const token = await insertScimToken(db, { orgId: org.org.id, name: "Matrix token", tokenHash: hashLinkToken(newLinkToken()), createdById: owner.id });
    const group = await insertGroup(db, { orgId: org.org.id, displayName: `Matrix group ${++serial}`, externalId: null });
    return { scimToken: token.id, directoryGroup: group.id };
  },
  forms: {
    "security.createScimToken": (s) => ({ orgId: s.org.org.id, name: `Matrix ${++serial}` }),
    "security.revokeScimToken": (s) => ({ tokenId: s.ids.scimToken }),
    "roles.previewDirectoryMapping": (s) => ({ groupId: [s.ids.directoryGroup], roleId: [s.target.id], priority: ["1"], defaultRoleId: s.target.id }),
    "roles.saveDirectoryMapping": (s) => ({ groupId: [s.ids.directoryGroup], roleId: [s.target.id], priority: ["1"], defaultRoleId: s.target.id }),
  },
  enterprise: ["security.createScimToken", "roles.previewDirectoryMapping", "roles.saveDirectoryMapping"],
};
