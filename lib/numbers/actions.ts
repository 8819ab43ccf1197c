import type { ActionDefinition } from "@/lib/action";

// The area lands with issue 3; its actions are listed here as they are built.
export const numbersActions: ActionDefinition[] = [];
