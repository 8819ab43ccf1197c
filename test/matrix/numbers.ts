import type { Db } from "@/db";
import { insertNumber } from "@/db/queries/numbers";
import { carrierFor } from "@/lib/numbers/carrier";
import type { MatrixArea } from "./types";

// 206 first; the others once the matrix's many scenes have taken 206's whole stock. Never 303,
// which the purchase form below names.
const AREA_CODES = ["206", "212", "305", "312", "404", "415", "512", "617", "646", "737"];

/** A number still for sale, bought straight into the organisation (no audit: test setup). */
export async function addMatrixNumber(db: Db, orgId: string, label: string) {
  let offered: Awaited<ReturnType<ReturnType<typeof carrierFor>["searchNumbers"]>>[number] | undefined;
  for (const areaCode of AREA_CODES) {
    [offered] = await carrierFor(db).searchNumbers({ country: "US", areaCode, limit: 1 });
    if (offered) break;
  }
  const number = await insertNumber(db, {
    orgId,
    e164: offered!.e164,
    label,
    country: offered!.country,
    areaCode: offered!.areaCode,
    monthlyPriceCents: offered!.monthlyPriceCents,
    carrierRef: `matrix-${offered!.e164}`,
  });
  return number!;
}

// A number of the scene's organisation, and one still for sale that the purchase form names.
export const numbersMatrix: MatrixArea = {
  async build(db, scene) {
    const number = await addMatrixNumber(db, scene.org.org.id, "Matrix main line");
    // Another area code than addMatrixNumber's, so later builds never take it first.
    const [forSale] = await carrierFor(db).searchNumbers({ country: "US", areaCode: "303", limit: 1 });
    return { numberId: number.id, numberForSale: forSale!.e164 };
  },
  forms: {
    "numbers.purchase": (s) => ({ orgId: s.org.org.id, e164: s.ids.numberForSale!, label: "Matrix purchase" }),
    "numbers.assign": (s) => ({ numberId: s.ids.numberId!, target: `member:${s.agent.id}` }),
    "numbers.setCallerId": (s) => ({ memberId: s.agent.id, numberId: s.ids.numberId! }),
  },
};
