import { AccessDenied } from "@/components/access-denied";

// Reached when a page refuses on its own (the proxy normally answers first, naming the permission).
export default function Forbidden() {
  return (
    <main className="px-4 py-16">
      <AccessDenied missing={[]} />
    </main>
  );
}
