import { ActionLink, EmailLayout, Paragraph } from "../layout";
import type { EmailContent } from ".";
import { PermissionGroups } from "./permission-groups";

/** To a member whose access changed: the same news as their in-app notice, by category. Keys are the registry's. */
export function accessChangedEmail(props: { orgName: string; actorName: string; gained: string[]; lost: string[]; link: string }): EmailContent {
  return {
    subject: `Your access to ${props.orgName} changed`,
    body: (
      <EmailLayout
        preview={`${props.actorName} changed what you can do in ${props.orgName}`}
        orgName={props.orgName}
        heading="Your access changed"
        reason={`You received this because your permissions in ${props.orgName} changed. If you don't think they should have, ask an Owner of ${props.orgName}.`}
      >
        <Paragraph>
          {props.actorName} changed what you can do in {props.orgName} on Switchboard.
        </Paragraph>
        <PermissionGroups heading="You can now:" keys={props.gained} />
        <PermissionGroups heading="You can no longer:" keys={props.lost} />
        <ActionLink href={props.link}>Open Switchboard</ActionLink>
      </EmailLayout>
    ),
  };
}
