import type { Db } from "../client";
import type { Organization } from "../schema";
import { seedBilling } from "./billing";
import { seedCallFlows } from "./call-flows";
import { seedCalls } from "./calls";
import { seedContext } from "./context";
import { seedIntegrations } from "./integrations";
import { seedInvitations } from "./invitations";
import { seedMessaging } from "./messaging";
import { seedNumbers } from "./numbers";

/** Each area's demo data for one organisation, in dependency order (numbers before calls). */
const AREAS = [
  ["numbers", seedNumbers],
  ["call flows", seedCallFlows],
  ["calls", seedCalls],
  ["messages", seedMessaging],
  ["integrations", seedIntegrations],
  ["billing", seedBilling],
  ["invitations", seedInvitations],
] as const;

export const AREA_COUNT = AREAS.length;

/** `unlisted`: the key its phone numbers are picked by, outside the carrier's stock (QA organisations). */
export async function seedAreas(
  db: Db,
  org: Organization,
  seed: number,
  { unlisted, progress = () => {} }: { unlisted?: string; progress?: (what: string) => void } = {},
) {
  for (const [what, area] of AREAS) {
    progress(`${org.name}: ${what}`);
    await area(await seedContext(db, org, seed, unlisted));
  }
}
