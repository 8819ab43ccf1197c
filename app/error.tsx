"use client";

// Unexpected failures only; their message stays on the server. The digest links the two.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main className="mx-auto max-w-lg px-4 py-16">
      <div className="rounded-lg border border-slate-200 bg-white p-6">
        <h1 className="text-2xl font-semibold">Something went wrong</h1>
        <p className="mt-2 text-slate-800">Nothing was changed. Try again in a moment.{error.digest ? ` Reference: ${error.digest}.` : ""}</p>
        <button type="button" onClick={reset} className="mt-4 rounded-md bg-brand-600 px-3 py-2 text-sm font-medium text-white">
          Try again
        </button>
      </div>
    </main>
  );
}
