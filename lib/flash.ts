// Confirmations after a redirect ("Deleted “QA Lead”.") come from the server, never from the
// URL: the action leaves its words in the database and gives the browser only their id, in an
// HttpOnly, SameSite=Lax cookie; the page it redirects to reads them once and deletes them.
// A crafted query string therefore shows nothing, and a reload does not repeat the banner.
import { cookies } from "next/headers";
import type { Db } from "@/db";
import { FLASH_LIFETIME_MS, leaveFlash, takeFlash } from "@/db/queries/flash-messages";
import { parseId } from "@/lib/ids";

const FLASH_COOKIE = "sb-flash";

/** Leaves `message` for the page at `redirectTo` (its path; the query plays no part). */
export async function setFlash(db: Db, memberId: string, redirectTo: string, message: string): Promise<void> {
  const path = new URL(redirectTo, "http://flash.invalid").pathname;
  const id = await leaveFlash(db, { memberId, path, message });
  if (!id) return;
  (await cookies()).set(FLASH_COOKIE, id, { httpOnly: true, sameSite: "lax", path: "/", maxAge: FLASH_LIFETIME_MS / 1000 });
}

/** The confirmation left for this page and this viewer (null on the signed-out sign-in page), once. */
export async function readFlash(db: Db, path: string, viewer: { orgId: string; memberId: string } | null): Promise<string | null> {
  const id = parseId((await cookies()).get(FLASH_COOKIE)?.value);
  return id ? takeFlash(db, { id, path, viewer }) : null;
}
