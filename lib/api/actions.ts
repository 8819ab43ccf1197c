import { defineAction, type ActionDefinition, type ActionResult } from "@/lib/action";
import { createApiKeyInput, revokeApiKeyInput } from "./key-schema";
import { createApiKey, revokeApiKey } from "./keys";

/** The new key's secret travels back once, in this result, and is never readable again. */
type CreatedKeyResult = ActionResult & { token?: string };

export const createApiKeyAction = defineAction({
  name: "apiKeys.create",
  permission: "integrations.apiKeys",
  schema: createApiKeyInput,
  arrays: ["permissions"],
  async run({ db, actor, input }) {
    const { key, token } = await createApiKey(db, actor, input);
    const result: CreatedKeyResult = { ok: true, message: `API key “${key.name}” created. Copy it now: it is not shown again.`, token };
    return result;
  },
});

export const revokeApiKeyAction = defineAction({
  name: "apiKeys.revoke",
  permission: "integrations.apiKeys",
  schema: revokeApiKeyInput,
  async run({ db, actor, input }) {
    const { key, changed } = await revokeApiKey(db, actor, input);
    return {
      ok: true,
      message: changed ? `API key “${key.name}” revoked. Requests with it are refused from now on.` : `API key “${key.name}” was already revoked.`,
    };
  },
});

export const apiKeysActions: ActionDefinition[] = [createApiKeyAction, revokeApiKeyAction];
