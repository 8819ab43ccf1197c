"use client";

import type { DestinationGroup } from "@/lib/call-flows/destination-choices";
import { Select } from "@/components/ui/select";

type Props = {
  label: string;
  name: string;
  value: string;
  groups: DestinationGroup[];
  errors?: string[];
  onChange: (value: string) => void;
};

/** One select for every kind of destination, grouped: ring groups, menus, members, voicemail. */
export function DestinationSelect({ groups, value, onChange, ...props }: Props) {
  const known = groups.some((g) => g.options.some((o) => o.value === value));
  return (
    <Select value={value} onChange={(e) => onChange(e.currentTarget.value)} groups={groups} {...props}>
      {!known && <option value={value}>{value ? "Something that was removed: choose again" : "Choose…"}</option>}
    </Select>
  );
}
