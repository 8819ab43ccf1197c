import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getDb } from "@/db";
import { findIvrMenu, listDestinationTargets } from "@/db/queries/call-flows";
import { requirePage } from "@/lib/authz/session";
import { editLock } from "@/lib/call-flows/capabilities";
import { destinationGroups, destinationNamesOf } from "@/lib/call-flows/destination-choices";
import { destinationLabel, encodeDestination } from "@/lib/call-flows/destinations";
import { formatDate, plural } from "@/lib/format";
import { parseId } from "@/lib/ids";
import { CallFlowPage } from "../../_components/call-flow-page";
import { IvrForm } from "./ivr-form";
import { Table, Td, Th, THead, Tr } from "@/components/ui/table";

export const metadata: Metadata = { title: "IVR menu" };

export default async function IvrMenuPage({ params }: { params: Promise<{ menuId: string }> }) {
  const access = await requirePage("/call-flows/ivr/[menuId]");
  const db = getDb();
  const id = parseId((await params).menuId);
  const menu = id ? await findIvrMenu(db, access.orgId, id) : null;
  if (!menu) notFound();
  const targets = await listDestinationTargets(db, access.orgId);
  const lock = editLock(access, "ivr");
  const names = destinationNamesOf(targets);

  return (
    <CallFlowPage
      access={access}
      current="/call-flows/ivr/[menuId]"
      title={menu.name}
      description={`IVR menu · ${plural(menu.options.length, "keypress", "keypresses")} · last changed ${formatDate(menu.updatedAt)}`}
      lock={lock}
      form={
        <IvrForm
          menuId={menu.id}
          version={menu.version}
          initial={{
            name: menu.name,
            greeting: menu.greeting,
            options: menu.options.map((o) => ({ key: o.key, label: o.label, destination: encodeDestination(o.destination) })),
          }}
          destinations={destinationGroups(targets)}
        />
      }
      summary={
        <div className="space-y-6">
          <section aria-labelledby="greeting-heading" className="rounded-lg border border-slate-200 bg-white p-4">
            <h2 id="greeting-heading" className="text-sm font-semibold text-slate-900">
              Greeting
            </h2>
            <p className="mt-1 text-slate-800">{menu.greeting}</p>
          </section>
          <section aria-labelledby="options-heading">
            <h2 id="options-heading" className="mb-2 text-lg font-semibold">
              Keypresses
            </h2>
            {menu.options.length === 0 && <p className="text-sm text-slate-700">No keypresses: callers hear the greeting only.</p>}
            <Table caption={`Keypresses of ${menu.name}`} hidden={menu.options.length === 0}>
              <THead>
                <Th>Key</Th>
                <Th>Option</Th>
                <Th>Sends the call to</Th>
              </THead>
              <tbody>
                {menu.options.map((o) => (
                  <Tr key={o.key}>
                    <Td className="font-mono font-semibold">{o.key}</Td>
                    <Td>{o.label}</Td>
                    <Td className="text-slate-800">{destinationLabel(o.destination, names)}</Td>
                  </Tr>
                ))}
              </tbody>
            </Table>
          </section>
        </div>
      }
    />
  );
}
