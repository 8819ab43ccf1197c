// Short support-call dialogues for the demo recordings, and their audio: the lines are timed
// across a few seconds of synthesized speech so the transcript and the player line up.
import type { TranscriptLine } from "@/db/schema";
import { encodeWav, synthesizeCall, type Utterance } from "./wav";

type Script = [speaker: "agent" | "customer", text: string][];

// {agent} is the member's first name, {company} the organisation; {ref}, {amount} and {day} vary per call.
const INBOUND: Script[] = [
  [
    ["agent", "Thanks for calling {company}, this is {agent}. How can I help?"],
    ["customer", "Hi, I was charged twice for my subscription this month."],
    ["agent", "Sorry about that. Can you read me the invoice number?"],
    ["customer", "Sure, it's {ref}."],
    ["agent", "I can see the duplicate charge of {amount}. I've refunded it now."],
    ["customer", "Great, how long will that take?"],
    ["agent", "Three to five business days. You'll get an email confirmation."],
  ],
  [
    ["agent", "{company}, {agent} speaking."],
    ["customer", "I can't sign in, it says my password is wrong."],
    ["agent", "Let me send you a reset link. Is the email on file still current?"],
    ["customer", "Yes, it is."],
    ["agent", "Done. The link is valid for one hour."],
    ["customer", "Got it, I'm in. Thank you!"],
  ],
  [
    ["agent", "Thank you for calling, you're through to {agent}."],
    ["customer", "We'd like to add five more seats to our plan."],
    ["agent", "Happy to help. The extra seats come to {amount} a month."],
    ["customer", "That's fine, please go ahead."],
    ["agent", "All set, the new seats are active now."],
    ["customer", "Perfect, thanks."],
  ],
  [
    ["agent", "{company}, {agent} here."],
    ["customer", "The app crashes whenever I open the reports tab."],
    ["agent", "Which version are you on? It's under Settings, About."],
    ["customer", "It says 4.2.1."],
    ["agent", "That's a known issue fixed in 4.2.2. Updating should sort it."],
    ["customer", "Updating now... yes, it works."],
  ],
  [
    ["agent", "Good morning, {agent} speaking."],
    ["customer", "I want to cancel my subscription."],
    ["agent", "I can help with that. May I ask why you're leaving?"],
    ["customer", "We're moving to a different system at the end of the quarter."],
    ["agent", "Understood. I've scheduled the cancellation for {day}."],
    ["customer", "Thanks for making it easy."],
  ],
  [
    ["agent", "Thanks for holding, this is {agent}."],
    ["customer", "Can you update the billing address on our account?"],
    ["agent", "Of course. What's the new address?"],
    ["customer", "Unit 4, 18 Harbour Street."],
    ["agent", "Updated. Your next invoice, {ref}, will show it."],
  ],
  [
    ["agent", "{company}, {agent} speaking, how can I help?"],
    ["customer", "Your technician was supposed to come today and nobody showed up."],
    ["agent", "I'm very sorry. I've rebooked the visit for {day}, first slot in the morning."],
    ["customer", "Please make sure it happens this time."],
    ["agent", "I've flagged it as priority and added a credit of {amount} to your account."],
  ],
];

// Calls members make: call-backs, follow-ups and reminders.
const OUTBOUND: Script[] = [
  [
    ["agent", "Hello, this is {agent} from {company} returning your call."],
    ["customer", "Thanks. My order {ref} still hasn't arrived."],
    ["agent", "I checked with the courier: it's out for delivery and should reach you by {day}."],
    ["customer", "Can you make sure they leave it with the neighbour if I'm out?"],
    ["agent", "I've added that note to the delivery."],
  ],
  [
    ["agent", "Hi, it's {agent} from {company}, following up on ticket {ref}."],
    ["customer", "Oh hi, yes, thanks for calling back."],
    ["agent", "Is the export working for you since the update?"],
    ["customer", "It is, the files come through fine now."],
    ["agent", "Great, I'll close the ticket then. Have a good day!"],
  ],
  [
    ["agent", "Hello, this is {agent} calling from {company} about your renewal."],
    ["customer", "Right, it's due soon, isn't it?"],
    ["agent", "On {day}. Would you like to switch to annual billing and save {amount}?"],
    ["customer", "Yes, let's do that."],
    ["agent", "Done. You'll get the new invoice, {ref}, by email."],
    ["customer", "Thanks for the heads-up."],
  ],
  [
    ["agent", "Hi, it's {agent} from {company}. Is now a good time?"],
    ["customer", "Sure, what's it about?"],
    ["agent", "Invoice {ref} for {amount} is two weeks overdue. Did it reach you?"],
    ["customer", "Sorry, it went to an old address. I'll pay it today."],
    ["agent", "Thank you. I've updated the billing email as well."],
  ],
];

const DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];
const GAP_SECONDS = 0.2;

/** Longest demo recording: 5 s of 8 kHz 8-bit audio is 40 KB. */
const MAX_DEMO_SECONDS = 5;

const pickFrom = <T>(items: readonly T[], random: () => number): T => items[Math.floor(random() * items.length)];

/** A dialogue with its placeholders filled, each line timed across `seconds` of audio. */
function timedTranscript(script: Script, values: Record<string, string>, seconds: number): TranscriptLine[] {
  const texts = script.map(([speaker, text]) => ({ speaker, text: text.replace(/\{(\w+)\}/g, (_m, key: string) => values[key] ?? key) }));
  const speaking = seconds - GAP_SECONDS * (texts.length + 1);
  const letters = texts.reduce((n, line) => n + line.text.length, 0);
  let at = GAP_SECONDS;
  return texts.map((line) => {
    const start = at;
    at += (speaking * line.text.length) / letters + GAP_SECONDS;
    return { atSeconds: Math.round(start * 10) / 10, speaker: line.speaker, text: line.text };
  });
}

/** The WAV for a transcript: each line voiced from its start until the next line's. */
export function demoAudio(transcript: TranscriptLine[], seconds: number, seed: number): Buffer {
  const utterances: Utterance[] = transcript.map((line, i) => ({
    speaker: line.speaker,
    startSeconds: line.atSeconds,
    endSeconds: (transcript[i + 1]?.atSeconds ?? seconds) - GAP_SECONDS,
  }));
  return encodeWav(synthesizeCall(utterances, seconds, seed));
}

/** A demo recording's WAV, the same every time: its voices are seeded by the recording's id. */
export function demoAudioOf(recording: { id: string; transcript: TranscriptLine[]; durationSeconds: number }): Buffer {
  return demoAudio(recording.transcript, recording.durationSeconds, Number.parseInt(recording.id.slice(0, 8), 16) || 1);
}

/** One demo recording: a filled-in dialogue and its length in whole seconds (its audio comes on first play). */
export function demoRecording(random: () => number, call: { direction: "inbound" | "outbound"; agent: string; company: string }) {
  const script = pickFrom(call.direction === "inbound" ? INBOUND : OUTBOUND, random);
  const values: Record<string, string> = {
    agent: call.agent,
    company: call.company,
    ref: `${pickFrom(["INV", "ORD", "AC"], random)}-${10000 + Math.floor(random() * 90000)}`,
    amount: `$${(5 + Math.floor(random() * 60)) * 5}.00`,
    day: pickFrom(DAYS, random),
  };
  // Longer dialogues get longer audio, within the size budget.
  const durationSeconds = Math.min(MAX_DEMO_SECONDS, Math.round(1.5 + script.length * 0.5));
  const transcript = timedTranscript(script, values, durationSeconds);
  return { transcript, durationSeconds };
}
