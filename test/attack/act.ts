// Runs a registered action the way a browser's form post reaches it: FormData through executeAction.
import type { Db } from "@/db";
import { executeAction, type ActionResult } from "@/lib/action";
import { ACTIONS } from "@/lib/actions/registry";

import type { Fields } from "@/test/matrix/types";
import { sessionOf } from "@/test/fixtures";

export type { Fields };

export function formData(fields: Fields): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) {
    for (const item of Array.isArray(value) ? value : [value]) data.append(key, item);
  }
  return data;
}

function actionNamed(name: string) {
  const def = ACTIONS.find((a) => a.name === name);
  if (!def) throw new Error(`No registered action "${name}"`);
  return def;
}

export function act(db: Db, name: string, memberId: string | null, fields: Fields | FormData): Promise<ActionResult> {
  return executeAction(actionNamed(name), sessionOf(memberId), fields instanceof FormData ? fields : formData(fields), db);
}
