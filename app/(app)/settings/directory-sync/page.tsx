import type { Metadata } from "next";
import { headers } from "next/headers";
import { AppShell } from "@/components/app-shell";
import { PageHeader } from "@/components/page-header";
import { PlanNotice } from "@/components/plan-notice";
import { EmptyRow, Table, Td, Th, THead, Tr } from "@/components/ui/table";
import { getDb } from "@/db";
import { listScimTokens } from "@/db/queries/directory";
import { requirePage } from "@/lib/authz/session";
import { formatDate } from "@/lib/format";
import { canUseDirectory, directoryUnavailable } from "@/lib/plans";
import { CreateTokenForm } from "./create-token-form";
import { RevokeTokenButton } from "./revoke-token-button";

export const metadata: Metadata = { title: "Directory sync" };

export default async function DirectorySyncPage() {
  const access = await requirePage("/settings/directory-sync");
  const tokens = await listScimTokens(getDb(), access.orgId);
  const host = (await headers()).get("host") ?? "localhost:3000";
  const baseUrl = `${host.startsWith("localhost") || host.startsWith("127.") ? "http" : "https"}://${host}/scim/v2`;
  const available = canUseDirectory(access.plan);
  return (
    <AppShell access={access} current="/settings/directory-sync">
      <PageHeader title="Directory sync" description="Provision members from Okta, Microsoft Entra ID or any SCIM 2.0 directory." />
      {!available && <PlanNotice access={access} reason={directoryUnavailable(access.plan)} />}
      <section aria-labelledby="scim-heading" className="mb-6 max-w-2xl rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="scim-heading" className="mb-2 font-semibold">
          SCIM connection
        </h2>
        <dl className="mb-3 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="text-slate-700">Base URL</dt>
          <dd className="break-all font-mono">{baseUrl}</dd>
          <dt className="text-slate-700">Authentication</dt>
          <dd>HTTP header, bearer token</dd>
        </dl>
        <p className="mb-3 text-sm text-slate-700">
          Deactivating someone in the directory ends their access at their next request. Their name and email are then managed by the directory.
        </p>
        {available && <CreateTokenForm orgId={access.orgId} />}
      </section>
      <Table caption="SCIM tokens" width="min-w-[36rem]">
        <THead>
          <Th>Name</Th>
          <Th>Created</Th>
          <Th>Last used</Th>
          <Th>
            <span className="sr-only">Actions</span>
          </Th>
        </THead>
        <tbody>
          {tokens.length === 0 && <EmptyRow columns={4}>No tokens yet.</EmptyRow>}
          {tokens.map((token) => (
            <Tr key={token.id}>
              <Th scope="row">{token.name}</Th>
              <Td>
                {formatDate(token.createdAt)}
                {token.createdBy && ` by ${token.createdBy}`}
              </Td>
              <Td>{token.lastUsedAt ? formatDate(token.lastUsedAt) : "Never"}</Td>
              <Td className="text-right">
                <RevokeTokenButton tokenId={token.id} name={token.name} />
              </Td>
            </Tr>
          ))}
        </tbody>
      </Table>
    </AppShell>
  );
}
