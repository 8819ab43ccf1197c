import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clientAddress, clientAddressFrom, installPeerAddress, proxyHops } from "./client-address";

describe("the client address with no trusted proxy (TRUST_PROXY_HOPS=0, the default)", () => {
  it("is the socket's peer, whatever X-Forwarded-For claims", () => {
    expect(clientAddressFrom({ forwardedFor: "6.6.6.6", peer: "203.0.113.9" }, 0)).toBe("203.0.113.9");
    expect(clientAddressFrom({ forwardedFor: "6.6.6.6, 7.7.7.7", peer: "203.0.113.9" }, 0)).toBe("203.0.113.9");
    expect(clientAddressFrom({ forwardedFor: null, peer: "::ffff:203.0.113.9" }, 0)).toBe("203.0.113.9");
  });

  it("defaults to no hops, and refuses a setting that is not a small whole number", () => {
    expect(proxyHops(undefined)).toBe(0);
    expect(proxyHops("")).toBe(0);
    expect(proxyHops("2")).toBe(2);
    for (const bad of ["-1", "1.5", "two", "99"]) expect(() => proxyHops(bad)).toThrow(/TRUST_PROXY_HOPS/);
  });
});

describe("the client address behind N trusted proxies", () => {
  it("is the Nth address from the right: what the outermost trusted proxy saw", () => {
    // The client wrote the first two; the two proxies appended the last two.
    const forwardedFor = "6.6.6.6, 7.7.7.7, 198.51.100.4, 10.0.0.2";
    expect(clientAddressFrom({ forwardedFor, peer: "10.0.0.3" }, 1)).toBe("10.0.0.2");
    expect(clientAddressFrom({ forwardedFor, peer: "10.0.0.3" }, 2)).toBe("198.51.100.4");
  });

  it("takes the farthest address when fewer proxies were passed than configured, and the peer when there is none", () => {
    expect(clientAddressFrom({ forwardedFor: "198.51.100.4", peer: "10.0.0.3" }, 2)).toBe("198.51.100.4");
    expect(clientAddressFrom({ forwardedFor: null, peer: "10.0.0.3" }, 2)).toBe("10.0.0.3");
    // Not an address: nothing to believe, so the peer (the proxy) stands for the client.
    expect(clientAddressFrom({ forwardedFor: "<script>, nonsense", peer: "10.0.0.3" }, 1)).toBe("10.0.0.3");
  });

  it("counts an IPv6 client by its /64, which one subscriber usually holds whole", () => {
    const peer = "10.0.0.3";
    const a = clientAddressFrom({ forwardedFor: "2001:db8:1:2:aaaa::1", peer }, 1);
    const b = clientAddressFrom({ forwardedFor: "2001:db8:1:2:bbbb:cccc:dddd:eeee", peer }, 1);
    expect(a).toBe("2001:db8:1:2::/64");
    expect(b).toBe(a);
    expect(clientAddressFrom({ forwardedFor: "2001:db8:1:3::1", peer }, 1)).not.toBe(a);
  });
});

describe("the peer address seen by a real Node server", () => {
  let server: http.Server;
  let url = "";
  const seen: (string | null)[] = [];

  beforeAll(async () => {
    installPeerAddress();
    server = http.createServer((request, response) => {
      // Like Next's own server: an absent X-Forwarded-For is filled with the socket address.
      request.headers["x-forwarded-for"] ??= request.socket.remoteAddress;
      const headers = new Headers();
      for (const [name, value] of Object.entries(request.headers)) if (typeof value === "string") headers.set(name, value);
      // Read after an await, as a server action or Auth.js's authorize would.
      void Promise.resolve().then(() => {
        seen.push(clientAddress(headers));
        response.end("ok");
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("ignores a forged X-Forwarded-For and a forged X-Real-IP", async () => {
    await fetch(url, { headers: { "x-forwarded-for": "6.6.6.6", "x-real-ip": "7.7.7.7" } });
    await fetch(url);
    expect(seen).toEqual(["127.0.0.1", "127.0.0.1"]);
  });
});
