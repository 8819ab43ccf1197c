import { ActionLink, EmailLayout, Paragraph } from "../layout";
import type { EmailContent } from ".";

export function webhookDisabledEmail(props: { orgName: string; url: string; lastError: string; link: string }): EmailContent {
  return {
    subject: `A webhook endpoint of ${props.orgName} was turned off`,
    body: (
      <EmailLayout
        preview={`Deliveries to ${props.url} failed for 24 hours`}
        orgName={props.orgName}
        heading="A webhook endpoint was turned off"
        reason={`You received this because you are an Owner of ${props.orgName}.`}
      >
        <Paragraph>
          Every delivery to {props.url} failed for 24 hours, so Switchboard stopped sending to it.
          {props.lastError ? ` The last answer: ${props.lastError}` : ""}
        </Paragraph>
        <Paragraph>Fix the receiver, turn the endpoint on again and redeliver the events it missed from its delivery log.</Paragraph>
        <ActionLink href={props.link}>Open Webhooks</ActionLink>
      </EmailLayout>
    ),
  };
}
