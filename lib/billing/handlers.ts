import type { HandlerDefinition } from "@/lib/route-handler";

// The area lands with issue 3; its route handlers are listed here as they are built.
export const billingHandlers: HandlerDefinition[] = [];
