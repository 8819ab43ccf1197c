// RFC 7643 core schemas, as small zod schemas: every SCIM response in the tests is checked against them.
import { z } from "zod";

const meta = (resourceType: string) =>
  z.object({
    resourceType: z.literal(resourceType),
    created: z.iso.datetime({ offset: true }),
    lastModified: z.iso.datetime({ offset: true }),
    location: z.url(),
  });

export const scimUser = z.strictObject({
  schemas: z.tuple([z.literal("urn:ietf:params:scim:schemas:core:2.0:User")]),
  id: z.uuid(),
  externalId: z.string().optional(),
  userName: z.email(),
  name: z.strictObject({ formatted: z.string(), givenName: z.string(), familyName: z.string() }),
  displayName: z.string(),
  title: z.string().optional(),
  emails: z.array(z.strictObject({ value: z.email(), type: z.string(), primary: z.boolean() })).min(1),
  active: z.boolean(),
  groups: z.array(z.strictObject({ value: z.uuid(), display: z.string(), $ref: z.url() })),
  meta: meta("User"),
});

export const scimGroup = z.strictObject({
  schemas: z.tuple([z.literal("urn:ietf:params:scim:schemas:core:2.0:Group")]),
  id: z.uuid(),
  externalId: z.string().optional(),
  displayName: z.string().min(1),
  members: z.array(z.strictObject({ value: z.uuid(), display: z.string(), $ref: z.url() })).optional(),
  meta: meta("Group"),
});

export const listOf = <T extends z.ZodType>(resource: T) =>
  z.strictObject({
    schemas: z.tuple([z.literal("urn:ietf:params:scim:api:messages:2.0:ListResponse")]),
    totalResults: z.number().int().min(0),
    startIndex: z.number().int().min(1),
    itemsPerPage: z.number().int().min(0),
    Resources: z.array(resource),
  });

export const scimErrorBody = z.strictObject({
  schemas: z.tuple([z.literal("urn:ietf:params:scim:api:messages:2.0:Error")]),
  status: z.string().regex(/^[45]\d\d$/),
  scimType: z.enum(["invalidFilter", "invalidValue", "invalidSyntax", "invalidPath", "noTarget", "uniqueness", "mutability", "tooMany"]).optional(),
  detail: z.string().min(1),
});
