"use client";

import { useState } from "react";
import { buttonClass } from "@/components/ui/button-class";

type Country = { code: string; name: string; areaCodes: { code: string; place: string }[] };

/** Country and area code for the carrier search; the area codes follow the chosen country. */
export function AreaSearchForm({ countries, country, areaCode }: { countries: Country[]; country: string; areaCode: string }) {
  const [chosen, setChosen] = useState(country);
  const areaCodes = countries.find((c) => c.code === chosen)?.areaCodes ?? [];
  return (
    <form role="search" aria-label="Search the carrier's numbers" action="/numbers/buy" className="flex flex-wrap items-end gap-3">
      <div>
        <label htmlFor="buy-country" className="block text-sm font-medium">
          Country
        </label>
        <select
          id="buy-country"
          name="country"
          value={chosen}
          onChange={(e) => setChosen(e.currentTarget.value)}
          className="mt-1 rounded-md border border-slate-300 bg-white px-3 py-2 text-sm"
        >
          {countries.map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="buy-area-code" className="block text-sm font-medium">
          Area code
        </label>
        <select
          id="buy-area-code"
          name="areaCode"
          key={chosen}
          defaultValue={chosen === country ? areaCode : ""}
          required
          className="mt-1 rounded-md border border-slate-300 bg-white px-3 py-2 text-sm"
        >
          <option value="" disabled>
            Choose an area code
          </option>
          {areaCodes.map((a) => (
            <option key={a.code} value={a.code}>
              {a.code} · {a.place}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className={buttonClass("secondary")}>
        Search
      </button>
    </form>
  );
}
