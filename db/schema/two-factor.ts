import { index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { idColumn, orgIdColumn, memberIdColumn, createdAtColumn } from "./columns";
import { members } from "./members";

// A member's authenticator app (TOTP). Secrets are sealed (lib/crypto/secret-box.ts), bound to
// the member: the database never holds one in clear. A set-up waits in pendingSecretSealed until
// its first code confirms it, so an abandoned set-up never switches anything on.
export const memberTwoFactor = pgTable(
  "member_two_factor",
  {
    memberId: uuid("member_id")
      .primaryKey()
      .references(() => members.id, { onDelete: "cascade" }),
    orgId: orgIdColumn(),
    // The secret sign-in checks codes against; null until a set-up is confirmed.
    secretSealed: text("secret_sealed"),
    pendingSecretSealed: text("pending_secret_sealed"),
    enabledAt: timestamp("enabled_at", { withTimezone: true }),
    // The last 30-second time step a code was accepted for: a code is refused when reused.
    lastUsedStep: integer("last_used_step"),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("member_two_factor_org_idx").on(t.orgId)],
);

export type MemberTwoFactor = typeof memberTwoFactor.$inferSelect;

// One-time recovery codes, stored as SHA-256 hashes (each code carries 50 random bits, so a
// slow hash adds nothing); a used code keeps its row with usedAt set.
export const memberRecoveryCodes = pgTable(
  "member_recovery_codes",
  {
    id: idColumn(),
    orgId: orgIdColumn(),
    memberId: memberIdColumn(),
    codeHash: text("code_hash").notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
    createdAt: createdAtColumn(),
  },
  (t) => [uniqueIndex("member_recovery_codes_member_hash_unique").on(t.memberId, t.codeHash), index("member_recovery_codes_org_idx").on(t.orgId)],
);

export type MemberRecoveryCode = typeof memberRecoveryCodes.$inferSelect;
