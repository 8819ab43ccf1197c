"use client";

import { useState } from "react";
import { buttonClass } from "@/components/ui/button-class";
import { Select } from "@/components/ui/select";

type Country = { code: string; name: string; areaCodes: { code: string; place: string }[] };

/** Country and area code for the carrier search; the area codes follow the chosen country. */
export function AreaSearchForm({ countries, country, areaCode }: { countries: Country[]; country: string; areaCode: string }) {
  const [chosen, setChosen] = useState(country);
  const areaCodes = countries.find((c) => c.code === chosen)?.areaCodes ?? [];
  return (
    <form role="search" aria-label="Search the carrier's numbers" action="/numbers/buy" className="flex flex-wrap items-end gap-3">
      <Select label="Country" name="country" value={chosen} onChange={(e) => setChosen(e.currentTarget.value)}>
        {countries.map((c) => (
          <option key={c.code} value={c.code}>
            {c.name}
          </option>
        ))}
      </Select>
      <Select label="Area code" name="areaCode" key={chosen} defaultValue={chosen === country ? areaCode : ""} required>
        <option value="" disabled>
          Choose an area code
        </option>
        {areaCodes.map((a) => (
          <option key={a.code} value={a.code}>
            {a.code} · {a.place}
          </option>
        ))}
      </Select>
      <button type="submit" className={buttonClass("secondary")}>
        Search
      </button>
    </form>
  );
}
