// The bench build's lib/api/allowances.ts (next.config.ts aliases it in that build only): a
// throughput line sends thousands of API requests a minute from one key, and the counting still
// runs on every request, so the line pays what a real request pays without being refused.
import type { ApiAllowances } from "@/lib/api/allowances";

export const API_ALLOWANCES: ApiAllowances = { perKey: 1_000_000_000, perOrganization: 1_000_000_000 };
