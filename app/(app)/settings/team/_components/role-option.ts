import type { SelectOption } from "@/components/ui/select";

/** A role in a role picker: one that cannot be chosen stays listed, greyed out, with the reason. */
export function roleOption(role: { id: string; name: string; unavailable?: string }, selectable = false): SelectOption {
  return { value: role.id, label: role.unavailable ? `${role.name} (${role.unavailable})` : role.name, disabled: !!role.unavailable && !selectable };
}
