import { getDb } from "@/db";
import { countUnusedRecoveryCodes } from "@/db/queries/two-factor";
import type { Access } from "@/lib/authz/check";
import { formatDate } from "@/lib/format";
import { RECOVERY_CODE_COUNT } from "@/lib/two-factor/recovery-codes";
import { twoFactorStatus } from "@/lib/two-factor/service";
import { otpauthUri, qrCodePath } from "@/lib/two-factor/totp";
import { TwoFactorPanel } from "./two-factor-panel";

/** Two-factor on the member's own account: set up, new recovery codes, turn off. */
export async function TwoFactorSection({ access }: { access: Access }) {
  const db = getDb();
  const status = await twoFactorStatus(db, access);
  const unused = status.on ? await countUnusedRecoveryCodes(db, access.orgId, access.memberId) : 0;
  const setUp = status.pendingSecret ? { secret: status.pendingSecret, qr: qrCodePath(otpauthUri(status.pendingSecret, access.email)) } : null;
  return (
    <section aria-labelledby="two-factor-heading" className="mb-6 max-w-lg rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="two-factor-heading" className="mb-1 font-semibold">
        Two-factor authentication
      </h2>
      <p className="mb-4 text-sm text-slate-700">
        {status.on && status.enabledAt
          ? `On since ${formatDate(status.enabledAt)}. Signing in asks for your password and a code from your authenticator app. ${unused} of ${RECOVERY_CODE_COUNT} recovery codes left.`
          : "Signing in asks for your password and a code from an authenticator app on your phone, so a stolen password alone opens nothing."}
      </p>
      <TwoFactorPanel email={access.email} on={status.on} required={access.twoFactorRequired} setUp={setUp} />
    </section>
  );
}
