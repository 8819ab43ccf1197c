"use client";

import { Button } from "@/components/ui/button";
import { Switch } from "@/components/ui/switch";
import { describeToggle } from "./toggle-message";
import { permissionLabel, permissionsIn, toggle, type CategoryKey, type Permission } from "@/lib/authz/permissions";

type Props = {
  category: { key: CategoryKey; label: string };
  selected: Set<Permission>;
  /** Undefined for a read-only view. */
  canGrant?: Set<Permission>;
  onChange?: (next: Set<Permission>, announcement: string) => void;
};

/** One category's toggles, with "All on" and "All off" for the category. */
export function PermissionCategory({ category, selected, canGrant, onChange }: Props) {
  const items = permissionsIn(category.key);
  const on = items.filter((p) => selected.has(p.key)).length;
  const editable = canGrant && onChange;

  function setAll(value: boolean) {
    if (!editable) return;
    let next = new Set(selected);
    for (const item of items) {
      if (canGrant.has(item.key) && next.has(item.key) !== value) next = toggle(next, item.key, value);
    }
    onChange(next, `All ${category.label} permissions you can grant turned ${value ? "on" : "off"}.`);
  }

  return (
    <fieldset className="rounded-lg border border-slate-200 bg-white px-4 pb-2 pt-1">
      <legend className="sr-only">{category.label}</legend>
      <div className="flex flex-wrap items-center justify-between gap-2 border-b border-slate-100 py-2">
        <h3 aria-hidden="true" className="font-semibold">
          {category.label}
        </h3>
        <div className="flex items-center gap-2 text-sm">
          <span className="text-slate-700">
            {on} of {items.length} on
          </span>
          {editable && (
            <>
              <Button variant="secondary" className="px-2 py-1 text-xs" onClick={() => setAll(true)}>
                All on
              </Button>
              <Button variant="secondary" className="px-2 py-1 text-xs" onClick={() => setAll(false)}>
                All off
              </Button>
            </>
          )}
        </div>
      </div>
      <div className="divide-y divide-slate-100">
        {items.map((item) => {
          const grantable = !!editable && canGrant.has(item.key);
          const needs = item.needs.length ? ` Needs ${item.needs.map(permissionLabel).join(", ")}.` : "";
          const held = editable && !grantable ? " You don't hold this permission, so you can't grant it." : "";
          return (
            <Switch
              key={item.key}
              label={item.label}
              description={`${item.description}${needs}${held}`}
              name="permissions"
              value={item.key}
              checked={selected.has(item.key)}
              disabled={!grantable}
              onCheckedChange={(value) => {
                const next = toggle(selected, item.key, value);
                onChange?.(next, describeToggle(selected, next, item.key, value));
              }}
            />
          );
        })}
      </div>
    </fieldset>
  );
}
