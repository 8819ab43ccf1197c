"use client";

import { useRef, useState } from "react";
import { Button } from "@/components/ui/button";

/** The new invitation's link, ready to copy: the page never shows it again. */
export function InviteLink({ email, link }: { email: string; link: string }) {
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<string>("");

  async function copy() {
    input.current?.select();
    try {
      await navigator.clipboard.writeText(link);
      setCopied("Link copied to the clipboard.");
    } catch {
      // No clipboard access (an http page other than localhost): the text is selected instead.
      setCopied("Your browser didn't allow copying: the link is selected, copy it with Ctrl+C or ⌘C.");
    }
  }

  return (
    <div className="rounded-md border border-slate-300 bg-slate-50 p-3">
      <label htmlFor="invite-link" className="block text-sm font-medium text-slate-800">
        Invitation link for {email}
      </label>
      <div className="mt-1 flex flex-wrap gap-2">
        <input
          ref={input}
          id="invite-link"
          readOnly
          value={link}
          onFocus={(e) => e.currentTarget.select()}
          className="min-w-0 flex-1 rounded-md border border-slate-300 bg-white px-3 py-2 font-mono text-xs"
        />
        <Button variant="secondary" onClick={() => void copy()}>
          Copy link
        </Button>
      </div>
      <p role="status" aria-live="polite" className="mt-1 text-sm text-slate-700">
        {copied}
      </p>
    </div>
  );
}
