// Queries per request, counted from the database client's log (SWITCHBOARD_LOG_QUERIES=1):
// all of them, and the authorization query among them.
import type { Server } from "./server";

const ACCESS_QUERY = /from "members" inner join "roles" .* inner join "organizations" .* where "members"\."id" = \$\d+/;

export type Counted = { label: string; status: number; queries: number; access: number };

// Next answers an RSC request without its cache-busting `_rsc` parameter with a redirect to
// the URL that has it; a browser always sends it, so the count is taken on that URL.
async function asBrowserSends(server: Server, path: string, headers: Record<string, string>): Promise<string> {
  if (!headers.rsc) return path;
  const response = await fetch(server.url + path, { headers, redirect: "manual" });
  await response.arrayBuffer();
  const location = response.headers.get("location");
  return response.status === 307 && location?.includes("_rsc=") ? location : path;
}

export async function countQueries(server: Server, label: string, requested: string, headers: Record<string, string>): Promise<Counted> {
  const path = await asBrowserSends(server, requested, headers);
  // Twice: the first request of a shape may warm caches; the second is what every user pays.
  let counted: Counted | undefined;
  for (let i = 0; i < 2; i++) {
    const before = server.output.length;
    const response = await fetch(server.url + path, { headers, redirect: "manual" });
    await response.arrayBuffer();
    await new Promise((resolve) => setTimeout(resolve, 150));
    const lines = server.output.slice(before).filter((line) => line.startsWith("query: "));
    counted = { label, status: response.status, queries: lines.length, access: lines.filter((l) => ACCESS_QUERY.test(l)).length };
  }
  return counted!;
}

/** A static asset the page links to, for the line that must cost no query at all. */
export async function staticAssetPath(server: Server, pagePath: string, headers: Record<string, string>): Promise<string> {
  const html = await (await fetch(server.url + pagePath, { headers })).text();
  const match = /\/_next\/static\/[^"']+\.(?:js|css)/.exec(html);
  if (!match) throw new Error("no static asset found in the page");
  return match[0];
}
