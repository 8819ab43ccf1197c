import { Badge } from "@/components/ui/badge";
import type { SessionListItem } from "@/lib/account/sessions";
import { formatDateTime } from "@/lib/format";
import { SignOutOthersForm } from "./sign-out-others-form";

/** Where you are signed in: each session's device and last seen, and a way to end the others. */
export function SessionsSection({ sessions }: { sessions: SessionListItem[] }) {
  return (
    <section aria-labelledby="sessions-heading" className="mb-6 max-w-lg rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="sessions-heading" className="mb-1 font-semibold">
        Signed-in sessions
      </h2>
      <p className="mb-4 text-sm text-slate-700">
        Every browser and device signed in to your account. A session ends when you sign out there, 12 hours after it signed in, or when you sign it out from
        here.
      </p>
      <ul aria-labelledby="sessions-heading" className="mb-4 divide-y divide-slate-200">
        {sessions.map((session) => (
          <li key={session.id} className="py-2 text-sm">
            <p className="flex items-center gap-2 font-medium">
              {session.device}
              {session.current && <Badge tone="success">This device</Badge>}
            </p>
            <p className="text-slate-700">
              Signed in {formatDateTime(session.signedInAt)} · Last seen {formatDateTime(session.lastSeenAt)}
            </p>
          </li>
        ))}
      </ul>
      <SignOutOthersForm />
    </section>
  );
}
