import { formatDateTime } from "@/lib/format";
import { ActionLink, EmailLayout, Paragraph } from "../layout";
import type { EmailContent } from ".";

export function verifyEmailEmail(props: { orgName: string; name: string; link: string; expiresAt: string }): EmailContent {
  return {
    subject: "Verify your email address for Switchboard",
    body: (
      <EmailLayout
        preview="One click to finish setting up your account"
        orgName={props.orgName}
        heading="Verify your email address"
        reason="You received this because this address was used to create a Switchboard account. If that wasn't you, ignore it: the account can't invite anyone or buy numbers until the link is used."
      >
        <Paragraph>
          Hi {props.name}, confirm that this is your address to invite your team and buy phone numbers for {props.orgName}.
        </Paragraph>
        <ActionLink href={props.link}>Verify email address</ActionLink>
        <Paragraph>The link works once and expires on {formatDateTime(new Date(props.expiresAt))}.</Paragraph>
      </EmailLayout>
    ),
  };
}

export function signUpAttemptEmail(props: { signInLink: string }): EmailContent {
  return {
    subject: "Someone tried to sign up to Switchboard with your email address",
    body: (
      <EmailLayout
        preview="Your address already has an account"
        orgName={null}
        heading="You already have an account"
        reason="You received this because someone entered this address on Switchboard's sign-up page. Nothing was created and your account is unchanged."
      >
        <Paragraph>
          Someone, perhaps you, tried to create a new Switchboard organisation with this address. It already has an account, so nothing was created.
        </Paragraph>
        <ActionLink href={props.signInLink}>Sign in to your account</ActionLink>
        <Paragraph>
          If you have forgotten your password, choose “Forgot password?” on the sign-in page to reset it. If this wasn't you, you can ignore this email.
        </Paragraph>
      </EmailLayout>
    ),
  };
}
