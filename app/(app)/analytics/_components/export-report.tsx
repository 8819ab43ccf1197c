"use client";

// Downloads the export while showing how far it has got: the CSV is read as it streams in,
// rows counted, then saved from memory. Without JavaScript the link downloads it directly.
import { useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { buttonClass } from "@/components/ui/button-class";
import { ROW_COUNT_HEADER } from "@/lib/analytics/export-link";

type Progress =
  | { state: "idle" }
  | { state: "running"; rows: number; total: number | null; bytes: number }
  | { state: "done"; rows: number; bytes: number; fileName: string }
  | { state: "failed"; message: string };

const NUMBER = new Intl.NumberFormat("en-GB");
const size = (bytes: number) => (bytes < 1024 ? `${bytes} bytes` : `${NUMBER.format(Math.round(bytes / 1024))} KB`);
const NEWLINE = 10;

function fileNameOf(response: Response): string {
  const match = /filename="([^"]+)"/.exec(response.headers.get("content-disposition") ?? "");
  return match?.[1] ?? "calls.csv";
}

function save(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function ExportReport({ href, periodLabel }: { href: string; periodLabel: string }) {
  const [progress, setProgress] = useState<Progress>({ state: "idle" });
  const abort = useRef<AbortController | null>(null);

  async function run(event: React.MouseEvent<HTMLAnchorElement>) {
    event.preventDefault();
    const controller = new AbortController();
    abort.current = controller;
    try {
      const response = await fetch(href, { signal: controller.signal });
      if (!response.ok || !response.body) {
        setProgress({ state: "failed", message: (await response.text()) || "The export could not be made. Try again." });
        return;
      }
      const total = Number(response.headers.get(ROW_COUNT_HEADER));
      const known = Number.isFinite(total) && response.headers.has(ROW_COUNT_HEADER) ? total : null;
      const reader = response.body.getReader();
      const chunks: Uint8Array<ArrayBuffer>[] = [];
      let bytes = 0;
      let lines = 0;
      setProgress({ state: "running", rows: 0, total: known, bytes: 0 });
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        chunks.push(value);
        bytes += value.length;
        for (const byte of value) if (byte === NEWLINE) lines++;
        // The first line is the header.
        setProgress({ state: "running", rows: Math.max(0, lines - 1), total: known, bytes });
      }
      const fileName = fileNameOf(response);
      save(new Blob(chunks, { type: "text/csv" }), fileName);
      setProgress({ state: "done", rows: Math.max(0, lines - 1), bytes, fileName });
    } catch (error) {
      setProgress(
        controller.signal.aborted
          ? { state: "failed", message: "Export cancelled." }
          : { state: "failed", message: "The export stopped before it finished. Check your connection and try again." },
      );
      if (!controller.signal.aborted) console.error(error);
    } finally {
      abort.current = null;
    }
  }

  const running = progress.state === "running";
  return (
    <div className="flex flex-col items-start gap-2 sm:items-end">
      <div className="flex gap-2">
        <a
          href={href}
          download
          onClick={running ? (e) => e.preventDefault() : run}
          aria-disabled={running || undefined}
          className={buttonClass("secondary", running ? "cursor-wait opacity-70" : "")}
        >
          {running ? "Exporting…" : "Export CSV"}
        </a>
        {running && (
          <Button variant="secondary" onClick={() => abort.current?.abort()}>
            Cancel export
          </Button>
        )}
      </div>
      {running && progress.total !== null && (
        <progress max={Math.max(1, progress.total)} value={progress.rows} aria-label="Export progress" className="h-2 w-56 max-w-full accent-brand-600" />
      )}
      <p role="status" className="text-xs text-slate-700 sm:text-right">
        {progress.state === "idle" && `Calls of the ${periodLabel}, as CSV.`}
        {progress.state === "running" &&
          `Received ${NUMBER.format(progress.rows)}${progress.total !== null ? ` of ${NUMBER.format(progress.total)}` : ""} rows (${size(progress.bytes)})…`}
        {progress.state === "done" && `Saved ${progress.fileName}: ${NUMBER.format(progress.rows)} rows, ${size(progress.bytes)}.`}
        {progress.state === "failed" && <span className="text-red-700">{progress.message}</span>}
      </p>
    </div>
  );
}
