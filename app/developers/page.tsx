import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { Badge } from "@/components/ui/badge";
import { Table, Td, Th, THead, Tr } from "@/components/ui/table";
import { API_ALLOWANCES } from "@/lib/api/allowances";
import { API_BASE, apiReference, PERMISSION_KEY, type ReferenceOperation } from "@/lib/api/reference";
import { ApiKeyField, TryIt, TryItKeyProvider } from "./try-it";

export const metadata: Metadata = { title: "API reference" };

const METHOD_TONE = { GET: "success", POST: "brand", PUT: "warning", PATCH: "warning", DELETE: "danger" } as const;

const code = "rounded bg-slate-100 px-1 font-mono text-[0.85em]";
const block = "mt-2 whitespace-pre-wrap wrap-anywhere rounded-md border border-slate-200 bg-slate-50 p-3 font-mono text-xs leading-5 text-slate-900";
const link = "text-brand-700 underline underline-offset-2";

// Public like the OpenAPI document it is read from (no customer data): people read it before
// they have an account, and tools link to it. Rendered per request only so Next's scripts get
// the request's nonce; the reference itself is built once per server.
export default async function DevelopersPage() {
  await connection();
  const { groups, problem } = apiReference();
  return (
    <TryItKeyProvider>
      <main className="mx-auto max-w-5xl px-4 py-10 text-sm leading-6 text-slate-800">
        <p className="mb-2 text-lg font-semibold text-brand-700">Switchboard</p>
        <h1 className="text-2xl font-semibold tracking-tight text-slate-900">API reference</h1>
        <p className="mt-2 max-w-3xl">
          Every operation of the REST API at <code className={code}>{API_BASE}</code>, read from its OpenAPI 3.1 document (
          <a className={link} href={`${API_BASE}/openapi.json`}>
            openapi.json
          </a>
          , for code generators and API tools).
        </p>

        <section aria-labelledby="basics" className="mt-6 max-w-3xl space-y-2">
          <h2 id="basics" className="text-lg font-semibold text-slate-900">
            Basics
          </h2>
          <p>
            Send an API key as <code className={code}>Authorization: Bearer sbk_…</code>. Create keys in{" "}
            <Link className={link} href="/settings/api-keys">
              Settings › API keys
            </Link>{" "}
            (Business plan and above): a key acts as the member who created it, limited to the permissions chosen for it. The examples use{" "}
            <code className={code}>KEY</code> for the key and <code className={code}>API</code> for this server’s address followed by{" "}
            <code className={code}>{API_BASE}</code>.
          </p>
          <p>
            Each key may make {API_ALLOWANCES.perKey} requests a minute and an organisation’s keys {API_ALLOWANCES.perOrganization}; answers carry{" "}
            <code className={code}>RateLimit</code> headers, and a <code className={code}>429</code> says when to retry in{" "}
            <code className={code}>Retry-After</code>. Changes to a role or a member’s role need <code className={code}>If-Match</code> with the ETag last read;
            a <code className={code}>POST</code> with an <code className={code}>Idempotency-Key</code> is done once however often it is sent.
          </p>
          <p>
            <code className={code}>{PERMISSION_KEY}</code> is a permission key from <code className={code}>GET /permissions</code>, such as{" "}
            <code className={code}>members.view</code>. Failures are problem details (RFC 9457, <code className={code}>application/problem+json</code>):
          </p>
          <pre className={block}>{`Problem ${problem}`}</pre>
          <ApiKeyField />
        </section>

        <nav aria-labelledby="operations" className="mt-8">
          <h2 id="operations" className="text-lg font-semibold text-slate-900">
            Operations
          </h2>
          <div className="mt-2 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {groups.map((group) => (
              <div key={group.id}>
                <h3 className="font-medium text-slate-900">
                  <a className={link} href={`#${group.id}`}>
                    {group.label}
                  </a>
                </h3>
                <ul className="mt-1 space-y-1">
                  {group.operations.map((op) => (
                    <li key={op.id} className="wrap-anywhere">
                      <a className={link} href={`#${op.id}`}>
                        <span className="font-mono text-xs">{op.method}</span> {op.path}
                      </a>
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </div>
        </nav>

        {groups.map((group) => (
          <section key={group.id} id={group.id} aria-labelledby={`${group.id}-heading`} className="mt-10">
            <h2 id={`${group.id}-heading`} className="border-b border-slate-200 pb-1 text-xl font-semibold text-slate-900">
              {group.label}
            </h2>
            {group.operations.map((op) => (
              <OperationReference key={op.id} op={op} />
            ))}
          </section>
        ))}
      </main>
    </TryItKeyProvider>
  );
}

function OperationReference({ op }: { op: ReferenceOperation }) {
  const title = `${op.method} ${op.path}`;
  return (
    <section id={op.id} aria-labelledby={`${op.id}-heading`} className="mt-6 rounded-lg border border-slate-200 bg-white p-4">
      <h3 id={`${op.id}-heading`} className="flex flex-wrap items-center gap-2 font-mono text-base font-semibold text-slate-900">
        <Badge tone={METHOD_TONE[op.method as keyof typeof METHOD_TONE] ?? "neutral"}>{op.method}</Badge> <span className="wrap-anywhere">{op.path}</span>
      </h3>
      <p className="mt-2">{op.summary}.</p>
      {op.permission && (
        <p className="mt-1 text-slate-700">
          Needs the permission <code className={code}>{op.permission}</code>, held by the key and by the member who created it.
        </p>
      )}
      {op.parameters.length > 0 && (
        <div className="mt-3">
          <Table caption={`Parameters of ${title}`} stack>
            <THead>
              <Th>Parameter</Th>
              <Th>In</Th>
              <Th>Type</Th>
              <Th>Description</Th>
            </THead>
            <tbody>
              {op.parameters.map((p) => (
                <Tr key={`${p.in}-${p.name}`}>
                  <Th scope="row" className="font-mono">
                    {p.name}
                    {p.required ? "" : "?"}
                  </Th>
                  <Td label="In">{p.in}</Td>
                  <Td label="Type" className="font-mono text-xs wrap-anywhere">
                    {p.type}
                  </Td>
                  <Td label="Description">{[p.required ? "Required." : "Optional.", p.description].filter(Boolean).join(" ")}</Td>
                </Tr>
              ))}
            </tbody>
          </Table>
        </div>
      )}
      {op.requestBody && (
        <>
          <h4 className="mt-3 font-medium text-slate-900">Request body (JSON)</h4>
          <pre className={block}>{op.requestBody}</pre>
        </>
      )}
      <h4 className="mt-3 font-medium text-slate-900">Responses</h4>
      <ul className="mt-1 space-y-2">
        {op.responses.map((r) => (
          <li key={r.status}>
            <details>
              <summary className="cursor-pointer">
                <span className="font-mono">{r.status}</span> {r.description}
              </summary>
              <pre className={block}>{r.type}</pre>
            </details>
          </li>
        ))}
        <li className="text-slate-700">
          Problem details: <span className="font-mono">{op.errors.join(", ")}</span>
        </li>
      </ul>
      <h4 className="mt-3 font-medium text-slate-900">Example</h4>
      <pre className={block}>{op.curl}</pre>
      <TryIt method={op.method} path={op.path} parameters={op.parameters} exampleBody={op.exampleBody} />
    </section>
  );
}
