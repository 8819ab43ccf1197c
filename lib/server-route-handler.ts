// Binds a handler definition to the request: the session's member and the app's database.
import { auth } from "@/auth";
import { getDb } from "@/db";
import { executeHandler, type HandlerDefinition } from "./route-handler";

export function routeHandler<P extends Record<string, string>>(definition: HandlerDefinition<P>) {
  return async (request: Request, context: { params: Promise<P> }) => {
    const session = await auth();
    return executeHandler(definition, session?.memberId ?? null, request, await context.params, getDb());
  };
}
