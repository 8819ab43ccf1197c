// Templates may greet the contact: {first_name} is filled in when a template is inserted.
export const FIRST_NAME_PLACEHOLDER = "{first_name}";

export function fillTemplate(body: string, contactName: string): string {
  const first = contactName.trim().split(/\s+/)[0] ?? "";
  // Without a name, "Hi {first_name}," reads better as "Hi,".
  return first ? body.replaceAll(FIRST_NAME_PLACEHOLDER, first) : body.replaceAll(` ${FIRST_NAME_PLACEHOLDER}`, "").replaceAll(FIRST_NAME_PLACEHOLDER, "");
}
