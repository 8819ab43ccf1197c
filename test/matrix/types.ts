import type { Db } from "@/db";
import type { Member, Role } from "@/db/schema";
import type { RouteKey } from "@/lib/authz/routes";
import type { TestOrg } from "@/test/fixtures";

/** What the matrix acts on in the organisation under test: core rows plus each area's ids. */
export type Scene = { org: TestOrg; owner: Member; target: Role; agent: Member; self: Member; ids: Record<string, string> };

export type Fields = Record<string, string | string[]>;

/**
 * One product area's part of the authorization matrix. `build` creates what the area's
 * actions and handlers act on (owned by the scene's organisation) and returns their ids;
 * `forms` gives valid input per action name and `handlers` the route params per handler
 * route, so that a holder of the permission succeeds and anyone else is refused.
 */
export type MatrixArea = {
  build?(db: Db, scene: Omit<Scene, "ids">): Promise<Record<string, string>>;
  forms?: Record<string, (scene: Scene) => Fields>;
  handlers?: Partial<Record<RouteKey, (scene: Scene) => Record<string, string>>>;
  /**
   * Actions on the caller's own account whose input names no row (a password change): there
   * is no id another member could point elsewhere, so they are refused by the caller's own
   * credentials instead of as not found, and the cross-tenant attack has no field to swap.
   */
  namesNoRow?: readonly string[];
  /**
   * Of those, the ones that ask for nothing but the session itself (sign out your other
   * sessions): anyone's call succeeds, and acts on the caller's own account only.
   */
  sessionOnly?: readonly string[];
  /** Actions of an Enterprise feature: their holders are let through on Enterprise, and an Owner on Business is refused with "plan". */
  enterprise?: readonly string[];
};
