// "New sign-in to your Switchboard account": a sign-in from a device (browser and system, at one
// client address) the member has not used before emails them once, in the transaction that
// starts the session; never on the account's first sign-in, nor when they turned it off.
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emails, memberDevices } from "@/db/schema";
import { executeAction } from "@/lib/action";
import { emailSettingsAction } from "@/lib/account/actions";
import { deliverDue } from "@/lib/mail/worker";
import { smtpTransport } from "@/lib/mail/transport";
import { useFreshDatabase } from "@/test/database";
import { auditOf, form, makeOrg, memberRow, sessionOf } from "@/test/fixtures";
import { startSmtpSink, type SmtpSink } from "@/test/smtp-sink";
import { startSession } from "./sessions";

const db = useFreshDatabase();
let sink: SmtpSink;
beforeAll(async () => {
  sink = await startSmtpSink();
});
afterAll(() => sink.stop());

const CHROME_LINUX = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36";
const CHROME_LINUX_UPDATED = CHROME_LINUX.replace("Chrome/140", "Chrome/141");
const FIREFOX_WINDOWS = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0";
const HOME = "203.0.113.7";
const CAFE = "203.0.113.99";

async function person() {
  const org = await makeOrg(db);
  const member = await memberRow(db, (await org.member("agent")).id);
  const signIn = (userAgent: string, address: string | null, now?: Date) => startSession(db, { id: member.id, epoch: 0 }, userAgent, address, now);
  const sent = async () =>
    db
      .select()
      .from(emails)
      .where(and(eq(emails.to, member.email), eq(emails.kind, "new-device")));
  return { org, member, signIn, sent };
}

describe("the new-device email", () => {
  it("is not sent for the account's first sign-in, nor again from a device it knows (a browser update included)", async () => {
    const { signIn, sent } = await person();
    await signIn(CHROME_LINUX, HOME);
    await signIn(CHROME_LINUX, HOME);
    await signIn(CHROME_LINUX_UPDATED, HOME);
    expect(await sent()).toHaveLength(0);
  });

  it("is sent once per new device, over real SMTP, naming the device, the address and when, with a link to Your account", async () => {
    const { member, signIn, sent } = await person();
    await signIn(CHROME_LINUX, HOME);
    const { signedInAt } = await signIn(FIREFOX_WINDOWS, HOME);
    await signIn(FIREFOX_WINDOWS, HOME);
    expect(await sent()).toHaveLength(1);
    // The same browser somewhere else is another device.
    await signIn(CHROME_LINUX, CAFE);
    await signIn(CHROME_LINUX, CAFE);
    const rows = await sent();
    expect(rows).toHaveLength(2);
    expect(rows.map((r) => r.data.device).sort()).toEqual(["Chrome on Linux", "Firefox on Windows"]);
    expect(rows.find((r) => r.data.device === "Firefox on Windows")?.data.signedInAt).toBe(new Date(signedInAt).toISOString());

    await deliverDue(db, smtpTransport(sink.url));
    const mail = await sink.waitFor((m) => m.to === member.email && m.subject === "New sign-in to your Switchboard account" && m.text.includes("Firefox"));
    expect(mail.text).toContain(`Your Switchboard account ${member.email} was signed in to from a device it has not been used on before`);
    expect(mail.text).toContain(`Firefox on Windows, from the network address ${HOME}`);
    expect(mail.text).toMatch(/http:\/\/localhost:\d+\/account/);
  });

  it("is not sent when the member turned it off on Your account (audited), and is again once turned back on", async () => {
    const { org, member, signIn, sent } = await person();
    await signIn(CHROME_LINUX, HOME);
    expect(await executeAction(emailSettingsAction, sessionOf(member.id), form({}), db)).toEqual({
      ok: true,
      message: "Saved. We won't email you about sign-ins from new devices.",
    });
    expect(await memberRow(db, member.id)).toMatchObject({ newDeviceEmails: false });
    await signIn(FIREFOX_WINDOWS, HOME);
    expect(await sent()).toHaveLength(0);

    expect(await executeAction(emailSettingsAction, sessionOf(member.id), form({ newDeviceEmails: "on" }), db)).toMatchObject({ ok: true });
    // Firefox at home is known now, even though nobody was told of it.
    await signIn(FIREFOX_WINDOWS, HOME);
    expect(await sent()).toHaveLength(0);
    await signIn(FIREFOX_WINDOWS, CAFE);
    expect(await sent()).toHaveLength(1);
    const audit = await auditOf(db, org.org.id, "member.new_device_emails_changed");
    expect(audit.map((a) => a.details.lines)).toEqual([
      ["Turned off emails about sign-ins from new devices."],
      ["Turned on emails about sign-ins from new devices."],
    ]);
  });

  it("refuses a setting other than on or off", async () => {
    const { member } = await person();
    expect(await executeAction(emailSettingsAction, sessionOf(member.id), form({ newDeviceEmails: "yes please" }), db)).toMatchObject({
      ok: false,
      code: "invalid",
    });
    expect(await memberRow(db, member.id)).toMatchObject({ newDeviceEmails: true });
  });

  it("still tells a member back after 90 days away, whose devices were forgotten, of a new one", async () => {
    const { member, signIn, sent } = await person();
    const longAgo = new Date(Date.now() - 200 * 24 * 60 * 60 * 1000);
    await signIn(CHROME_LINUX, HOME, longAgo);
    await signIn(FIREFOX_WINDOWS, CAFE);
    expect(await sent()).toHaveLength(1);
    // The device unseen for 90 days is forgotten after that check: the table stays small.
    const kept = await db.select().from(memberDevices).where(eq(memberDevices.memberId, member.id));
    expect(kept.map((d) => d.device)).toEqual(["Firefox on Windows"]);
  });

  it("counts a device unused for 90 days as new again", async () => {
    const { signIn, sent } = await person();
    await signIn(FIREFOX_WINDOWS, CAFE, new Date(Date.now() - 100 * 24 * 60 * 60 * 1000));
    await signIn(CHROME_LINUX, HOME, new Date(Date.now() - 10 * 24 * 60 * 60 * 1000));
    expect(await sent()).toHaveLength(1);
    await signIn(FIREFOX_WINDOWS, CAFE);
    expect(await sent()).toHaveLength(2);
    await signIn(FIREFOX_WINDOWS, CAFE);
    expect(await sent()).toHaveLength(2);

    // The only device of an account, back after 100 days, is told of too.
    const lone = await person();
    await lone.signIn(CHROME_LINUX, HOME, new Date(Date.now() - 100 * 24 * 60 * 60 * 1000));
    await lone.signIn(CHROME_LINUX, HOME);
    expect(await lone.sent()).toHaveLength(1);
  });

  it("commits with the session: one new device signed in at once from two tabs is told of once", async () => {
    const { signIn, sent } = await person();
    await signIn(CHROME_LINUX, HOME);
    await Promise.all([signIn(FIREFOX_WINDOWS, CAFE), signIn(FIREFOX_WINDOWS, CAFE)]);
    expect(await sent()).toHaveLength(1);
  });
});
