"use client";

// The audio player with its transcript beside it: the line being spoken is highlighted, and
// each line's time plays the recording from there.
import { useRef, useState } from "react";
import type { TranscriptLine } from "@/db/schema";
import { formatOffset, speakerLabel } from "@/lib/recordings/labels";

type Props = {
  src: string;
  title: string;
  transcript: TranscriptLine[];
  agentName: string;
  durationSeconds: number;
  /** Shown under the player: downloads and delete. */
  children?: React.ReactNode;
};

export function RecordingPlayer({ src, title, transcript, agentName, durationSeconds, children }: Props) {
  const audio = useRef<HTMLAudioElement>(null);
  const [now, setNow] = useState(-1);
  const current = transcript.findLastIndex((line) => line.atSeconds <= now);

  function playFrom(seconds: number) {
    const player = audio.current;
    if (!player) return;
    player.currentTime = seconds;
    void player.play().catch(() => {});
  }

  return (
    <div className="grid gap-6 md:grid-cols-[minmax(0,18rem)_minmax(0,1fr)]">
      <div className="space-y-4">
        <section aria-labelledby="player-heading" className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="player-heading" className="mb-3 text-sm font-semibold text-slate-900">
            Listen
          </h2>
          {/* eslint-disable-next-line jsx-a11y/media-has-caption -- the transcript beside the player is its text */}
          <audio
            ref={audio}
            controls
            preload="metadata"
            src={src}
            aria-label={`Recording: ${title}`}
            className="w-full"
            onTimeUpdate={(e) => setNow(e.currentTarget.currentTime)}
            onEnded={() => setNow(-1)}
          >
            <a href={src} className="text-brand-700 underline underline-offset-2">
              Play the recording
            </a>
          </audio>
        </section>
        {children}
      </div>
      <section aria-labelledby="transcript-heading" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="transcript-heading" className="mb-3 text-sm font-semibold text-slate-900">
          Transcript
        </h2>
        {transcript.length === 0 ? (
          <p className="text-sm text-slate-700">This recording has no transcript.</p>
        ) : (
          <ol className="space-y-2 text-sm">
            {transcript.map((line, i) => {
              const speaker = speakerLabel(line.speaker, agentName);
              const at = formatOffset(line.atSeconds, durationSeconds);
              return (
                <li key={i} className={`flex gap-3 rounded-md px-2 py-1.5 ${i === current ? "bg-brand-50 ring-1 ring-inset ring-indigo-200" : ""}`}>
                  <button
                    type="button"
                    onClick={() => playFrom(line.atSeconds)}
                    aria-label={`Play from ${at}`}
                    className="shrink-0 rounded px-1 font-mono text-xs text-brand-700 underline underline-offset-2 hover:bg-brand-50"
                  >
                    {at}
                  </button>
                  <p className="min-w-0">
                    <span className={`font-medium ${line.speaker === "agent" ? "text-brand-700" : "text-slate-900"}`}>{speaker}:</span> {line.text}
                  </p>
                </li>
              );
            })}
          </ol>
        )}
      </section>
    </div>
  );
}
