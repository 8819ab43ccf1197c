import type { Metadata } from "next";
import Link from "next/link";
import { AppShell } from "@/components/app-shell";
import { PageHeader } from "@/components/page-header";
import { PlanPanel } from "@/components/plan-panel";
import { Badge } from "@/components/ui/badge";
import { EmptyRow, Table, Td, Th, THead, Tr } from "@/components/ui/table";
import { getDb } from "@/db";
import { listApiKeys } from "@/db/queries/api-keys";
import { DEFAULT_KEY_DAYS, MAX_KEY_DAYS } from "@/lib/api/key-schema";
import { keyState } from "@/lib/api/keys";
import { CATEGORIES, isPermission, permissionLabel, permissionsIn } from "@/lib/authz/permissions";
import { requirePage } from "@/lib/authz/session";
import { formatDate, formatDateTime } from "@/lib/format";
import { apiUnavailable, canUseApi } from "@/lib/plans";
import { CreateKeyForm } from "./create-key-form";
import { RevokeKeyButton } from "./revoke-key-button";

export const metadata: Metadata = { title: "API keys" };

const STATE_BADGE = {
  active: <Badge tone="success">Active</Badge>,
  expired: <Badge tone="warning">Expired</Badge>,
  revoked: <Badge tone="danger">Revoked</Badge>,
};

export default async function ApiKeysPage() {
  const access = await requirePage("/settings/api-keys");
  const keys = await listApiKeys(getDb(), access.orgId);
  const available = canUseApi(access.plan);
  const groups = CATEGORIES.map((c) => ({
    label: c.label,
    permissions: permissionsIn(c.key)
      .filter((p) => access.permissions.has(p.key))
      .map((p) => ({ key: p.key, label: p.label, description: p.description })),
  })).filter((g) => g.permissions.length > 0);

  return (
    <AppShell access={access} current="/settings/api-keys">
      <PageHeader
        title="API keys"
        description={
          <>
            Keys for the Switchboard API (see the{" "}
            <Link href="/developers" className="text-brand-700 underline underline-offset-2">
              API reference
            </Link>
            ). A key acts as the member who created it, limited to the permissions chosen for it.
          </>
        }
      />
      <PlanPanel
        access={access}
        available={available}
        title="Create an API key"
        upgrade={{ title: "Upgrade to use the API", reason: apiUnavailable(access.plan) }}
      >
        <CreateKeyForm orgId={access.orgId} groups={groups} defaultDays={DEFAULT_KEY_DAYS} maxDays={MAX_KEY_DAYS} />
      </PlanPanel>
      <Table caption="API keys" width="min-w-[56rem]">
        <THead>
          <Th>Name</Th>
          <Th>Key</Th>
          <Th>Permissions</Th>
          <Th>Created</Th>
          <Th>Expires</Th>
          <Th>Last used</Th>
          <Th>Status</Th>
          <Th>
            <span className="sr-only">Actions</span>
          </Th>
        </THead>
        <tbody>
          {keys.length === 0 && <EmptyRow columns={8}>No API keys yet.</EmptyRow>}
          {keys.map((key) => {
            const state = keyState(key);
            return (
              <Tr key={key.id}>
                <Th scope="row">{key.name}</Th>
                <Td className="font-mono">{key.prefix}…</Td>
                <Td className="max-w-[16rem]">{key.permissions.filter(isPermission).map(permissionLabel).join(", ")}</Td>
                <Td>
                  {formatDate(key.createdAt)} by {key.createdByName}
                </Td>
                <Td>{formatDate(key.expiresAt)}</Td>
                <Td>{key.lastUsedAt ? `${formatDateTime(key.lastUsedAt)} from ${key.lastUsedAddress ?? "an unknown address"}` : "Never"}</Td>
                <Td>{STATE_BADGE[state]}</Td>
                <Td>{state !== "revoked" && <RevokeKeyButton keyId={key.id} name={key.name} />}</Td>
              </Tr>
            );
          })}
        </tbody>
      </Table>
    </AppShell>
  );
}
