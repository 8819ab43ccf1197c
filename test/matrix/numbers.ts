import type { Db } from "@/db";
import { insertNumber } from "@/db/queries/numbers";
import { carrierFor } from "@/lib/numbers/carrier";
import type { MatrixArea } from "./types";

// The matrix builds hundreds of scenes, two numbers each: when one area code's stock of 300
// runs out, spill into the next. Never 303, which the purchase form takes from.
const SPARE_AREA_CODES = ["206", "212", "305", "312", "404", "415", "512", "617", "646", "737"];

/** A number still for sale, bought straight into the organisation (no audit: test setup). */
export async function addMatrixNumber(db: Db, orgId: string, label: string) {
  for (const areaCode of SPARE_AREA_CODES) {
    const [offered] = await carrierFor(db).searchNumbers({ country: "US", areaCode, limit: 1 });
    if (!offered) continue;
    const number = await insertNumber(db, {
      orgId,
      e164: offered.e164,
      label,
      country: offered.country,
      areaCode: offered.areaCode,
      monthlyPriceCents: offered.monthlyPriceCents,
      carrierRef: `matrix-${offered.e164}`,
    });
    return number;
  }
  throw new Error("The carrier simulator has no numbers left in the matrix's area codes.");
}

// A number of the scene's organisation, and one still for sale that the purchase form names.
export const numbersMatrix: MatrixArea = {
  async build(db, scene) {
    const number = await addMatrixNumber(db, scene.org.org.id, "Matrix main line");
    // Another area code than addMatrixNumber's, so later builds never take it first.
    const [forSale] = await carrierFor(db).searchNumbers({ country: "US", areaCode: "303", limit: 1 });
    return { numberId: number.id, numberForSale: forSale.e164 };
  },
  forms: {
    "numbers.purchase": (s) => ({ orgId: s.org.org.id, e164: s.ids.numberForSale, label: "Matrix purchase" }),
    "numbers.assign": (s) => ({ numberId: s.ids.numberId, target: `member:${s.agent.id}` }),
    "numbers.setCallerId": (s) => ({ memberId: s.agent.id, numberId: s.ids.numberId }),
  },
};
