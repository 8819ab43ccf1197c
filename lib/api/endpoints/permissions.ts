import { categoryLabel, PERMISSIONS } from "@/lib/authz/permissions";
import { defineApi } from "../handler";
import { list, permissionSchema } from "../schemas";

export const listPermissionsApi = defineApi({
  route: "/api/v1/permissions",
  method: "GET",
  operationId: "listPermissions",
  summary: "The permission registry: every toggle a role can grant",
  permission: null,
  responses: { 200: { description: "The permissions, in registry order", schema: list(permissionSchema) } },
  async run() {
    const data = PERMISSIONS.map((p) => ({
      key: p.key,
      label: p.label,
      category: p.category,
      categoryLabel: categoryLabel(p.category),
      description: p.description,
      needs: [...p.needs],
      sensitive: p.sensitive === true,
    }));
    return Promise.resolve({ status: 200, body: { data } });
  },
});
