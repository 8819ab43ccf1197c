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
}

declare module "@auth/core/jwt" {
  interface JWT {
    memberId?: string;
  }
}

// The session says only who you are. What you may do is read from the database on every
// request (lib/authz/check.ts), so role changes and deactivation apply at once.
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
      if (user?.id) token.memberId = user.id;
      return token;
    },
    session({ session, token }) {
      session.memberId = token.memberId;
      return session;
    },
  },
});
