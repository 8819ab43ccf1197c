import type { Db } from "@/db";
import { heldNumbers } from "@/db/queries/numbers";
import { simulatedCarrier, type Carrier } from "@/lib/providers/carrier";

/** The carrier the app talks to; the simulator learns which numbers are sold from our table. */
export function carrierFor(db: Db): Carrier {
  return simulatedCarrier((e164s) => heldNumbers(db, e164s));
}
