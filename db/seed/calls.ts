// Ninety days of calls, laid out backwards from the seed's "now": busy weekdays, quiet
// weekends, agents of different speeds, and a recording with its transcript for some of
// the answered calls. Acme gets a support team's volume, Bolt a startup's.
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { calls, phoneNumbers, recordings } from "../schema";
import { demoRecording } from "@/lib/recordings/demo-dialogues";
import type { SeedContext } from "./context";

type NewCall = typeof calls.$inferInsert;
type NewRecording = typeof recordings.$inferInsert;

const DAYS = 90;
const DAY_MS = 24 * 60 * 60 * 1000;
// A member who left stopped taking calls this many days ago.
const LEFT_DAYS_AGO = 45;

const CALL_BATCH = 1000;
const RECORDING_BATCH = 200;

// Fictional ranges: 555-01xx in North America, 020 7946 0xxx in London.
const US_AREAS = ["212", "415", "312", "646", "718", "305", "617", "206", "512"];

type Volume = { weekday: number; weekend: number; recordings: number };
const VOLUME: Record<"large" | "small", Volume> = {
  large: { weekday: 38, weekend: 7, recordings: 100 },
  small: { weekday: 4, weekend: 1, recordings: 12 },
};

// How often each kind of member is on the phones.
const SHARE: Record<string, number> = { agent: 1, custom: 0.35, admin: 0.1, owner: 0.25 };

export async function seedCalls(ctx: SeedContext): Promise<void> {
  const { db, org, now, random } = ctx;
  const volume = ctx.members.length > 10 ? VOLUME.large : VOLUME.small;
  const numbers = await db.select({ id: phoneNumbers.id }).from(phoneNumbers).where(eq(phoneNumbers.orgId, org.id));

  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
  /** Roughly log-normal: most calls a few minutes, a few long ones. */
  const talkSeconds = (speed: number) => {
    const normal = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
    return Math.round(Math.min(2400, Math.max(25, Math.exp(Math.log(220) + 0.6 * normal) * speed)));
  };
  const counterpart = () =>
    random() < 0.8 ? `+1${pick(US_AREAS)}55501${String(between(0, 99)).padStart(2, "0")}` : `+4420794600${String(between(0, 99)).padStart(2, "0")}`;

  const people = ctx.members.map((m) => ({
    ...m,
    weight: SHARE[m.roleKind] ?? 1,
    speed: 0.75 + random() * 0.55,
    firstName: m.name.split(" ")[0],
  }));
  const totalWeight = (list: typeof people) => list.reduce((n, p) => n + p.weight, 0);
  const current = people.filter((p) => p.status === "active");
  const whoTakes = (daysAgo: number) => {
    const list = daysAgo > LEFT_DAYS_AGO ? people : current;
    let roll = random() * totalWeight(list);
    for (const person of list) {
      roll -= person.weight;
      if (roll < 0) return person;
    }
    return list.at(-1)!;
  };

  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const rows: (NewCall & { id: string })[] = [];
  const takenBy = new Map<string, (typeof people)[number]>();
  for (let daysAgo = DAYS - 1; daysAgo >= 0; daysAgo--) {
    const dayStart = today - daysAgo * DAY_MS;
    const weekday = ![0, 6].includes(new Date(dayStart).getUTCDay());
    // A growing business: recent weeks are busier than three months ago.
    const growth = 0.85 + (0.3 * (DAYS - daysAgo)) / DAYS;
    const base = (weekday ? volume.weekday : volume.weekend) * growth;
    const count = Math.max(0, Math.round(base * (0.8 + random() * 0.4)));
    for (let i = 0; i < count; i++) {
      // Office hours, busiest mid-morning and mid-afternoon.
      const hour = 8 + 10 * ((random() + random()) / 2);
      const startedAt = new Date(dayStart + hour * 3600_000 + between(0, 59) * 1000);
      if (startedAt > now) continue;
      const person = whoTakes(daysAgo);
      const inbound = random() < 0.7;
      const roll = random();
      const outcome = inbound
        ? roll < 0.8
          ? "answered"
          : roll < 0.93
            ? "missed"
            : "voicemail"
        : roll < 0.72
          ? "answered"
          : roll < 0.94
            ? "missed"
            : "voicemail";
      const wrapUp = between(10, 60);
      const handleSeconds = outcome === "answered" ? talkSeconds(person.speed) + wrapUp : outcome === "voicemail" && !inbound ? between(20, 45) : 0;
      const waitSeconds = !inbound ? 0 : outcome === "answered" ? between(2, 45) : between(20, 180);
      const id = randomUUID();
      rows.push({
        id,
        orgId: org.id,
        memberId: person.id,
        numberId: numbers.length ? pick(numbers).id : null,
        direction: inbound ? "inbound" : "outbound",
        outcome,
        counterpart: counterpart(),
        startedAt,
        waitSeconds,
        handleSeconds,
      });
      takenBy.set(id, person);
    }
  }
  for (let i = 0; i < rows.length; i += CALL_BATCH) await db.insert(calls).values(rows.slice(i, i + CALL_BATCH));

  const answered = rows.filter((r) => r.outcome === "answered");
  const chance = Math.min(1, volume.recordings / Math.max(1, answered.length));
  const recorded: NewRecording[] = answered
    .filter(() => random() < chance)
    .map((call) => {
      const person = takenBy.get(call.id)!;
      const { transcript, durationSeconds } = demoRecording(random, {
        direction: call.direction,
        agent: person.firstName,
        company: org.name,
      });
      return {
        orgId: org.id,
        callId: call.id,
        memberId: call.memberId,
        durationSeconds,
        mimeType: "audio/wav",
        // Synthesised when first played: generating ~110 WAVs here was most of the seed's time.
        audio: null,
        transcript,
        createdAt: new Date(Math.min(now.getTime(), call.startedAt.getTime() + call.handleSeconds! * 1000)),
      };
    });
  for (let i = 0; i < recorded.length; i += RECORDING_BATCH) {
    await db.insert(recordings).values(recorded.slice(i, i + RECORDING_BATCH));
  }
}
