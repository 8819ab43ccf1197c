import nodemailer from "nodemailer";
import type { Email } from "@/db/schema";
import { mailFrom, usesLocalMailbox } from "./config";

type Rendered = Email & { html: string; text: string };
export type MailTransport = { name: "smtp" | "local mailbox"; send(email: Rendered): Promise<void> };

/** SMTP through nodemailer; the SMTP URL carries host, port, TLS and credentials. */
export function smtpTransport(url: string, from = mailFrom()): MailTransport {
  // Short timeouts: a hung server must fail the attempt well inside the worker's lease.
  const transporter = nodemailer.createTransport(url, { connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 30_000 });
  const domain = /@([^>\s]+)>?\s*$/.exec(from)?.[1] ?? "switchboard.localhost";
  return {
    name: "smtp",
    async send(email) {
      await transporter.sendMail({
        from,
        to: email.to,
        subject: email.subject,
        html: email.html,
        text: email.text,
        // One id per outbox row: should a resend ever follow a lost acknowledgement, mail
        // servers and clients see the same message, not a second one.
        messageId: `<${email.id}@${domain}>`,
      });
    },
  };
}

/** The row itself is the local mailbox (/dev/mailbox): delivering it is marking it sent. */
const localMailbox: MailTransport = { name: "local mailbox", send: async () => {} };

export function transportFromEnv(env: Readonly<Record<string, string | undefined>> = process.env): MailTransport | null {
  if (env.SMTP_URL) return smtpTransport(env.SMTP_URL, mailFrom(env));
  return usesLocalMailbox(env) ? localMailbox : null;
}
