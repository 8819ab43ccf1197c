import { describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { seededRandom } from "@/db/seed/context";
import { demoAudio, demoAudioOf, demoRecording } from "./demo-dialogues";
import { encodeWav, SAMPLE_RATE, synthesizeCall, wavSeconds } from "./wav";

describe("encodeWav", () => {
  it("writes a PCM 8 kHz mono 8-bit RIFF header before the samples", () => {
    const samples = new Uint8Array([128, 200, 50, 128]);
    const file = encodeWav(samples);
    expect(file.toString("ascii", 0, 4)).toBe("RIFF");
    expect(file.readUInt32LE(4)).toBe(36 + samples.length);
    expect(file.toString("ascii", 8, 16)).toBe("WAVEfmt ");
    expect(file.readUInt16LE(20)).toBe(1);
    expect(file.readUInt16LE(22)).toBe(1);
    expect(file.readUInt32LE(24)).toBe(SAMPLE_RATE);
    expect(file.readUInt16LE(34)).toBe(8);
    expect(file.toString("ascii", 36, 40)).toBe("data");
    expect(file.readUInt32LE(40)).toBe(samples.length);
    expect([...file.subarray(44)]).toEqual([...samples]);
  });
});

describe("synthesizeCall", () => {
  const utterances = [
    { speaker: "agent" as const, startSeconds: 0.2, endSeconds: 1.2 },
    { speaker: "customer" as const, startSeconds: 1.4, endSeconds: 2.8 },
  ];

  it("is the same for the same seed and differs between seeds", () => {
    const a = synthesizeCall(utterances, 3, 1);
    expect(synthesizeCall(utterances, 3, 1)).toEqual(a);
    expect(synthesizeCall(utterances, 3, 2)).not.toEqual(a);
    expect(a).toHaveLength(3 * SAMPLE_RATE);
  });

  it("is louder while someone speaks than in the pauses", () => {
    const samples = synthesizeCall(utterances, 3, 3);
    const loudness = (from: number, to: number) => {
      const slice = samples.subarray(from * SAMPLE_RATE, to * SAMPLE_RATE);
      return slice.reduce((n, s) => n + Math.abs(s - 128), 0) / slice.length;
    };
    expect(loudness(0.3, 1.1)).toBeGreaterThan(loudness(2.9, 3) * 3);
  });
});

describe("demoRecording", () => {
  it("makes a few seconds of audio within 40 KB whose transcript fits inside it", () => {
    const random = seededRandom(9);
    for (let i = 0; i < 20; i++) {
      const { durationSeconds, transcript } = demoRecording(random, {
        direction: i % 2 ? "inbound" : "outbound",
        agent: "Liam",
        company: "Acme Support",
      });
      const audio = demoAudioOf({ id: randomUUID(), transcript, durationSeconds });
      expect(audio.length).toBeLessThanOrEqual(40 * 1024);
      expect(wavSeconds(audio)).toBe(durationSeconds);
      expect(transcript.length).toBeGreaterThanOrEqual(5);
      expect(transcript.every((l, j) => l.atSeconds < durationSeconds && (j === 0 || l.atSeconds > transcript[j - 1].atSeconds))).toBe(true);
      expect(transcript.map((l) => l.text).join(" ")).not.toMatch(/\{\w+\}/);
    }
  });

  it("renders the same recording to the same audio, and another recording to other audio", () => {
    const { transcript, durationSeconds } = demoRecording(seededRandom(4), { direction: "outbound", agent: "Ava", company: "Bolt" });
    const id = randomUUID();
    const audio = demoAudioOf({ id, transcript, durationSeconds });
    expect(demoAudioOf({ id, transcript, durationSeconds })).toEqual(audio);
    expect(demoAudioOf({ id: randomUUID(), transcript, durationSeconds })).not.toEqual(audio);
    expect(demoAudio(transcript, durationSeconds, 1).length).toBe(audio.length);
  });
});
