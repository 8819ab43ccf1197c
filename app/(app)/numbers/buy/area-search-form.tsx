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
      <Select
        label="Country"
        name="country"
        value={chosen}
        onChange={(e) => setChosen(e.currentTarget.value)}
        options={countries.map((c) => ({ value: c.code, label: c.name }))}
      />
      <Select
        label="Area code"
        name="areaCode"
        key={chosen}
        defaultValue={chosen === country ? areaCode : ""}
        required
        options={areaCodes.map((a) => ({ value: a.code, label: `${a.code} · ${a.place}` }))}
      >
        <option value="" disabled>
          Choose an area code
        </option>
      </Select>
      <button type="submit" className={buttonClass("secondary")}>
        Search
      </button>
    </form>
  );
}
