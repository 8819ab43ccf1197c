import { formatDateTime } from "@/lib/format";
import { ActionLink, EmailLayout, Paragraph } from "../layout";
import type { EmailContent } from ".";

export function passwordChangedEmail(props: { orgName: string; name: string; changedAt: string; link: string }): EmailContent {
  return {
    subject: "Your Switchboard password was changed",
    body: (
      <EmailLayout
        preview="Your password was reset through an emailed link"
        orgName={props.orgName}
        heading="Your password was changed"
        reason="You received this because the password of the Switchboard account with this address was changed. We send it every time, so you hear of a change you did not make."
      >
        <Paragraph>
          Hello {props.name}, the password of your Switchboard account was reset through a link sent to this address on{" "}
          {formatDateTime(new Date(props.changedAt))}. Every session that was signed in has been signed out.
        </Paragraph>
        <Paragraph>If this was you, there is nothing more to do. If it wasn't, reset your password again now and tell your administrator.</Paragraph>
        <ActionLink href={props.link}>Reset your password</ActionLink>
      </EmailLayout>
    ),
  };
}
