import { decode, encode } from "next-auth/jwt";
import { beforeAll, describe, expect, it } from "vitest";
import { authSecret } from "./secret";
import { SESSION_MAX_AGE_S } from "./session-policy";
import { encodeSession, readSession } from "./session-token";

const MEMBER = "0b6f3c4e-2f55-4a5e-9d1b-6a3f0b9a1c11";
const SESSION = "5d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6";

beforeAll(() => {
  process.env.AUTH_SECRET ??= "session-test-secret-0123456789abcdef";
});

async function cookieFor(name: string, claims: Record<string, unknown>, maxAge = 3600) {
  return encode({ token: claims, secret: authSecret()!, salt: name, maxAge });
}

const headers = (cookie: string) => new Headers({ cookie });
const signedIn = (claims: Record<string, unknown> = {}) => ({ memberId: MEMBER, sid: SESSION, signedInAt: Date.now() - 1000, ...claims });

describe("reading the session cookie", () => {
  it("names the member and the stored session of an Auth.js session cookie, secure or not", async () => {
    for (const name of ["authjs.session-token", "__Secure-authjs.session-token"]) {
      const claims = signedIn();
      const value = await cookieFor(name, claims);
      expect(await readSession(headers(`theme=dark; ${name}=${value}; other=1`))).toEqual({
        memberId: MEMBER,
        epoch: 0,
        sessionId: SESSION,
        signedInAt: claims.signedInAt,
        cookie: value,
      });
    }
  });

  it("reads the session epoch, and counts a token without one as epoch 0", async () => {
    const later = await cookieFor("authjs.session-token", signedIn({ epoch: 3 }));
    expect(await readSession(headers(`authjs.session-token=${later}`))).toMatchObject({ memberId: MEMBER, epoch: 3 });
    const older = await cookieFor("authjs.session-token", signedIn());
    expect(await readSession(headers(`authjs.session-token=${older}`))).toMatchObject({ memberId: MEMBER, epoch: 0 });
  });

  it("refuses a token whose epoch is not a whole number", async () => {
    for (const epoch of ["1", -1, 1.5, null]) {
      const value = await cookieFor("authjs.session-token", signedIn({ epoch }));
      expect(await readSession(headers(`authjs.session-token=${value}`)), String(epoch)).toBeNull();
    }
  });

  it("refuses a token without a stored session or a sign-in time: it could never be signed out", async () => {
    const cases = [
      { memberId: MEMBER },
      { memberId: MEMBER, signedInAt: Date.now() },
      { memberId: MEMBER, sid: SESSION },
      signedIn({ sid: "not-a-session-id" }),
      signedIn({ signedInAt: String(Date.now()) }),
    ];
    for (const claims of cases) {
      const value = await cookieFor("authjs.session-token", claims);
      expect(await readSession(headers(`authjs.session-token=${value}`)), JSON.stringify(claims)).toBeNull();
    }
  });

  it("refuses a session 12 hours after sign-in, even in a token re-issued with a fresh expiry", async () => {
    const twelveHoursAgo = Date.now() - SESSION_MAX_AGE_S * 1000;
    const renewed = await cookieFor("authjs.session-token", signedIn({ signedInAt: twelveHoursAgo - 1000 }), SESSION_MAX_AGE_S);
    expect(await readSession(headers(`authjs.session-token=${renewed}`))).toBeNull();
    const justInside = await cookieFor("authjs.session-token", signedIn({ signedInAt: twelveHoursAgo + 60_000 }), SESSION_MAX_AGE_S);
    expect(await readSession(headers(`authjs.session-token=${justInside}`))).toMatchObject({ memberId: MEMBER });
    // Signed in in the future: a forged or broken claim.
    const future = await cookieFor("authjs.session-token", signedIn({ signedInAt: Date.now() + 3_600_000 }));
    expect(await readSession(headers(`authjs.session-token=${future}`))).toBeNull();
  });

  it("refuses no cookie, a forged or truncated one, one without a member, and an expired one", async () => {
    const good = await cookieFor("authjs.session-token", signedIn());
    const cases = [
      "",
      "authjs.session-token=",
      "authjs.session-token=not-a-token",
      `authjs.session-token=${good.slice(0, -4)}`,
      // A token made for the other cookie name: the name is part of the key (salt).
      `authjs.session-token=${await cookieFor("__Secure-authjs.session-token", signedIn())}`,
      `authjs.session-token=${await cookieFor("authjs.session-token", { ...signedIn(), memberId: undefined, email: "qa@acme.test" })}`,
      `authjs.session-token=${await cookieFor("authjs.session-token", signedIn(), -10)}`,
      `xauthjs.session-token=${good}`,
    ];
    for (const cookie of cases) expect(await readSession(headers(cookie)), cookie.slice(0, 40)).toBeNull();
  });

  it("gives the same answer from its cache as from the first decode", async () => {
    const value = await cookieFor("authjs.session-token", signedIn());
    const first = await readSession(headers(`authjs.session-token=${value}`));
    expect(await readSession(headers(`authjs.session-token=${value}`))).toEqual(first);
  });
});

describe("re-issuing the session token", () => {
  it("keeps the expiry set at sign-in, however late it is re-issued", async () => {
    const salt = "authjs.session-token";
    const signedInAt = Date.now() - 11 * 3600 * 1000;
    // What Auth.js asks for on every read of the session: a fresh 12 hours.
    const value = await encodeSession({ token: signedIn({ signedInAt }), secret: authSecret()!, salt, maxAge: SESSION_MAX_AGE_S });
    const token = await decode({ token: value, secret: authSecret()!, salt });
    expect(Math.abs(token!.exp! - Math.floor((signedInAt + SESSION_MAX_AGE_S * 1000) / 1000))).toBeLessThanOrEqual(1);
    // Past the 12 hours it is issued already expired.
    const late = await encodeSession({ token: signedIn({ signedInAt: signedInAt - 2 * 3600 * 1000 }), secret: authSecret()!, salt, maxAge: SESSION_MAX_AGE_S });
    expect(await readSession(headers(`${salt}=${late}`))).toBeNull();
  });
});
