"use client";

import * as RadixSwitch from "@radix-ui/react-switch";
import { useId } from "react";

type SwitchProps = {
  label: string;
  description?: string;
  name: string;
  value: string;
  checked: boolean;
  disabled?: boolean;
  onCheckedChange?: (checked: boolean) => void;
};

/** A labelled on/off toggle; inside a form its checked value is submitted under `name`. */
export function Switch({ label, description, name, value, checked, disabled, onCheckedChange }: SwitchProps) {
  const id = useId();
  const descriptionId = description ? `${id}-description` : undefined;
  return (
    <div className="flex items-start justify-between gap-4 py-2">
      <div className="min-w-0">
        <label htmlFor={id} className={`text-sm font-medium ${disabled ? "text-slate-600" : "text-slate-900"}`}>
          {label}
        </label>
        {description && (
          <p id={descriptionId} className="text-xs text-slate-600">
            {description}
          </p>
        )}
      </div>
      <RadixSwitch.Root
        id={id}
        name={name}
        value={value}
        checked={checked}
        disabled={disabled}
        onCheckedChange={onCheckedChange}
        aria-describedby={descriptionId}
        className="relative mt-0.5 inline-flex h-6 w-11 shrink-0 items-center rounded-full bg-slate-400 transition-colors data-[state=checked]:bg-brand-600 disabled:cursor-not-allowed disabled:opacity-60"
      >
        <RadixSwitch.Thumb className="block h-5 w-5 translate-x-0.5 rounded-full bg-white shadow transition-transform data-[state=checked]:translate-x-[22px]" />
      </RadixSwitch.Root>
    </div>
  );
}
