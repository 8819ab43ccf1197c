// The public API's allowances, requests a minute. The bench build (next.config.ts) aliases
// lib/bench/api-allowances.ts in its place so that its API line measures rather than throttles;
// every other build compiles these, and nothing at run time can change them.
export type ApiAllowances = { perKey: number; perOrganization: number };

export const API_ALLOWANCES: ApiAllowances = { perKey: 120, perOrganization: 600 };
