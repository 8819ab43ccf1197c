import type { SeedContext } from "./context";

// Demo data for this area lands with issue 3.
export async function seedMessaging(_ctx: SeedContext): Promise<void> {}
