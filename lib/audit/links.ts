import type { AuditEvent } from "@/db/schema";

type Existing = { roles: Set<string>; members: Set<string> };
export type AuditLink = { href: string; label: string };

const WORDS: Record<string, string> = { sso: "SSO", api: "API", ivr: "IVR", scim: "SCIM", org: "organisation" };

/** An action key as the filter's option reads it: "member.role_changed" → "Member role changed". */
export function actionLabel(action: string): string {
  const words = action.split(/[._]/).map((word) => WORDS[word] ?? word);
  const text = words.join(" ");
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Links to what an entry names, if it still exists: its role (and the version restored), or its member. */
export function auditLinks(event: AuditEvent, existing: Existing): AuditLink[] {
  const id = event.targetId;
  if (!id) return [];
  if (existing.roles.has(id)) {
    const links = [{ href: `/settings/roles/${id}`, label: `Role ${event.targetName}` }];
    const version = event.details.restoredFromVersion;
    if (version) links.push({ href: `/settings/roles/${id}/history#version-${version}`, label: `Version ${version}` });
    return links;
  }
  if (existing.members.has(id)) return [{ href: `/settings/team/${id}`, label: event.targetName }];
  return [];
}
