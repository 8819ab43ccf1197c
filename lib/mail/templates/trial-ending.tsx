import { formatDate } from "@/lib/format";
import { ActionLink, EmailLayout, Paragraph } from "../layout";
import type { EmailContent } from ".";

export function trialEndingEmail(props: { orgName: string; endsAt: string; link: string }): EmailContent {
  const ends = formatDate(new Date(props.endsAt));
  return {
    subject: `Your Switchboard Business trial ends on ${ends}`,
    body: (
      <EmailLayout
        preview={`Choose a plan for ${props.orgName} before ${ends}`}
        orgName={props.orgName}
        heading="Your trial ends in 3 days"
        reason={`You received this because you are an Owner of ${props.orgName}. It is sent once per trial.`}
      >
        <Paragraph>
          {props.orgName}&apos;s Business trial ends on {ends}. Choose a plan to keep going; without one, the organisation moves to Starter. Nothing is deleted:
          custom roles are kept, inactive, and come back when you move up again.
        </Paragraph>
        <ActionLink href={props.link}>Choose a plan</ActionLink>
      </EmailLayout>
    ),
  };
}
