// Every SCIM endpoint, one definition per route and method. Each runs through
// executeScimHandler (./handler.ts): token, plan, rate limit, then this.
import { defineScimHandler, type ScimHandlerDefinition } from "./handler";
import { resourceTypes, schemas, serviceProviderConfig } from "./discovery";
import { createGroup, deleteGroup, getGroup, listGroups, patchGroup, replaceGroup } from "./groups";
import { listResponse, parseBody, patchInput, readJson } from "./protocol";
import { createUser, deleteUser, getUser, listUsers, patchUser, replaceUser } from "./users";

const search = (request: Request) => new URL(request.url).searchParams;
type Id = { id: string };

export const listUsersHandler = defineScimHandler({
  route: "/scim/v2/Users",
  method: "GET",
  run: async ({ db, actor, request }) => ({ body: await listUsers(db, actor, search(request)) }),
});
export const createUserHandler = defineScimHandler({
  route: "/scim/v2/Users",
  method: "POST",
  run: async ({ db, actor, request }) => ({ body: await createUser(db, actor, await readJson(request)), status: 201 }),
});
export const getUserHandler = defineScimHandler<Id>({
  route: "/scim/v2/Users/[id]",
  method: "GET",
  run: async ({ db, actor, params }) => ({ body: await getUser(db, actor, params.id) }),
});
export const replaceUserHandler = defineScimHandler<Id>({
  route: "/scim/v2/Users/[id]",
  method: "PUT",
  run: async ({ db, actor, params, request }) => ({ body: await replaceUser(db, actor, params.id, await readJson(request)) }),
});
export const patchUserHandler = defineScimHandler<Id>({
  route: "/scim/v2/Users/[id]",
  method: "PATCH",
  run: async ({ db, actor, params, request }) => ({ body: await patchUser(db, actor, params.id, parseBody(patchInput, await readJson(request)).Operations) }),
});
export const deleteUserHandler = defineScimHandler<Id>({
  route: "/scim/v2/Users/[id]",
  method: "DELETE",
  run: async ({ db, actor, params }) => {
    await deleteUser(db, actor, params.id);
    return null;
  },
});

export const listGroupsHandler = defineScimHandler({
  route: "/scim/v2/Groups",
  method: "GET",
  run: async ({ db, actor, request }) => ({ body: await listGroups(db, actor, search(request)) }),
});
export const createGroupHandler = defineScimHandler({
  route: "/scim/v2/Groups",
  method: "POST",
  run: async ({ db, actor, request }) => ({ body: await createGroup(db, actor, await readJson(request)), status: 201 }),
});
export const getGroupHandler = defineScimHandler<Id>({
  route: "/scim/v2/Groups/[id]",
  method: "GET",
  run: async ({ db, actor, params, request }) => ({ body: await getGroup(db, actor, params.id, search(request)) }),
});
export const replaceGroupHandler = defineScimHandler<Id>({
  route: "/scim/v2/Groups/[id]",
  method: "PUT",
  run: async ({ db, actor, params, request }) => ({ body: await replaceGroup(db, actor, params.id, await readJson(request)) }),
});
export const patchGroupHandler = defineScimHandler<Id>({
  route: "/scim/v2/Groups/[id]",
  method: "PATCH",
  run: async ({ db, actor, params, request }) => ({ body: await patchGroup(db, actor, params.id, parseBody(patchInput, await readJson(request)).Operations) }),
});
export const deleteGroupHandler = defineScimHandler<Id>({
  route: "/scim/v2/Groups/[id]",
  method: "DELETE",
  run: async ({ db, actor, params }) => {
    await deleteGroup(db, actor, params.id);
    return null;
  },
});

export const serviceProviderConfigHandler = defineScimHandler({
  route: "/scim/v2/ServiceProviderConfig",
  method: "GET",
  run: ({ actor }) => Promise.resolve({ body: serviceProviderConfig(actor.baseUrl) }),
});
export const schemasHandler = defineScimHandler({
  route: "/scim/v2/Schemas",
  method: "GET",
  run: ({ actor }) => Promise.resolve({ body: listResponse(schemas(actor.baseUrl), 2, 1) }),
});
export const resourceTypesHandler = defineScimHandler({
  route: "/scim/v2/ResourceTypes",
  method: "GET",
  run: ({ actor }) => Promise.resolve({ body: listResponse(resourceTypes(actor.baseUrl), 2, 1) }),
});

export const scimHandlers = [
  listUsersHandler,
  createUserHandler,
  getUserHandler,
  replaceUserHandler,
  patchUserHandler,
  deleteUserHandler,
  listGroupsHandler,
  createGroupHandler,
  getGroupHandler,
  replaceGroupHandler,
  patchGroupHandler,
  deleteGroupHandler,
  serviceProviderConfigHandler,
  schemasHandler,
  resourceTypesHandler,
] as ScimHandlerDefinition[];
