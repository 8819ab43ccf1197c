// Invitations a team in use has open: a few pending, one that lapsed unanswered, one that was
// withdrawn, each with its audit entries. Their links were shown once when "sent" and are
// unknown: only a hash of a random token is stored, as for real ones.
import { eq } from "drizzle-orm";
import { auditEvents, invitations, roles, type NewAuditEvent } from "../schema";
import { hashInvitationToken, invitationExpiry, newInvitationToken } from "@/lib/members/invitation-token";
import { formatDate } from "@/lib/format";
import type { SeedContext } from "./context";

const DAY = 86_400_000;

type Planned = { email: string; role: string; daysAgo: number; by: "owner" | "admin"; revoked?: true };

const ACME: Planned[] = [
  { email: "nora.quinn@acme.test", role: "Agent", daysAgo: 0.2, by: "admin" },
  { email: "omar.haddad@acme.test", role: "Agent", daysAgo: 1.5, by: "admin" },
  { email: "lena.vogel@acme.test", role: "Admin", daysAgo: 3, by: "owner" },
  { email: "ravi.shah@acme.test", role: "QA Lead", daysAgo: 4.5, by: "owner" },
  // Never answered: the link lapsed.
  { email: "tom.becker@acme.test", role: "Agent", daysAgo: 12, by: "admin" },
  // Sent to a personal address by mistake and withdrawn.
  { email: "priya.raman.home@example.test", role: "Agent", daysAgo: 40, by: "admin", revoked: true },
];

const BOLT: Planned[] = [{ email: "sam.rivera@bolt.test", role: "Agent", daysAgo: 2, by: "owner" }];

export async function seedInvitations(ctx: SeedContext): Promise<void> {
  const planned = ctx.org.plan === "starter" ? BOLT : ACME;
  const roleRows = await ctx.db.select({ id: roles.id, name: roles.name }).from(roles).where(eq(roles.orgId, ctx.org.id));
  const roleId = new Map(roleRows.map((r) => [r.name, r.id]));
  const owner = ctx.members.find((m) => m.roleKind === "owner" && m.status === "active");
  const admin = ctx.members.find((m) => m.roleKind === "admin" && m.status === "active") ?? owner;
  const at = (daysAgo: number) => new Date(ctx.now.getTime() - daysAgo * DAY - Math.floor(ctx.random() * 3_600_000));

  const rows: (typeof invitations.$inferInsert)[] = [];
  const events: NewAuditEvent[] = [];
  for (const item of planned) {
    const id = roleId.get(item.role);
    if (!id) continue;
    const by = item.by === "owner" ? owner : admin;
    const createdAt = at(item.daysAgo);
    const expiresAt = invitationExpiry(createdAt);
    const revokedAt = item.revoked ? new Date(createdAt.getTime() + 2 * 3_600_000) : null;
    rows.push({
      orgId: ctx.org.id,
      email: item.email,
      roleId: id,
      tokenHash: hashInvitationToken(newInvitationToken()),
      invitedById: by?.id ?? null,
      expiresAt,
      revokedAt,
      createdAt,
    });
    const actor = { orgId: ctx.org.id, actorId: by?.id ?? null, actorName: by?.name ?? "Switchboard", targetName: item.email };
    events.push({ ...actor, action: "member.invited", details: { lines: [`Role: ${item.role}`, `Link expires ${formatDate(expiresAt)}`] }, createdAt });
    if (revokedAt) events.push({ ...actor, action: "invitation.revoked", details: { lines: [`Role: ${item.role}`] }, createdAt: revokedAt });
  }
  if (rows.length === 0) return;
  const inserted = await ctx.db.insert(invitations).values(rows).returning({ id: invitations.id, email: invitations.email });
  const ids = new Map(inserted.map((r) => [r.email, r.id]));
  await ctx.db.insert(auditEvents).values(events.map((e) => ({ ...e, targetId: ids.get(e.targetName) ?? null })));
}
