"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

// While a message is on its way, re-read the thread now and then: each read collects the
// carrier's latest delivery reports. Stops by itself once every message has a final status.
// `readAt` changes with every server render, so each fresh read schedules the next one.
export function StatusPoll({ active, readAt }: { active: boolean; readAt: number }) {
  const router = useRouter();
  useEffect(() => {
    if (!active) return;
    const timer = setTimeout(() => router.refresh(), 1500);
    return () => clearTimeout(timer);
  }, [active, readAt, router]);
  return null;
}
