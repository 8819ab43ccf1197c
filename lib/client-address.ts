// Which address a request came from, for the sign-in throttle. X-Forwarded-For is text the
// client writes: only the entries our own proxies appended can be believed, TRUST_PROXY_HOPS of
// them counted from the right. With none configured (the default) the app is the edge and the
// client is the TCP peer. Next's server cannot tell us the peer: it sets X-Forwarded-For from the
// socket only when the request has none (`??=` in next/dist/server/base-server.js), so a client
// that sends its own keeps it. Hence installPeerAddress below.
import { AsyncLocalStorage } from "node:async_hooks";
import http from "node:http";
import https from "node:https";
import { isIP } from "node:net";
import { z } from "zod";

const hopsSetting = z.coerce.number().int().min(0).max(10);

/** TRUST_PROXY_HOPS: how many proxies in front of the app append to X-Forwarded-For. */
export function proxyHops(value = process.env.TRUST_PROXY_HOPS): number {
  if (value === undefined || value.trim() === "") return 0;
  const parsed = hopsSetting.safeParse(value);
  if (!parsed.success) throw new Error(`TRUST_PROXY_HOPS must be a whole number from 0 to 10 (the proxies in front of the app), not "${value}".`);
  return parsed.data;
}

/** One address per client: IPv4 as is, IPv6 by its /64 (one subscriber's usual allocation). */
function normalise(raw: string | null | undefined): string | null {
  const address = raw?.trim().replace(/^\[(.*)\]$/, "$1");
  if (!address) return null;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return mapped[1];
  const family = isIP(address);
  if (family === 4) return address;
  if (family !== 6) return null;
  const [head = "", tail = ""] = address.toLowerCase().split("::");
  const left = head ? head.split(":") : [];
  const right = address.includes("::") ? (tail ? tail.split(":") : []) : [];
  const groups = [...left, ...Array<string>(8 - left.length - right.length).fill("0"), ...right];
  return `${groups
    .slice(0, 4)
    .map((group) => group.replace(/^0+(?=.)/, ""))
    .join(":")}::/64`;
}

export function clientAddressFrom(request: { forwardedFor: string | null; peer: string | null }, hops: number): string | null {
  const peer = normalise(request.peer);
  if (hops === 0) return peer;
  const entries = (request.forwardedFor ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (entries.length === 0) return peer;
  // Fewer entries than proxies: the farthest one there is (the operator promised no direct path).
  return normalise(entries[Math.max(0, entries.length - hops)]) ?? peer;
}

type Peer = { address: string | null };
// On globalThis: the hook is installed from instrumentation, read from route and action bundles.
const PEER = Symbol.for("switchboard.peer-address");
const globals = globalThis as { [PEER]?: AsyncLocalStorage<Peer> };
const peers = (globals[PEER] ??= new AsyncLocalStorage<Peer>());

/**
 * Runs every HTTP request of this process with its socket's address in async context, where
 * clientAddress reads it. Called once at start-up (instrumentation-node.ts), before Next's
 * request handlers are ready.
 */
export function installPeerAddress() {
  proxyHops();
  // https.Server is not an http.Server (next dev --experimental-https): both.
  for (const server of [http.Server.prototype, https.Server.prototype] as (http.Server & { [PEER]?: true })[]) {
    if (Object.hasOwn(server, PEER)) continue;
    server[PEER] = true;
    // eslint-disable-next-line @typescript-eslint/unbound-method -- called with its server as this, through Reflect.apply
    const emit = server.emit;
    server.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
      if (event !== "request") return Reflect.apply(emit, this, [event, ...args]) as boolean;
      const request = args[0] as http.IncomingMessage;
      return peers.run({ address: request.socket?.remoteAddress ?? null }, () => Reflect.apply(emit, this, [event, ...args]) as boolean);
    } as typeof server.emit;
  }
}

let warned = false;

/**
 * The client's address as TRUST_PROXY_HOPS says to read it. Never null on a server: a request
 * whose peer is unknown (one that raced start-up) shares one bucket, "unknown", so it is still
 * counted rather than let through.
 */
export function clientAddress(headers: Headers | undefined): string {
  const store = peers.getStore();
  if (!store && !warned) {
    warned = true;
    console.warn('[switchboard] A request arrived without its peer address (before installPeerAddress ran): counted as "unknown".');
  }
  return clientAddressFrom({ forwardedFor: headers?.get("x-forwarded-for") ?? null, peer: store?.address ?? null }, proxyHops()) ?? "unknown";
}
