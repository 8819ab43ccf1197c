import { ActionLink, EmailLayout, Paragraph } from "../layout";
import type { EmailContent } from ".";
import { PermissionGroups } from "./permission-groups";

/** To the other active Owners when someone gains a permission the registry marks sensitive. */
export function sensitiveGrantedEmail(props: {
  orgName: string;
  actorName: string;
  subjectName: string;
  gained: string[];
  link: string;
  settingsLink: string;
}): EmailContent {
  const were = props.subjectName.includes(" and ") ? "were" : "was";
  return {
    subject: `${props.subjectName} ${were} given sensitive permissions in ${props.orgName}`,
    body: (
      <EmailLayout
        preview={`${props.actorName} gave ${props.subjectName} sensitive permissions`}
        orgName={props.orgName}
        heading="Sensitive permissions granted"
        reason={`You received this because you are an Owner of ${props.orgName}. To stop these emails, turn them off on your account page: ${props.settingsLink}`}
      >
        <Paragraph>
          {props.actorName} gave {props.subjectName} sensitive permissions in {props.orgName}. If that was not intended, change their role now.
        </Paragraph>
        <PermissionGroups heading="Granted:" keys={props.gained} />
        <ActionLink href={props.link}>Review it in the audit log</ActionLink>
      </EmailLayout>
    ),
  };
}
