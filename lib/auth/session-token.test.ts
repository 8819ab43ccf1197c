import { encode } from "next-auth/jwt";
import { beforeAll, describe, expect, it } from "vitest";
import { authSecret } from "./secret";
import { readSession } from "./session-token";

const MEMBER = "0b6f3c4e-2f55-4a5e-9d1b-6a3f0b9a1c11";

beforeAll(() => {
  process.env.AUTH_SECRET ??= "session-test-secret-0123456789abcdef";
});

async function cookieFor(name: string, claims: Record<string, unknown>, maxAge = 3600) {
  return encode({ token: claims, secret: authSecret()!, salt: name, maxAge });
}

const headers = (cookie: string) => new Headers({ cookie });

describe("reading the session cookie", () => {
  it("names the member of an Auth.js session cookie, secure or not", async () => {
    for (const name of ["authjs.session-token", "__Secure-authjs.session-token"]) {
      const value = await cookieFor(name, { memberId: MEMBER });
      expect(await readSession(headers(`theme=dark; ${name}=${value}; other=1`))).toEqual({ memberId: MEMBER, epoch: 0, cookie: value });
    }
  });

  it("reads the session epoch, and counts a token minted before epochs existed as epoch 0", async () => {
    const later = await cookieFor("authjs.session-token", { memberId: MEMBER, epoch: 3 });
    expect(await readSession(headers(`authjs.session-token=${later}`))).toMatchObject({ memberId: MEMBER, epoch: 3 });
    const older = await cookieFor("authjs.session-token", { memberId: MEMBER });
    expect(await readSession(headers(`authjs.session-token=${older}`))).toMatchObject({ memberId: MEMBER, epoch: 0 });
  });

  it("refuses a token whose epoch is not a whole number", async () => {
    for (const epoch of ["1", -1, 1.5, null]) {
      const value = await cookieFor("authjs.session-token", { memberId: MEMBER, epoch });
      expect(await readSession(headers(`authjs.session-token=${value}`)), String(epoch)).toBeNull();
    }
  });

  it("refuses no cookie, a forged or truncated one, one without a member, and an expired one", async () => {
    const good = await cookieFor("authjs.session-token", { memberId: MEMBER });
    const cases = [
      "",
      "authjs.session-token=",
      "authjs.session-token=not-a-token",
      `authjs.session-token=${good.slice(0, -4)}`,
      // A token made for the other cookie name: the name is part of the key (salt).
      `authjs.session-token=${await cookieFor("__Secure-authjs.session-token", { memberId: MEMBER })}`,
      `authjs.session-token=${await cookieFor("authjs.session-token", { email: "qa@acme.test" })}`,
      `authjs.session-token=${await cookieFor("authjs.session-token", { memberId: MEMBER }, -10)}`,
      `xauthjs.session-token=${good}`,
    ];
    for (const cookie of cases) expect(await readSession(headers(cookie)), cookie.slice(0, 40)).toBeNull();
  });

  it("gives the same answer from its cache as from the first decode", async () => {
    const value = await cookieFor("authjs.session-token", { memberId: MEMBER });
    const first = await readSession(headers(`authjs.session-token=${value}`));
    expect(await readSession(headers(`authjs.session-token=${value}`))).toEqual(first);
  });
});
