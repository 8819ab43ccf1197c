// Demo SMS: customers texting the organisation's numbers over the past months, the members
// who answered, and the templates they use. Contacts use numbers reserved for fiction
// (NANP 555-01xx, Ofcom's 07700 900xxx), so no real person is ever texted.
import { eq } from "drizzle-orm";
import { conversations, messages, messageTemplates, phoneNumbers } from "../schema";
import type { SeedContext } from "./context";

type Step = [direction: "in" | "out", text: string];

// {first}: the contact's first name; {agent}: the answering member's first name; {org}: the organisation.
const THREADS: Step[][] = [
  [
    ["in", "Hi, my order #48213 still says processing. It's been 5 days, can you check?"],
    ["out", "Hi {first}, this is {agent} from {org}. Let me look that up for you."],
    ["out", "It shipped this morning: the tracking link is on its way by email. Sorry for the wait!"],
    ["in", "Got it, thanks!"],
  ],
  [
    ["in", "Hello, I need to move my appointment on Thursday to next week if possible"],
    ["out", "Hi {first}, no problem. Would Tuesday at 10am or Wednesday at 2pm work better?"],
    ["in", "Wednesday 2pm please"],
    ["out", "Done: you're booked for Wednesday at 2pm. You'll get a reminder the day before."],
    ["in", "Perfect, thank you"],
  ],
  [
    ["in", "I can't log in to my account, the reset email never arrives"],
    ["out", "Hi {first}, sorry about that. Could you check your spam folder for a message from no-reply?"],
    ["in", "Not there either"],
    ["out", "Thanks for checking. I've sent a new reset link directly; it's valid for 30 minutes."],
    ["in", "That worked. I'm in!"],
    ["out", "Great to hear. Anything else I can help with today?"],
    ["in", "No that's all"],
  ],
  [
    ["in", "Why was I charged twice this month?"],
    ["out", "Hi {first}, I'm {agent} from billing. I can see two charges on the 3rd; one is a pending authorisation that will drop off."],
    ["in", "How long does that take?"],
    ["out", "Usually 3 to 5 business days, depending on your bank. If it's still there after that, text us and we'll refund it at once."],
    ["in", "Ok thanks for explaining"],
  ],
  [
    ["in", "Is the store on Main St open on Sunday?"],
    ["out", "Hi {first}! Yes, Sundays 10am to 4pm."],
    ["in", "Great, see you then"],
  ],
  [
    ["in", "The replacement part you sent is the wrong size"],
    ["out", "Hi {first}, I'm sorry about that. Could you send a photo of the label on the box?"],
    ["in", "Sent it by email just now"],
    ["out", "Thanks, I can see it: we shipped the 12 mm model instead of the 15 mm. The right one goes out today with free next-day delivery."],
    ["out", "You can keep or recycle the wrong part, no need to return it."],
    ["in", "Appreciate it!"],
  ],
  [
    ["out", "Hi {first}, this is {agent} from {org} following up on your call yesterday. Is the router working now?"],
    ["in", "Yes, all good since the reset. Thanks for checking"],
    ["out", "Glad to hear it. Text this number any time if it drops again."],
  ],
  [
    ["in", "Do you deliver to Canada?"],
    ["out", "Hi {first}, we do: standard delivery to Canada takes 5 to 8 business days."],
    ["in", "And customs fees?"],
    ["out", "They're included in the price at checkout, so there's nothing extra to pay on delivery."],
  ],
  [
    ["in", "I'd like to cancel my subscription"],
    ["out", "Hi {first}, sorry to see you go. May I ask what made you decide to cancel?"],
    ["in", "Too expensive for how much I use it"],
    ["out", "Understood. We have a lighter plan at half the price; would you like to switch instead, or shall I cancel?"],
    ["in", "Switch please"],
    ["out", "Done: you're on the Lite plan from your next bill. You'll get a confirmation email shortly."],
  ],
  [
    ["in", "Hi there, the app keeps crashing when I open settings"],
    ["out", "Hi {first}, thanks for letting us know. Which phone and app version are you on?"],
    ["in", "iPhone 13, version 4.2.1"],
    ["out", "Thanks. This is a known issue fixed in 4.2.2, out today. Could you update and let us know?"],
    ["in", "Updated, it works now"],
  ],
  [
    ["in", "Can I get an invoice with my company name on it?"],
    ["out", "Hi {first}, of course. What company name and VAT number should it show?"],
    ["in", "Northwind Traders Ltd, GB123456789"],
    ["out", "Thanks! The updated invoice is in your account under Billing → Invoices."],
  ],
  [
    ["in", "My package says delivered but it's not here"],
    ["out", "Hi {first}, I'm sorry. Sometimes couriers mark it a little early; could you check with neighbours or a safe place?"],
    ["in", "Checked everywhere, nothing"],
    ["out", "Thanks for checking. I've opened a claim with the courier and we're sending a replacement today."],
    ["in", "Thank you, that's great service"],
  ],
  [
    ["in", "What time do you close today?"],
    ["out", "Hi {first}, our phone lines are open until 8pm today."],
  ],
  [
    ["in", "Hi, I was promised a call back yesterday and nobody called"],
    ["out", "Hi {first}, I'm really sorry about that. This is {agent}; I can call you now or at a time that suits you."],
    ["in", "In 10 minutes is fine"],
    ["out", "Calling you at quarter past. Thanks for your patience."],
  ],
  [
    ["in", "Does the warranty cover water damage?"],
    ["out", "Hi {first}, the standard warranty doesn't, but the extended plan does. Did you buy the extended plan with your device?"],
    ["in", "I think so, how can I check?"],
    ["out", "It's listed on your receipt as 'Care+'. If you send your order number, I can check for you."],
    ["in", "Order 77120"],
    ["out", "You're covered. I'll email you a prepaid shipping label for the repair."],
  ],
  [
    ["in", "Is there a discount for non-profits?"],
    ["out", "Hi {first}, yes: registered non-profits get 30% off. Reply with your registration number and I'll apply it."],
  ],
  [
    ["in", "Hi, can I add a second user to our account?"],
    ["out", "Hi {first}, yes. Go to Settings → Team and choose Invite; they'll get an email to set a password."],
    ["in", "Found it, invite sent. Thanks"],
  ],
  [
    ["in", "Our office phones stopped ringing about 20 min ago"],
    ["out", "Hi {first}, {agent} here. We're seeing a carrier issue in your region and engineers are on it."],
    ["out", "Calls are being sent to voicemail meanwhile, so nothing is lost. I'll text you as soon as it's fixed."],
    ["in", "Ok please do"],
    ["out", "All clear: calls are ringing normally again. Sorry for the disruption."],
    ["in", "Confirmed, working here too"],
  ],
  [
    ["in", "Do you have the blue version back in stock?"],
    ["out", "Hi {first}, it's due back on Friday. Want me to text you when it's available?"],
    ["in", "Yes please"],
    ["out", "Done, you're on the list."],
  ],
  [
    ["in", "I got a text asking for my card number, is that you?"],
    ["out", "Hi {first}, thanks for checking with us. We never ask for card details by text. Please don't reply to it."],
    ["in", "Thought so, deleted it"],
    ["out", "Good call. If you ever want to update your card, do it from your account page only."],
  ],
  [
    ["in", "Running 15 minutes late for my 3pm, is that ok?"],
    ["out", "Hi {first}, no problem at all, see you at 3:15."],
  ],
  [
    ["in", "Can I pay my invoice by bank transfer?"],
    ["out", "Hi {first}, yes. The bank details are at the bottom of each invoice; please put the invoice number as the reference."],
    ["in", "Perfect, paying today"],
  ],
  [
    ["in", "Hi, how do I set up voicemail to email?"],
    ["out", "Hi {first}, open your profile, then Voicemail, and switch on 'Send voicemails by email'."],
    ["in", "I don't see that option"],
    ["out", "It needs the latest app version. Could you update and check again?"],
    ["in", "There it is. Thanks!"],
  ],
  [
    ["in", "Is there parking at your downtown office?"],
    ["out", "Hi {first}, yes: the garage on 5th St validates for two hours. Bring the ticket to reception."],
    ["in", "Great, thanks"],
  ],
];

const US_CONTACTS = [
  "Jordan Reyes",
  "Taylor Brooks",
  "Casey Morgan",
  "Riley Chen",
  "Avery Patel",
  "Jamie Rivera",
  "Morgan Lee",
  "Drew Carter",
  "Skyler Adams",
  "Quinn Foster",
  "Rowan Hayes",
  "Parker Diaz",
  "Emerson Gray",
  "Hayden Cole",
  "Reese Bennett",
  "Kendall Ward",
  "Logan Price",
  "Cameron Bell",
  "Dakota Ross",
  "",
  "Sage Howard",
  "Finley Brooks",
  "Marisol Vega",
  "Tobias Grant",
  "",
];
const GB_CONTACTS = [
  "Alfie Hughes",
  "Isla Thompson",
  "Freddie Walsh",
  "Poppy Evans",
  "Archie Clarke",
  "Ruby Wright",
  "Harriet Shaw",
  "Oscar Bennett",
  "Imogen Hall",
  "",
  "Theo Marsh",
  "Elsie Carter",
  "Rory Flynn",
  "Matilda Boyd",
  "",
];

const TEMPLATES: Record<"acme" | "bolt", { name: string; body: string }[]> = {
  acme: [
    { name: "Greeting", body: "Hi {first_name}, thanks for contacting Acme Support. How can we help today?" },
    { name: "Request logged", body: "Hi {first_name}, we've logged your request and a specialist will reply within one business day." },
    { name: "Follow-up", body: "Hi {first_name}, just checking in: is everything working as expected now? Reply here if you need anything else." },
    { name: "Appointment reminder", body: "Reminder: your call with Acme Support is booked for tomorrow. Reply C to confirm or R to reschedule." },
    { name: "Out of hours", body: "Thanks for your message. Our team is available Monday to Friday, 8am to 8pm, and will reply on the next business day." },
    { name: "Closing", body: "Glad we could help, {first_name}! Text this number any time you need us." },
  ],
  bolt: [
    { name: "Welcome", body: "Hi {first_name}, welcome to Bolt! Reply here any time with questions." },
    { name: "Call back", body: "Hi {first_name}, sorry we missed your call. When is a good time to call you back?" },
  ],
};

const MINUTE = 60 * 1000;
const DAY = 24 * 60 * MINUTE;

export async function seedMessaging(ctx: SeedContext): Promise<void> {
  const { db, org, now, random } = ctx;
  const big = ctx.members.length > 5;
  const numbers = await db.select().from(phoneNumbers).where(eq(phoneNumbers.orgId, org.id)).orderBy(phoneNumbers.e164);
  if (numbers.length === 0) return;
  const active = ctx.members.filter((m) => m.status === "active");
  const pick = <T>(items: T[]) => items[Math.floor(random() * items.length)];
  const firstName = (name: string) => name.split(" ")[0] ?? "";
  const total = big ? 30 : 4;
  const used = { US: 0, GB: 0 };

  const planned = Array.from({ length: total }, (_, i) => {
    const number = numbers[(i * 7) % numbers.length];
    const country = number.country === "GB" ? "GB" : "US";
    const names = country === "GB" ? GB_CONTACTS : US_CONTACTS;
    const n = used[country]++;
    const contactName = names[n % names.length];
    const contactNumber =
      country === "GB"
        ? `+447700900${String(100 + n * 7).padStart(3, "0")}`
        : `+1${number.areaCode === "800" || number.areaCode === "888" ? "212" : number.areaCode}55501${String(n % 100).padStart(2, "0")}`;
    const agent = active.find((m) => m.id === number.assignedMemberId) ?? pick(active);
    // Spread over four months, more of them recent; the newest a few hours old.
    const startsAt = now.getTime() - Math.pow(random(), 1.6) * 120 * DAY - 6 * 60 * MINUTE;
    return { number, contactName, contactNumber, agent, startsAt, script: THREADS[(i * 5 + (big ? 0 : 3)) % THREADS.length] };
  });

  // Each thread's messages a few minutes apart, worked out before anything is written.
  const threads = planned.map((p, i) => {
    let at = p.startsAt;
    return p.script.map(([direction, template], step) => {
      at += step === 0 ? 0 : (1 + random() * 25) * MINUTE;
      const outbound = direction === "out";
      return {
        direction: outbound ? ("outbound" as const) : ("inbound" as const),
        body: template
          .replaceAll("{first}", firstName(p.contactName) || "there")
          .replaceAll("{agent}", firstName(p.agent.name))
          .replaceAll("{org}", org.name),
        // One reply in the whole demo never reached the handset, as happens.
        status: outbound ? (big && i === 11 && step === 1 ? ("failed" as const) : ("delivered" as const)) : ("received" as const),
        sentById: outbound ? p.agent.id : null,
        providerRef: outbound ? `SM${org.id.slice(0, 8)}${String(i * 100 + step).padStart(6, "0")}` : null,
        createdAt: new Date(at),
      };
    });
  });

  const saved = await db
    .insert(conversations)
    .values(
      planned.map((p, i) => ({
        orgId: org.id,
        numberId: p.number.id,
        contactNumber: p.contactNumber,
        contactName: p.contactName,
        lastMessageAt: threads[i].at(-1)!.createdAt,
      })),
    )
    .returning({ id: conversations.id });
  await db.insert(messages).values(threads.flatMap((thread, i) => thread.map((m) => ({ ...m, orgId: org.id, conversationId: saved[i].id }))));

  await db
    .insert(messageTemplates)
    .values(TEMPLATES[big ? "acme" : "bolt"].map((t, i) => ({ orgId: org.id, ...t, updatedAt: new Date(now.getTime() - (90 - i * 9) * DAY) })));
}
