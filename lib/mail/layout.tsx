import type { ReactNode } from "react";
import { Body, Button, Container, Head, Heading, Hr, Html, Link, Preview, Section, Text } from "@react-email/components";

// One look for every email: the organisation's name on top, one heading, plain words, and a
// footer saying why it was sent. No images, so no tracking pixels and nothing to block.
export function EmailLayout({
  preview,
  orgName,
  heading,
  children,
  reason,
}: {
  preview: string;
  orgName: string | null;
  heading: string;
  children: ReactNode;
  reason: string;
}) {
  return (
    <Html lang="en" dir="ltr">
      <Head />
      <Preview>{preview}</Preview>
      <Body
        style={{ backgroundColor: "#f8fafc", fontFamily: "system-ui, -apple-system, 'Segoe UI', sans-serif", color: "#0f172a", margin: 0, padding: "24px 0" }}
      >
        <Container style={{ backgroundColor: "#ffffff", border: "1px solid #e2e8f0", borderRadius: 8, maxWidth: 560, padding: "24px 32px" }}>
          <Text style={{ fontSize: 14, fontWeight: 600, color: "#334155", margin: "0 0 16px" }}>{orgName ? `${orgName} on Switchboard` : "Switchboard"}</Text>
          <Heading as="h1" style={{ fontSize: 22, lineHeight: "28px", margin: "0 0 16px" }}>
            {heading}
          </Heading>
          <Section>{children}</Section>
          <Hr style={{ borderColor: "#e2e8f0", margin: "24px 0 12px" }} />
          <Text style={{ fontSize: 12, lineHeight: "18px", color: "#475569", margin: 0 }}>{reason}</Text>
        </Container>
      </Body>
    </Html>
  );
}

export function Paragraph({ children }: { children: ReactNode }) {
  return <Text style={{ fontSize: 15, lineHeight: "22px", margin: "0 0 12px" }}>{children}</Text>;
}

/** The one thing the email asks for, and the same link written out for clients that hide buttons. */
export function ActionLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <Section style={{ margin: "8px 0 16px" }}>
      <Button href={href} style={{ backgroundColor: "#1d4ed8", color: "#ffffff", borderRadius: 6, padding: "10px 18px", fontSize: 15, fontWeight: 600 }}>
        {children}
      </Button>
      <Text style={{ fontSize: 13, lineHeight: "20px", color: "#475569", margin: "12px 0 0", wordBreak: "break-all" }}>
        Or open this link: <Link href={href}>{href}</Link>
      </Text>
    </Section>
  );
}
