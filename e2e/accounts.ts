// The demo accounts (db/seed.ts) QA signs in with, and where each one's session is stored.
export const PASSWORD = "switchboard-demo";

export const ACCOUNTS = {
  owner: "owner@acme.test",
  admin: "admin@acme.test",
  agent: "agent@acme.test",
  qa: "qa@acme.test",
  boltOwner: "owner@bolt.test",
  boltAgent: "agent@bolt.test",
} as const;

export type AccountName = keyof typeof ACCOUNTS;

export const storageState = (name: AccountName) => `e2e/.auth/${name}.json`;
