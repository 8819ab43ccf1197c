// Tiny WAV files (RIFF, PCM, 8 kHz mono, 8-bit) for the demo recordings: each transcript line
// becomes a stretch of voiced tones in the speaker's register over a quiet line hiss, so what
// plays lines up with the transcript beside it. Deterministic for a given seed.
import { seededRandom } from "@/db/seed/context";

export const SAMPLE_RATE = 8000;
const HEADER_BYTES = 44;

/** A RIFF/WAVE file around unsigned 8-bit mono PCM samples (128 is silence). */
export function encodeWav(samples: Uint8Array, sampleRate = SAMPLE_RATE): Buffer {
  const out = Buffer.alloc(HEADER_BYTES + samples.length);
  out.write("RIFF", 0, "ascii");
  out.writeUInt32LE(36 + samples.length, 4);
  out.write("WAVE", 8, "ascii");
  out.write("fmt ", 12, "ascii");
  out.writeUInt32LE(16, 16); // fmt chunk size
  out.writeUInt16LE(1, 20); // PCM
  out.writeUInt16LE(1, 22); // mono
  out.writeUInt32LE(sampleRate, 24);
  out.writeUInt32LE(sampleRate, 28); // byte rate: 1 byte per sample
  out.writeUInt16LE(1, 32); // block align
  out.writeUInt16LE(8, 34); // bits per sample
  out.write("data", 36, "ascii");
  out.writeUInt32LE(samples.length, 40);
  out.set(samples, HEADER_BYTES);
  return out;
}

/** Length in seconds of a WAV made by encodeWav. */
export function wavSeconds(file: Buffer): number {
  return file.readUInt32LE(40) / file.readUInt32LE(28);
}

export type Utterance = { speaker: "agent" | "customer"; startSeconds: number; endSeconds: number };

// Voices: a fundamental in each speaker's register and a few harmonics.
const REGISTER = { agent: [190, 240], customer: [110, 150] } as const;
const HARMONICS = [1, 0.5, 0.3, 0.15];

/** Samples for a call: syllable-like tone bursts for each utterance, line hiss throughout. */
export function synthesizeCall(utterances: Utterance[], totalSeconds: number, seed: number): Uint8Array {
  const random = seededRandom(seed);
  const length = Math.round(totalSeconds * SAMPLE_RATE);
  const signal = new Float32Array(length);
  for (let i = 0; i < length; i++) signal[i] = (random() * 2 - 1) * 0.03;

  const voices = {
    agent: REGISTER.agent[0] + random() * (REGISTER.agent[1] - REGISTER.agent[0]),
    customer: REGISTER.customer[0] + random() * (REGISTER.customer[1] - REGISTER.customer[0]),
  };
  for (const utterance of utterances) {
    const base = voices[utterance.speaker];
    let t = utterance.startSeconds;
    while (t < utterance.endSeconds - 0.05) {
      const syllable = Math.min(0.1 + random() * 0.16, utterance.endSeconds - t);
      const from = base * (0.85 + random() * 0.3);
      const to = from * (0.9 + random() * 0.2);
      const loudness = 0.35 + random() * 0.3;
      const start = Math.round(t * SAMPLE_RATE);
      const count = Math.round(syllable * SAMPLE_RATE);
      let phase = 0;
      for (let i = 0; i < count && start + i < length; i++) {
        const progress = i / count;
        phase += (2 * Math.PI * (from + (to - from) * progress)) / SAMPLE_RATE;
        const envelope = Math.sin(Math.PI * progress) * loudness;
        let voice = 0;
        for (let h = 0; h < HARMONICS.length; h++) voice += HARMONICS[h] * Math.sin(phase * (h + 1));
        signal[start + i] += (voice / 2) * envelope;
      }
      t += syllable + 0.02 + random() * 0.05;
    }
  }

  const samples = new Uint8Array(length);
  for (let i = 0; i < length; i++) {
    const clipped = Math.max(-1, Math.min(1, signal[i]));
    samples[i] = Math.round(128 + clipped * 127);
  }
  return samples;
}
