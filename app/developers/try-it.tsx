"use client";

// "Try it" on the API reference: one request to this server's API with a key typed into the page.
// The key lives in this page's memory only (never stored), so it is gone on reload. Shown once
// React runs: without scripts the reference reads the same, minus the forms that need them.
import { createContext, useContext, useState } from "react";
import { Button } from "@/components/ui/button";
import { FieldFrame } from "@/components/ui/field-frame";
import { useHydrated } from "@/components/ui/use-hydrated";

const KeyContext = createContext<{ apiKey: string; setApiKey: (key: string) => void }>({ apiKey: "", setApiKey: () => {} });

export function TryItKeyProvider({ children }: { children: React.ReactNode }) {
  const [apiKey, setApiKey] = useState("");
  return <KeyContext value={{ apiKey, setApiKey }}>{children}</KeyContext>;
}

export function ApiKeyField() {
  const { apiKey, setApiKey } = useContext(KeyContext);
  if (!useHydrated()) return null;
  return (
    <div className="max-w-md space-y-2">
      <p>
        Each operation below has a <strong>Try it</strong> form that sends a real request to this server with the key entered here: what it changes, it changes.
      </p>
      <FieldFrame label="API key for Try it" hint="Kept in this page only, never stored: it is gone when you reload or leave.">
        {(control) => <input {...control} type="password" autoComplete="off" spellCheck={false} value={apiKey} onChange={(e) => setApiKey(e.target.value)} />}
      </FieldFrame>
    </div>
  );
}

type Parameter = { name: string; in: string; required: boolean };
type Answer = { status: string; text: string };

const pretty = (text: string) => {
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
};

const text = (entry: FormDataEntryValue | null) => (typeof entry === "string" ? entry : "");

function requestFor(method: string, path: string, parameters: Parameter[], form: FormData, apiKey: string): Request {
  const value = (p: Parameter) => text(form.get(`${p.in}:${p.name}`)).trim();
  const url = new URL(
    `/api/v1${path.replace(/\{(\w+)\}/g, (_m, name: string) => encodeURIComponent(text(form.get(`path:${name}`)).trim()))}`,
    window.location.origin,
  );
  const headers = new Headers(apiKey ? { authorization: `Bearer ${apiKey.trim()}` } : {});
  for (const p of parameters) {
    if (!value(p)) continue;
    if (p.in === "query") url.searchParams.set(p.name, value(p));
    if (p.in === "header") headers.set(p.name, value(p));
  }
  const body = form.get("body");
  if (typeof body === "string") headers.set("content-type", "application/json");
  return new Request(url, { method, headers, body: typeof body === "string" ? body : undefined });
}

export function TryIt({ method, path, parameters, exampleBody }: { method: string; path: string; parameters: Parameter[]; exampleBody: string | null }) {
  const { apiKey } = useContext(KeyContext);
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [pending, setPending] = useState(false);
  if (!useHydrated()) return null;

  async function send(form: FormData) {
    setPending(true);
    try {
      const response = await fetch(requestFor(method, path, parameters, form, apiKey));
      setAnswer({ status: `HTTP ${response.status}`, text: pretty(await response.text()) });
    } catch {
      setAnswer({ status: "The request could not be sent", text: "" });
    } finally {
      setPending(false);
    }
  }

  return (
    <details className="mt-3">
      <summary className="cursor-pointer font-medium text-slate-900">Try it</summary>
      <form
        className="mt-2 space-y-3"
        onSubmit={(event) => {
          event.preventDefault();
          void send(new FormData(event.currentTarget));
        }}
      >
        {parameters.map((p) => (
          <FieldFrame key={`${p.in}:${p.name}`} label={`${p.name} (${p.in}${p.required ? ", required" : ""})`}>
            {(control) => <input {...control} name={`${p.in}:${p.name}`} required={p.required} autoComplete="off" spellCheck={false} />}
          </FieldFrame>
        ))}
        {exampleBody !== null && (
          <FieldFrame label="Request body (JSON)" className="font-mono text-xs">
            {(control) => (
              <textarea {...control} name="body" rows={Math.min(12, exampleBody.split("\n").length + 1)} defaultValue={exampleBody} spellCheck={false} />
            )}
          </FieldFrame>
        )}
        <Button type="submit" disabled={pending}>
          {pending ? "Sending…" : "Send request"}
        </Button>
        <p role="status" className="text-sm font-medium">
          {answer?.status}
        </p>
        {answer?.text && (
          <pre className="whitespace-pre-wrap wrap-anywhere rounded-md border border-slate-200 bg-slate-50 p-3 font-mono text-xs leading-5 text-slate-900">
            {answer.text}
          </pre>
        )}
      </form>
    </details>
  );
}
