import { getDb } from "@/db";
import { readFlash } from "@/lib/flash";

/** The confirmation an action left for this page (lib/flash.ts), shown once; nothing from the URL. */
export async function FlashBanner({ path, viewer }: { path: string; viewer: { orgId: string; memberId: string } | null }) {
  const message = await readFlash(getDb(), path, viewer);
  if (!message) return null;
  return (
    <p role="status" className="mb-4 rounded-md border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
      {message}
    </p>
  );
}
