// The phone carrier behind one small interface: number inventory and purchase, and SMS with
// delivery reports. The default is a local simulator, deterministic so that demos and tests
// see the same numbers and statuses every time; a real carrier's adapter plugs in here.
import crypto from "node:crypto";
import { E164 } from "@/lib/numbers/format";

export const COUNTRIES = ["US", "GB"] as const;
export type CountryCode = (typeof COUNTRIES)[number];

export type AreaCode = { code: string; place: string; tollFree?: true };

type OfferedNumber = {
  e164: string;
  country: CountryCode;
  areaCode: string;
  monthlyPriceCents: number;
};

type PurchaseResult = { ok: true; carrierRef: string; number: OfferedNumber } | { ok: false; reason: "not_offered" | "taken"; message: string };

type SmsStatus = "queued" | "sent" | "delivered" | "failed";

export interface Carrier {
  /** Where the carrier sells numbers: countries and their area codes. */
  coverage(): Record<CountryCode, { name: string; areaCodes: AreaCode[] }>;
  /** Numbers for sale in one area code, none already held by anyone. */
  searchNumbers(query: { country: CountryCode; areaCode: string; limit: number }): Promise<OfferedNumber[]>;
  purchaseNumber(e164: string): Promise<PurchaseResult>;
  /** Hands a message to the carrier; its status starts as queued. */
  sendSms(message: { from: string; to: string; body: string }): Promise<{ providerRef: string; status: SmsStatus }>;
  /** The carrier's latest delivery report for a message it accepted at `sentAt`. */
  smsStatus(message: { providerRef: string; to: string; sentAt: Date }, now?: Date): Promise<SmsStatus>;
}

/** Area codes as [code, place], in the order the Buy page lists them. */
const local = (...areas: [string, string][]): AreaCode[] => areas.map(([code, place]) => ({ code, place }));
const tollFree = (place: string, ...codes: string[]): AreaCode[] => codes.map((code) => ({ code, place, tollFree: true }));

const COVERAGE: ReturnType<Carrier["coverage"]> = {
  US: {
    name: "United States",
    areaCodes: [
      ...local(
        ["206", "Seattle, WA"],
        ["212", "New York, NY"],
        ["303", "Denver, CO"],
        ["305", "Miami, FL"],
        ["312", "Chicago, IL"],
        ["404", "Atlanta, GA"],
        ["415", "San Francisco, CA"],
        ["512", "Austin, TX"],
        ["617", "Boston, MA"],
        ["646", "New York, NY"],
        ["737", "Austin, TX"],
      ),
      ...tollFree("Toll-free", "800", "877", "888"),
    ],
  },
  GB: {
    name: "United Kingdom",
    areaCodes: [
      ...local(["20", "London"], ["113", "Leeds"], ["117", "Bristol"], ["121", "Birmingham"], ["131", "Edinburgh"], ["141", "Glasgow"], ["161", "Manchester"]),
      ...tollFree("Freephone", "800"),
    ],
  },
};

const DIAL_PREFIX: Record<CountryCode, string> = { US: "+1", GB: "+44" };

/** Monthly list price in US cents: local numbers cost less than toll-free ones. */
function monthlyPriceCents(country: CountryCode, areaCode: AreaCode): number {
  if (country === "US") return areaCode.tollFree ? 200 : 115;
  return areaCode.tollFree ? 350 : 150;
}

export function findAreaCode(country: CountryCode, code: string): AreaCode | null {
  return COVERAGE[country].areaCodes.find((a) => a.code === code) ?? null;
}

/** The country and area code of a number the carrier sells, or null. */
export function locateNumber(e164: string): { country: CountryCode; areaCode: AreaCode } | null {
  for (const country of COUNTRIES) {
    const prefix = DIAL_PREFIX[country];
    if (!e164.startsWith(prefix)) continue;
    const national = e164.slice(prefix.length);
    // Longest code first: GB codes differ in length.
    const codes = [...COVERAGE[country].areaCodes].sort((a, b) => b.code.length - a.code.length);
    const areaCode = codes.find((a) => national.startsWith(a.code));
    if (areaCode) return { country, areaCode };
  }
  return null;
}

// How many numbers the simulator holds per area code; searches page through them.
const INVENTORY_SIZE = 300;

function digitsFrom(seed: string, count: number): number[] {
  const bytes = crypto.createHash("sha256").update(seed).digest();
  return Array.from({ length: count }, (_, i) => bytes[i] % 10);
}

function candidate(country: CountryCode, code: string, index: number | string): string {
  const d = digitsFrom(`${country}|${code}|${index}`, 12);
  if (country === "US") {
    // Exchange codes start 2-9 and are never N11 or 555.
    let exchange = `${2 + (d[0] % 8)}${d[1]}${d[2]}`;
    if (exchange.endsWith("11") || exchange === "555") exchange = `${exchange[0]}${(d[1] + 2) % 10}${(d[2] + 3) % 10}`;
    return `+1${code}${exchange}${d.slice(3, 7).join("")}`;
  }
  // UK national numbers are ten digits after the area code's leading 0 is dropped.
  const rest = 10 - code.length;
  return `+44${code}${2 + (d[0] % 7)}${d.slice(1, rest).join("")}`;
}

/** The simulator's whole stock for an area code, in the order it offers it. */
export function inventory(country: CountryCode, code: string): string[] {
  const seen = new Set<string>();
  for (let i = 0; seen.size < INVENTORY_SIZE && i < INVENTORY_SIZE * 2; i++) seen.add(candidate(country, code, i));
  return [...seen];
}

const carrierRef = (e164: string) => `PN${crypto.createHash("sha256").update(e164).digest("hex").slice(0, 24)}`;

/**
 * A number in the area code that the simulator never offers for sale, picked by `key`, as if
 * bought: organisations made for testing take these, so however many there are they never use
 * up the stock nor take a number a test means to buy. Two keys can still give one number: the
 * caller relies on the numbers table's unique index and tries another key.
 */
export function unlistedNumber(country: CountryCode, code: string, key: string): { carrierRef: string; number: OfferedNumber } {
  const area = findAreaCode(country, code);
  if (!area) throw new Error(`The simulator does not cover ${country} ${code}.`);
  const stock = new Set(inventory(country, code));
  let e164 = candidate(country, code, `unlisted|${key}`);
  for (let i = 1; stock.has(e164); i++) e164 = candidate(country, code, `unlisted|${key}|${i}`);
  return { carrierRef: carrierRef(e164), number: { e164, country, areaCode: code, monthlyPriceCents: monthlyPriceCents(country, area) } };
}

/** Destinations the simulator never delivers to, like a real carrier's test numbers. */
export const UNDELIVERABLE_TEST_NUMBERS = ["+15005550009"] as const;

// Delivery report timing: accepted, handed to the network after 1 s, on the handset after 3 s.
const SENT_AFTER_MS = 1_000;
const DELIVERED_AFTER_MS = 3_000;

export const TAKEN_MESSAGE = "Someone bought this number a moment ago. Search again and pick another.";

type Held = (e164s: string[]) => Promise<ReadonlySet<string>>;

/**
 * The simulator. It keeps no state of its own: which numbers are sold comes from `held`
 * (the product's own numbers table), and delivery reports follow from the time since sending.
 */
export function simulatedCarrier(held: Held): Carrier {
  return {
    coverage: () => COVERAGE,

    async searchNumbers({ country, areaCode, limit }) {
      const area = findAreaCode(country, areaCode);
      if (!area) return [];
      const stock = inventory(country, area.code);
      const taken = await held(stock);
      const price = monthlyPriceCents(country, area);
      return stock
        .filter((e164) => !taken.has(e164))
        .slice(0, limit)
        .map((e164) => ({ e164, country, areaCode: area.code, monthlyPriceCents: price }));
    },

    async purchaseNumber(e164) {
      const where = locateNumber(e164);
      if (!where || !inventory(where.country, where.areaCode.code).includes(e164)) {
        return { ok: false, reason: "not_offered", message: "The carrier does not offer this number. Search again and pick one from the list." };
      }
      if ((await held([e164])).has(e164)) {
        return { ok: false, reason: "taken", message: TAKEN_MESSAGE };
      }
      return {
        ok: true,
        carrierRef: carrierRef(e164),
        number: { e164, country: where.country, areaCode: where.areaCode.code, monthlyPriceCents: monthlyPriceCents(where.country, where.areaCode) },
      };
    },

    async sendSms({ to }) {
      if (!E164.test(to)) throw new Error("The carrier accepts only E.164 destinations.");
      return { providerRef: `SM${crypto.randomBytes(12).toString("hex")}`, status: "queued" };
    },

    async smsStatus({ to, sentAt }, now = new Date()) {
      const elapsed = now.getTime() - sentAt.getTime();
      if (elapsed < SENT_AFTER_MS) return "queued";
      if ((UNDELIVERABLE_TEST_NUMBERS as readonly string[]).includes(to)) return "failed";
      return elapsed < DELIVERED_AFTER_MS ? "sent" : "delivered";
    },
  };
}
