"use client";

import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef } from "react";
import { buttonClass } from "@/components/ui/button-class";
import { useHydrated } from "@/components/ui/use-hydrated";

const TYPING_PAUSE_MS = 300;

/** The form's fields as a query, empty ones left out and in a stable order, to compare with the URL's. */
function query(params: URLSearchParams): string {
  const kept = [...params].filter(([name, value]) => value !== "" && name !== "page");
  return new URLSearchParams(kept.sort(([a], [b]) => a.localeCompare(b))).toString();
}

/** A field whose value differs from the one the server rendered. */
function editedSinceLoad(element: Element): boolean {
  if (element instanceof HTMLSelectElement) return [...element.options].some((option) => option.selected !== option.defaultSelected);
  if (!(element instanceof HTMLInputElement) || element.type === "hidden") return false;
  if (element.type === "checkbox" || element.type === "radio") return element.checked !== element.defaultChecked;
  return element.value !== element.defaultValue;
}

/**
 * A list's search form that applies itself: a pause in typing or a changed select loads the
 * list for the new values (the URL changes, the server renders). Without a script it is the
 * plain GET form it wraps, submitted by an Apply button that shows only until the page is hydrated.
 */
export function LiveSearchForm({ action, label, className, children }: { action: string; label: string; className?: string; children: React.ReactNode }) {
  const router = useRouter();
  const hydrated = useHydrated();
  const form = useRef<HTMLFormElement>(null);
  const timer = useRef<number | undefined>(undefined);

  const apply = useCallback(() => {
    window.clearTimeout(timer.current);
    if (!form.current) return;
    const fields = new URLSearchParams();
    for (const [name, value] of new FormData(form.current)) if (typeof value === "string") fields.append(name, value);
    const wanted = query(fields);
    if (wanted === query(new URLSearchParams(window.location.search))) return;
    router.replace(wanted ? `${action}?${wanted}` : action, { scroll: false });
  }, [action, router]);

  // Also applies what was typed or chosen before the page was hydrated, and only that: the
  // link's own values (a page, a malformed filter the page explains) stay until someone edits.
  useEffect(() => {
    if (form.current && [...form.current.elements].some(editedSinceLoad)) apply();
    return () => window.clearTimeout(timer.current);
  }, [apply]);

  return (
    <form
      ref={form}
      role="search"
      aria-label={label}
      action={action}
      className={className}
      onSubmit={(event) => {
        event.preventDefault();
        apply();
      }}
      onChange={(event) => {
        if (event.target instanceof HTMLSelectElement) return apply();
        window.clearTimeout(timer.current);
        timer.current = window.setTimeout(apply, TYPING_PAUSE_MS);
      }}
    >
      {children}
      {!hydrated && (
        <button type="submit" className={buttonClass("secondary")}>
          Apply
        </button>
      )}
    </form>
  );
}
