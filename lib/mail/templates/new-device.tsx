import { formatDateTime } from "@/lib/format";
import { ActionLink, EmailLayout, Paragraph } from "../layout";
import type { EmailContent } from ".";

export function newDeviceEmail(props: { orgName: string; email: string; device: string; address: string; signedInAt: string; link: string }): EmailContent {
  const where = props.address === "unknown" ? props.device : `${props.device}, from the network address ${props.address}`;
  return {
    subject: "New sign-in to your Switchboard account",
    body: (
      <EmailLayout
        preview={`${props.device} signed in to your account`}
        orgName={props.orgName}
        heading="New sign-in to your account"
        reason="You received this because your account is set to email you when it is signed in to from a new device. You can turn these emails off on Your account."
      >
        <Paragraph>
          Your Switchboard account {props.email} was signed in to from a device it has not been used on before: <strong>{where}</strong>, at about{" "}
          {formatDateTime(new Date(props.signedInAt))}.
        </Paragraph>
        <Paragraph>
          If this was you, there is nothing to do. If it wasn't, open Your account to sign out the sessions you don't recognise, then change your password.
        </Paragraph>
        <ActionLink href={props.link}>Review your sessions</ActionLink>
      </EmailLayout>
    ),
  };
}
