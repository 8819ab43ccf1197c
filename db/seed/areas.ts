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

/**
 * Each area's demo data for one organisation, in dependency order (numbers before calls).
 * `unlisted`: the key its phone numbers are picked by, outside the carrier's stock (QA organisations).
 */
export async function seedAreas(db: Db, org: Organization, seed: number, unlisted?: string) {
  for (const area of [seedNumbers, seedCallFlows, seedCalls, seedMessaging, seedIntegrations, seedBilling, seedInvitations]) {
    await area(await seedContext(db, org, seed, unlisted));
  }
}
