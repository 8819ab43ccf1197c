import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { getDb } from "@/db";
import { authSecret } from "@/lib/auth/secret";
import { signInWithCredentials, SsoRequiredError, TwoFactorRequiredError, TwoFactorWrongError } from "@/lib/auth/credentials";
import { SESSION_MAX_AGE_S } from "@/lib/auth/session-policy";
import { encodeSession, sessionClaims } from "@/lib/auth/session-token";
import { endSession, tokenStands } from "@/lib/auth/sessions";
import { clientAddress, SignInLockedError } from "@/lib/auth/throttle";
import { redeemSsoTicket } from "@/lib/sso/sign-in";

/** Surfaces a lock to the sign-in form: Auth.js passes only a CredentialsSignin's code on. */
export class SignInLocked extends CredentialsSignin {
  code = "locked";
}

/** The password was right and two-factor is on: the form asks for the authentication code. */
class TwoFactorRequired extends CredentialsSignin {
  code = "two_factor_required";
}

class TwoFactorWrong extends CredentialsSignin {
  code = "two_factor_invalid";
}

/** The password was right, and the organisation requires single sign-on for this member. */
class SsoRequired extends CredentialsSignin {
  code = "sso_required";
}

declare module "next-auth" {
  interface Session {
    memberId?: string;
  }
  interface User {
    /** The member's session epoch at sign-in (lib/auth/credentials.ts). */
    epoch?: number;
    /** The stored session this sign-in started (lib/auth/sessions.ts). */
    sessionId?: string;
    /** When it started (ms). */
    signedInAt?: number;
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    memberId?: string;
    /** Compared with the member's session epoch on every request: a password change ends the session. */
    epoch?: number;
    /** The stored session (member_sessions): signing out revokes it there, for every copy of this cookie. */
    sid?: string;
    /** Sign-in time (ms): the session ends 12 hours later, however often the token is re-issued. */
    signedInAt?: number;
  }
}

// The session says only who you are, which stored session this is, and when and at which
// session epoch you signed in. What you may do, and whether the session still stands, is read
// from the database on every request (lib/authz/check.ts), so role changes, deactivation,
// password changes and signing out apply at once.
export const { handlers, signIn, signOut } = NextAuth({
  secret: authSecret(),
  trustHost: true,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_S },
  // Auth.js re-issues the token on every read of the session: its expiry stays the one set at
  // sign-in, never 12 hours from the last read.
  jwt: { encode: encodeSession },
  pages: { signIn: "/sign-in" },
  providers: [
    Credentials({
      credentials: { email: { label: "Email" }, password: { label: "Password", type: "password" }, code: { label: "Authentication code" } },
      authorize: async (raw, request) => {
        try {
          return await signInWithCredentials(getDb(), raw, clientAddress(request?.headers), request?.headers.get("user-agent"));
        } catch (error) {
          if (error instanceof SignInLockedError) throw new SignInLocked();
          if (error instanceof TwoFactorRequiredError) throw new TwoFactorRequired();
          if (error instanceof TwoFactorWrongError) throw new TwoFactorWrong();
          if (error instanceof SsoRequiredError) throw new SsoRequired();
          throw error;
        }
      },
    }),
    // The last step of single sign-on (lib/sso/sign-in.ts): /api/sso/callback verified the
    // identity provider's answer and hands over a one-time ticket (SHA-256 stored, single use,
    // within the 10-minute trip), which becomes a session the same way a password does.
    Credentials({
      id: "sso",
      name: "Single sign-on",
      credentials: { ticket: { label: "Ticket" } },
      authorize: async (raw, request) =>
        redeemSsoTicket(getDb(), (raw as { ticket?: unknown }).ticket, request?.headers.get("user-agent"), clientAddress(request?.headers)),
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user?.id) {
        token.memberId = user.id;
        token.epoch = user.epoch ?? 0;
        token.sid = user.sessionId;
        token.signedInAt = user.signedInAt;
        return token;
      }
      // Any later read (GET /api/auth/session): an ended session is answered as signed out,
      // and its cookie cleared, exactly as a page request would be refused.
      return (await tokenStands(getDb(), token)) ? token : null;
    },
    session({ session, token }) {
      session.memberId = token.memberId;
      return session;
    },
  },
  events: {
    // Every way Auth.js signs out (the app's sign-out action, its own /api/auth/signout) ends
    // the stored session, so a copy of the cookie kept elsewhere is refused from now on.
    async signOut(message) {
      if ("token" in message) await endSession(getDb(), sessionClaims(message.token));
    },
  },
});
