// How far the server's start-up preparation (db/prepare.ts) has got, apart from it: the sign-in
// page reads this, and importing the preparation would compile the whole demo seed with the page.
export type PreparationStage = "migrating" | "loading demo data" | "ready";

// On globalThis: the server's start-up and the pages it renders are separate bundles.
const state = globalThis as unknown as { __switchboardPreparation?: PreparationStage };

/** How far start-up preparation has got; "ready" where none ran (tests, scripts). */
export function preparationStage(): PreparationStage {
  return state.__switchboardPreparation ?? "ready";
}

export function setPreparationStage(stage: PreparationStage) {
  state.__switchboardPreparation = stage;
}
