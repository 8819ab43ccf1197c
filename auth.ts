import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { getDb } from "@/db";
import { authSecret } from "@/lib/auth/secret";
import { checkCredentials } from "@/lib/auth/credentials";
import { clientAddress, SignInLockedError } from "@/lib/auth/throttle";

/** Surfaces a lock to the sign-in form: Auth.js passes only a CredentialsSignin's code on. */
export class SignInLocked extends CredentialsSignin {
  code = "locked";
}

declare module "next-auth" {
  interface Session {
    memberId?: string;
  }
  interface User {
    /** The member's session epoch at sign-in (lib/auth/credentials.ts). */
    epoch?: number;
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    memberId?: string;
    /** Compared with the member's session epoch on every request: a password change ends the session. */
    epoch?: number;
  }
}

// The session says only who you are, and at which session epoch you signed in. What you may
// do, and whether the session still stands, is read from the database on every request
// (lib/authz/check.ts), so role changes, deactivation and password changes apply at once.
export const { auth, handlers, signIn, signOut } = NextAuth({
  secret: authSecret(),
  trustHost: true,
  session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
  pages: { signIn: "/sign-in" },
  providers: [
    Credentials({
      credentials: { email: { label: "Email" }, password: { label: "Password", type: "password" } },
      authorize: async (raw, request) => {
        try {
          return await checkCredentials(getDb(), raw, clientAddress(request?.headers));
        } catch (error) {
          if (error instanceof SignInLockedError) throw new SignInLocked();
          throw error;
        }
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user?.id) {
        token.memberId = user.id;
        token.epoch = user.epoch ?? 0;
      }
      return token;
    },
    session({ session, token }) {
      session.memberId = token.memberId;
      return session;
    },
  },
});
