import { formatDateTime } from "@/lib/format";
import { ActionLink, EmailLayout, Paragraph } from "../layout";
import type { EmailContent } from ".";

export function passwordResetEmail(props: { orgName: string; name: string; link: string; expiresAt: string }): EmailContent {
  return {
    subject: "Reset your Switchboard password",
    body: (
      <EmailLayout
        preview="A link to choose a new password, valid for one hour"
        orgName={props.orgName}
        heading="Reset your password"
        reason="You received this because someone asked to reset the password of the Switchboard account with this address. If it wasn't you, ignore this email: your password stays as it is."
      >
        <Paragraph>Hello {props.name}, use this link to choose a new password for your Switchboard account.</Paragraph>
        <ActionLink href={props.link}>Choose a new password</ActionLink>
        <Paragraph>
          The link works once, until {formatDateTime(new Date(props.expiresAt))}. Setting a new password signs you out of Switchboard everywhere; then you sign
          in with the new one.
        </Paragraph>
      </EmailLayout>
    ),
  };
}
