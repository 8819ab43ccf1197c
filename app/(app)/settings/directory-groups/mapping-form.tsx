"use client";

import { useState } from "react";
import { Button, SubmitButton } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { Select } from "@/components/ui/select";
import { Table, Td, Th, THead, Tr } from "@/components/ui/table";
import { useActionForm } from "@/components/ui/use-action-form";
import type { ActionState } from "@/lib/action";
import type { DirectoryMove } from "@/lib/directory/groups";
import { previewDirectoryMapping, saveDirectoryMapping } from "./actions";

type Row = { groupId: string; groupName: string; members: number; roleId: string; priority: number };
type RoleChoice = { value: string; label: string; disabled?: boolean };

function movesOf(state: ActionState): DirectoryMove[] | undefined {
  if (!state?.ok || !("moves" in state) || !Array.isArray(state.moves)) return undefined;
  return state.moves as DirectoryMove[];
}

/** Preview first (who moves where), then save: the same form, two buttons. */
export function MappingForm({
  rows,
  roles,
  defaultRoles,
  defaultRoleId,
}: {
  rows: Row[];
  roles: RoleChoice[];
  defaultRoles: RoleChoice[];
  defaultRoleId: string;
}) {
  const preview = useActionForm(previewDirectoryMapping);
  const save = useActionForm(saveDirectoryMapping);
  const [previewed, setPreviewed] = useState(false);
  const moves = previewed ? movesOf(preview.state) : undefined;
  const onSubmit = (event: React.FormEvent<HTMLFormElement>) => {
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    if (submitter?.getAttribute("value") === "preview") {
      setPreviewed(true);
      preview.onSubmit(event);
    } else {
      setPreviewed(false);
      save.onSubmit(event);
    }
  };
  return (
    <form onSubmit={onSubmit} onChange={() => setPreviewed(false)} className="space-y-4">
      {rows.length > 0 && (
        <Table caption="Directory groups" width="min-w-[40rem]">
          <THead>
            <Th>Group</Th>
            <Th>Members</Th>
            <Th>Role</Th>
            <Th>Precedence</Th>
          </THead>
          <tbody>
            {rows.map((row) => (
              <Tr key={row.groupId}>
                <Th scope="row">
                  {row.groupName}
                  <input type="hidden" name="groupId" value={row.groupId} />
                </Th>
                <Td>{row.members}</Td>
                <Td>
                  <Select label={`Role for ${row.groupName}`} name="roleId" defaultValue={row.roleId} options={roles}>
                    <option value="">Not mapped</option>
                  </Select>
                </Td>
                <Td>
                  <Field
                    label={`Precedence of ${row.groupName}`}
                    name="priority"
                    type="number"
                    min={1}
                    max={999}
                    defaultValue={String(row.priority)}
                    className="w-24"
                  />
                </Td>
              </Tr>
            ))}
          </tbody>
        </Table>
      )}
      <Select
        label="Default role"
        name="defaultRoleId"
        defaultValue={defaultRoleId}
        options={defaultRoles}
        hint="Who joins through single sign-on or SCIM gets it, and so does a directory member in no mapped group. Never Owner."
        className="max-w-sm"
      >
        <option value="">Agent</option>
      </Select>
      <FormStatus state={previewed ? preview.state : save.state} />
      {moves && moves.length > 0 && (
        <Table caption="Who would change role" frame="plain">
          <THead>
            <Th>Member</Th>
            <Th>From</Th>
            <Th>To</Th>
          </THead>
          <tbody>
            {moves.map((move) => (
              <Tr key={move.memberId}>
                <Th scope="row">{move.name}</Th>
                <Td>{move.fromRole}</Td>
                <Td>
                  {move.toRole}
                  {move.groupName ? ` (${move.groupName})` : " (default role)"}
                </Td>
              </Tr>
            ))}
          </tbody>
        </Table>
      )}
      <div className="flex flex-wrap gap-2">
        <Button type="submit" variant="secondary" value="preview" disabled={preview.pending}>
          Preview changes
        </Button>
        <SubmitButton pending={save.pending} pendingText="Saving…" value="save">
          Save mapping
        </SubmitButton>
      </div>
    </form>
  );
}
