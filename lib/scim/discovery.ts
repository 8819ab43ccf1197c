// RFC 7643 §5-7: what this service provider supports, and the schemas of its two resources.
import { GROUP_SCHEMA, USER_SCHEMA } from "./protocol";

const attribute = (name: string, extra: Record<string, unknown> = {}) => ({
  name,
  type: "string",
  multiValued: false,
  required: false,
  caseExact: false,
  mutability: "readWrite",
  returned: "default",
  uniqueness: "none",
  ...extra,
});

export function serviceProviderConfig(baseUrl: string) {
  return {
    schemas: ["urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig"],
    documentationUri: `${new URL(baseUrl).origin}/help/custom-roles`,
    patch: { supported: true },
    bulk: { supported: false, maxOperations: 0, maxPayloadSize: 0 },
    filter: { supported: true, maxResults: 200 },
    changePassword: { supported: false },
    sort: { supported: false },
    etag: { supported: false },
    authenticationSchemes: [
      { type: "oauthbearertoken", name: "Bearer token", description: "A SCIM token created under Settings → Directory sync.", primary: true },
    ],
    meta: { resourceType: "ServiceProviderConfig", location: `${baseUrl}/ServiceProviderConfig` },
  };
}

const SCHEMAS = [
  {
    id: USER_SCHEMA,
    name: "User",
    description: "A member of the organisation",
    attributes: [
      attribute("userName", { required: true, uniqueness: "server" }),
      attribute("name", {
        type: "complex",
        subAttributes: [attribute("formatted"), attribute("givenName"), attribute("familyName")],
      }),
      attribute("displayName"),
      attribute("title"),
      attribute("emails", {
        type: "complex",
        multiValued: true,
        subAttributes: [attribute("value"), attribute("type"), attribute("primary", { type: "boolean" })],
      }),
      attribute("active", { type: "boolean" }),
      attribute("groups", { type: "complex", multiValued: true, mutability: "readOnly", subAttributes: [attribute("value"), attribute("display")] }),
    ],
  },
  {
    id: GROUP_SCHEMA,
    name: "Group",
    description: "A directory group; mapped to a role under Settings → Directory groups",
    attributes: [
      attribute("displayName", { required: true, uniqueness: "server" }),
      attribute("members", { type: "complex", multiValued: true, subAttributes: [attribute("value", { mutability: "immutable" }), attribute("display")] }),
    ],
  },
];

export function schemas(baseUrl: string) {
  return SCHEMAS.map((schema) => ({
    schemas: ["urn:ietf:params:scim:schemas:core:2.0:Schema"],
    ...schema,
    meta: { resourceType: "Schema", location: `${baseUrl}/Schemas/${schema.id}` },
  }));
}

export function resourceTypes(baseUrl: string) {
  return [
    { id: "User", name: "User", endpoint: "/Users", schema: USER_SCHEMA },
    { id: "Group", name: "Group", endpoint: "/Groups", schema: GROUP_SCHEMA },
  ].map((type) => ({
    schemas: ["urn:ietf:params:scim:schemas:core:2.0:ResourceType"],
    ...type,
    meta: { resourceType: "ResourceType", location: `${baseUrl}/ResourceTypes/${type.id}` },
  }));
}
