import { Text } from "@react-email/components";
import { byCategory } from "@/lib/notices/wording";

/** A heading ("You can now") and the permissions under it, one line per category. */
export function PermissionGroups({ heading, keys }: { heading: string; keys: readonly string[] }) {
  const groups = byCategory(keys);
  if (!groups.length) return null;
  return (
    <>
      <Text style={{ fontSize: 15, lineHeight: "22px", fontWeight: 600, margin: "16px 0 4px" }}>{heading}</Text>
      {groups.map((group) => (
        <Text key={group.category} style={{ fontSize: 15, lineHeight: "22px", margin: "0 0 4px" }}>
          {group.category}: {group.labels.join(", ")}
        </Text>
      ))}
    </>
  );
}
