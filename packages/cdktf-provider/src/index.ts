// Constructs for the hotspot Terraform provider (hotspot-iac/hotspot): the generated
// bindings and thin constructs on top of them. Written for cdktf; the cdktn
// package's build copies them for CDK Terrain (scripts/flavour-sources.ts).
export * from "./bindings.js";
export { DEFAULT_MARGIN_PERCENT, defaultPrefix, EventWifi, type EventWifiProps, type PlanChoice, type StaffMember, voucherCount } from "./event-wifi.js";
export { HotspotAccounts, type HotspotAccountsOptions, type HotspotAccountsProps } from "./hotspot-accounts.js";
export { HotspotFleet, type HotspotFleetOptions, type HotspotFleetProps } from "./hotspot-fleet.js";
export type { SecretMode } from "./secret-variables.js";
export type { WallClock } from "./event-time.js";
