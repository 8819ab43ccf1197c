export * from "./orgs";
export * from "./roles";
export * from "./members";
export * from "./audit";
