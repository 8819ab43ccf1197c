// Every action definition the app binds to a server action. The authorization matrix runs
// each of them for every kind of subject, and a test fails on any server action bound to a
// definition missing here.
import type { ActionDefinition } from "@/lib/action";
import { assignRoleAction, createRoleAction, deleteRoleAction, updateRoleAction } from "@/lib/roles/actions";

export const ACTIONS: readonly ActionDefinition[] = [
  createRoleAction,
  updateRoleAction,
  deleteRoleAction,
  assignRoleAction,
] as ActionDefinition[];
