"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import type { Holiday, WeeklyHours } from "@/db/schema";
import { DAY_NAMES, DAYS, type Day } from "@/lib/call-flows/hours";
import { updateBusinessHours } from "../actions";
import { SaveBar } from "../_components/save-bar";
import { RowActions } from "../_components/row-actions";
import { Select } from "@/components/ui/select";
import { useRows } from "../_components/use-rows";
import { FormSection } from "@/components/ui/form-section";

type Props = {
  orgId: string;
  version: number;
  timeZones: readonly string[];
  initial: { timeZone: string; weeklyHours: WeeklyHours; holidays: Holiday[] };
};

type DayState = { open: boolean; from: string; to: string };

export function HoursForm({ orgId, version, timeZones, initial }: Props) {
  const { state, pending, onSubmit } = useActionForm(updateBusinessHours);
  const [timeZone, setTimeZone] = useState(initial.timeZone);
  const [week, setWeek] = useState<Record<Day, DayState>>(() => {
    const entries = DAYS.map((day) => {
      const hours = initial.weeklyHours[day];
      return [day, { open: !!hours, from: hours?.open ?? "09:00", to: hours?.close ?? "17:00" }] as const;
    });
    return Object.fromEntries(entries) as Record<Day, DayState>;
  });
  const holidays = useRows(initial.holidays);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const setDay = (day: Day, patch: Partial<DayState>) => setWeek((w) => ({ ...w, [day]: { ...w[day], ...patch } }));

  return (
    <form onSubmit={onSubmit} className="space-y-6" noValidate>
      <input type="hidden" name="orgId" value={orgId} />
      <input type="hidden" name="version" value={version} />
      <div className="rounded-lg border border-slate-200 bg-white p-4 sm:max-w-md">
        <Select
          label="Time zone"
          name="timeZone"
          value={timeZone}
          onChange={(e) => setTimeZone(e.currentTarget.value)}
          errors={errors?.timeZone}
          hint="Opening hours and holidays follow this zone's clock, summer time included."
          options={timeZones.map((zone) => ({ value: zone, label: zone.replace(/_/g, " ") }))}
        />
      </div>

      <FormSection title="Weekly schedule">
        <div className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
          {DAYS.map((day) => {
            const d = week[day];
            return (
              <fieldset key={day} className="grid items-end gap-3 px-4 py-3 sm:grid-cols-[10rem_1fr_1fr]">
                <legend className="sr-only">{DAY_NAMES[day]}</legend>
                <label className="flex items-center gap-2 self-center text-sm font-medium text-slate-900">
                  <input type="checkbox" name={`${day}_open`} checked={d.open} onChange={(e) => setDay(day, { open: e.currentTarget.checked })} />
                  Open on {DAY_NAMES[day]}
                </label>
                {d.open ? (
                  <>
                    <Field label="Opens" name={`${day}_from`} type="time" value={d.from} onChange={(e) => setDay(day, { from: e.currentTarget.value })} />
                    <Field
                      label="Closes"
                      name={`${day}_to`}
                      type="time"
                      value={d.to}
                      onChange={(e) => setDay(day, { to: e.currentTarget.value })}
                      errors={errors?.[day]}
                    />
                  </>
                ) : (
                  <p className="text-sm text-slate-700 sm:col-span-2">Closed all day</p>
                )}
              </fieldset>
            );
          })}
        </div>
      </FormSection>

      <FormSection title="Holidays" description="Closed all day on these dates, whatever the weekly schedule says." errors={errors?.holidays}>
        {holidays.rows.length === 0 && <p className="text-sm text-slate-700">No holidays yet.</p>}
        <ul className="space-y-3">
          {holidays.rows.map((holiday, i) => (
            <li key={holiday.rowId}>
              <fieldset className="grid items-end gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-[12rem_1fr_auto]">
                <legend className="px-1 text-sm font-semibold text-slate-900">Holiday {i + 1}</legend>
                <Field
                  label="Date"
                  name="holidayDate"
                  type="date"
                  value={holiday.date}
                  onChange={(e) => holidays.change(holiday.rowId, { date: e.currentTarget.value })}
                  errors={errors?.[`holidays.${i}.date`]}
                />
                <Field
                  label="Holiday name"
                  name="holidayName"
                  limit={60}
                  value={holiday.name}
                  onChange={(e) => holidays.change(holiday.rowId, { name: e.currentTarget.value })}
                  errors={errors?.[`holidays.${i}.name`]}
                />
                <RowActions what={`holiday ${i + 1}`} index={i} count={holidays.rows.length} onRemove={() => holidays.remove(holiday.rowId)} />
              </fieldset>
            </li>
          ))}
        </ul>
        <Button variant="secondary" onClick={() => holidays.add({ date: "", name: "" })}>
          Add holiday
        </Button>
      </FormSection>

      <SaveBar label="Save business hours" pending={pending} state={state} />
    </form>
  );
}
