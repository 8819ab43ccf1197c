import { formatDate } from "@/lib/format";
import { ActionLink, EmailLayout, Paragraph } from "../layout";
import type { EmailContent } from ".";

export function invitationEmail(props: { orgName: string; inviterName: string | null; roleName: string; link: string; expiresAt: string }): EmailContent {
  const who = props.inviterName ? `${props.inviterName} invited you` : "You're invited";
  return {
    subject: `${who} to join ${props.orgName} on Switchboard`,
    body: (
      <EmailLayout
        preview={`Join ${props.orgName} as ${props.roleName}`}
        orgName={props.orgName}
        heading={`Join ${props.orgName}`}
        reason={`You received this because someone at ${props.orgName} invited this address. If you weren't expecting it, ignore it: nothing happens unless the link is used.`}
      >
        <Paragraph>
          {who} to join {props.orgName} on Switchboard as <strong>{props.roleName}</strong>.
        </Paragraph>
        <ActionLink href={props.link}>Accept the invitation</ActionLink>
        <Paragraph>The link works once and expires on {formatDate(new Date(props.expiresAt))}.</Paragraph>
      </EmailLayout>
    ),
  };
}
