// Binds an API definition to the request: the app's database and the client's address.
import { getDb } from "@/db";
import { clientAddress } from "@/lib/client-address";
import { executeApi, type ApiDefinition, type OpenApiRoute } from "./handler";

export function apiRoute(definition: ApiDefinition | OpenApiRoute) {
  return async (request: Request, context: { params: Promise<Record<string, string>> }) =>
    executeApi(definition, request, await context.params, getDb(), clientAddress(request.headers));
}
