// How recordings are named and timed for people: in pages, file names and the audit log.
import type { TranscriptLine } from "@/db/schema";
import { formatDateTime } from "@/lib/format";
import { formatPhone } from "@/lib/numbers/format";

/** 75 -> "1:15"; fractions of a second are dropped. */
export function formatDuration(seconds: number): string {
  const whole = Math.max(0, Math.floor(seconds));
  const hours = Math.floor(whole / 3600);
  const minutes = Math.floor((whole % 3600) / 60);
  const rest = String(whole % 60).padStart(2, "0");
  return hours ? `${hours}:${String(minutes).padStart(2, "0")}:${rest}` : `${minutes}:${rest}`;
}

/** Where a transcript line starts; short recordings need tenths to tell lines apart ("0:03.4"). */
export function formatOffset(seconds: number, recordingSeconds: number): string {
  if (recordingSeconds >= 60) return formatDuration(seconds);
  const tenths = Math.round(seconds * 10) % 10;
  return `${formatDuration(seconds)}.${tenths}`;
}

type Named = { direction: "inbound" | "outbound"; counterpart: string; callStartedAt: Date };

export function recordingTitle(r: Named): string {
  return `${r.direction === "inbound" ? "Call from" : "Call to"} ${formatPhone(r.counterpart)}`;
}

/** Names the recording in the audit log: who was called, and when. */
export function recordingAuditName(r: Named): string {
  return `${recordingTitle(r)} on ${formatDateTime(r.callStartedAt)}`;
}

/** "call-2025-03-04-1405-inbound-14155550123.wav": sortable, and safe in any file system. */
export function recordingFileName(r: Named, extension: "wav" | "txt"): string {
  const stamp = r.callStartedAt.toISOString().slice(0, 16).replace("T", "-").replace(":", "");
  return `call-${stamp}-${r.direction}-${r.counterpart.replace(/\D/g, "")}.${extension}`;
}

export const speakerLabel = (speaker: TranscriptLine["speaker"], memberName: string | null) => (speaker === "agent" ? (memberName ?? "Agent") : "Customer");

/** The transcript as plain text, one "[0:04.2] Speaker: words" line each. */
export function transcriptText(r: { transcript: TranscriptLine[]; memberName: string | null; durationSeconds: number }): string {
  return r.transcript.map((l) => `[${formatOffset(l.atSeconds, r.durationSeconds)}] ${speakerLabel(l.speaker, r.memberName)}: ${l.text}`).join("\n") + "\n";
}

/** The line around the words searched for, else the first line, for the list. */
export function transcriptSnippet(lines: TranscriptLine[], q?: string): string {
  const needle = q?.trim().toLowerCase();
  const line = (needle && lines.find((l) => l.text.toLowerCase().includes(needle))) || lines[0];
  return line?.text ?? "No transcript";
}
