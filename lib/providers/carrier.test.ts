import { describe, expect, it } from "vitest";
import { inventory, locateNumber, simulatedCarrier, UNDELIVERABLE_TEST_NUMBERS, unlistedNumber } from "./carrier";

const nothingHeld = simulatedCarrier(async () => new Set());

describe("the carrier simulator's inventory", () => {
  it("is the same on every call, and every number is in its area code", () => {
    const first = inventory("US", "212");
    expect(inventory("US", "212")).toEqual(first);
    expect(new Set(first).size).toBe(first.length);
    expect(first.every((n) => /^\+1212[2-9]\d{6}$/.test(n))).toBe(true);
    expect(first.some((n) => n.startsWith("+1212555"))).toBe(false);
    expect(inventory("GB", "161").every((n) => /^\+44161\d{7}$/.test(n))).toBe(true);
    expect(inventory("GB", "20").every((n) => /^\+4420\d{8}$/.test(n))).toBe(true);
  });

  it("offers numbers with the monthly price of their kind, and nothing for an area code it does not cover", async () => {
    const [local] = await nothingHeld.searchNumbers({ country: "US", areaCode: "415", limit: 1 });
    const [tollFree] = await nothingHeld.searchNumbers({ country: "US", areaCode: "800", limit: 1 });
    const [london] = await nothingHeld.searchNumbers({ country: "GB", areaCode: "20", limit: 1 });
    expect(local).toMatchObject({ country: "US", areaCode: "415", monthlyPriceCents: 115 });
    expect(tollFree.monthlyPriceCents).toBe(200);
    expect(london).toMatchObject({ country: "GB", areaCode: "20", monthlyPriceCents: 150 });
    expect(await nothingHeld.searchNumbers({ country: "US", areaCode: "999", limit: 5 })).toEqual([]);
  });

  it("never offers or sells a number someone holds", async () => {
    const stock = inventory("US", "512");
    const held = new Set([stock[0], stock[2]]);
    const carrier = simulatedCarrier(async (asked) => new Set(asked.filter((n) => held.has(n))));
    const offered = (await carrier.searchNumbers({ country: "US", areaCode: "512", limit: 3 })).map((n) => n.e164);
    expect(offered).toEqual([stock[1], stock[3], stock[4]]);
    expect(await carrier.purchaseNumber(stock[0])).toMatchObject({ ok: false, reason: "taken" });
    expect(await carrier.purchaseNumber(stock[1])).toMatchObject({ ok: true, number: { e164: stock[1], areaCode: "512" } });
  });

  it("refuses to sell a number that is not in its stock", async () => {
    expect(await nothingHeld.purchaseNumber("+12125550100")).toMatchObject({ ok: false, reason: "not_offered" });
    expect(await nothingHeld.purchaseNumber("+33123456789")).toMatchObject({ ok: false, reason: "not_offered" });
  });

  it("locates numbers by their longest matching area code", () => {
    expect(locateNumber("+441614960123")).toMatchObject({ country: "GB", areaCode: { code: "161" } });
    expect(locateNumber("+442079460958")).toMatchObject({ country: "GB", areaCode: { code: "20" } });
    expect(locateNumber("+19995550100")).toBeNull();
  });
});

describe("the carrier simulator's SMS delivery reports", () => {
  const sentAt = new Date("2026-03-01T12:00:00Z");
  const at = (ms: number) => new Date(sentAt.getTime() + ms);

  it("moves from queued to sent to delivered as time passes", async () => {
    const { providerRef, status } = await nothingHeld.sendSms({ from: "+12125550100", to: "+14155550123", body: "Hi" });
    expect(status).toBe("queued");
    expect(providerRef).toMatch(/^SM[0-9a-f]{24}$/);
    const report = (ms: number) => nothingHeld.smsStatus({ providerRef, to: "+14155550123", sentAt }, at(ms));
    expect(await report(500)).toBe("queued");
    expect(await report(1_500)).toBe("sent");
    expect(await report(3_500)).toBe("delivered");
  });

  it("fails delivery to its undeliverable test number", async () => {
    const to = UNDELIVERABLE_TEST_NUMBERS[0];
    expect(await nothingHeld.smsStatus({ providerRef: "SMx", to, sentAt }, at(500))).toBe("queued");
    expect(await nothingHeld.smsStatus({ providerRef: "SMx", to, sentAt }, at(1_500))).toBe("failed");
  });

  it("accepts only E.164 destinations", async () => {
    await expect(nothingHeld.sendSms({ from: "+12125550100", to: "415 555 0123", body: "Hi" })).rejects.toThrow();
  });
});

describe("unlistedNumber", () => {
  it("gives a number of the area code, priced like it, that the stock never offers, the same for the same key", () => {
    const stock = new Set(inventory("US", "212"));
    const picked = Array.from({ length: 200 }, (_, i) => unlistedNumber("US", "212", `org|${i}`));
    for (const { number } of picked) {
      expect(stock.has(number.e164)).toBe(false);
      expect(locateNumber(number.e164)?.areaCode.code).toBe("212");
      expect(number.monthlyPriceCents).toBe(115);
    }
    expect(new Set(picked.map((p) => p.number.e164)).size).toBeGreaterThan(190);
    expect(unlistedNumber("GB", "20", "a").number.e164).toBe(unlistedNumber("GB", "20", "a").number.e164);
  });
});
