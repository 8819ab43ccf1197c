// The demo accounts the sign-in page lists: apart from the seed, so that page compiles without it.
export const DEMO_PASSWORD = "switchboard-demo";

export const DEMO_ACCOUNTS = [
  { name: "Olivia Owner", email: "owner@acme.test", org: "Acme Support", role: "Owner" },
  { name: "Adam Admin", email: "admin@acme.test", org: "Acme Support", role: "Admin" },
  { name: "Alex Agent", email: "agent@acme.test", org: "Acme Support", role: "Agent" },
  { name: "Quinn Lead", email: "qa@acme.test", org: "Acme Support", role: "QA Lead" },
  { name: "Blake Owner", email: "owner@bolt.test", org: "Bolt Startup", role: "Owner" },
  { name: "Bea Agent", email: "agent@bolt.test", org: "Bolt Startup", role: "Agent" },
] as const;
