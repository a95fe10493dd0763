// The generated bindings (gen/, compiled into dist/bindings by the `build` script),
// re-exported for ESM code. Nothing here is written by hand: `pnpm gen` regenerates
// them from the provider's schema JSON.
export {
  account,
  dataHotspotAccount,
  dataHotspotPricePlan,
  dataHotspotPricePlans,
  provider,
  voucherBatch,
} from "../dist/bindings/providers/hotspot/index.js";

import { account, dataHotspotAccount, dataHotspotPricePlan, dataHotspotPricePlans, provider, voucherBatch } from "../dist/bindings/providers/hotspot/index.js";

export const HotspotProvider = provider.HotspotProvider;
export type HotspotProvider = provider.HotspotProvider;
export type HotspotProviderConfig = provider.HotspotProviderConfig;
export const Account = account.Account;
export type Account = account.Account;
export type AccountConfig = account.AccountConfig;
export const VoucherBatch = voucherBatch.VoucherBatch;
export type VoucherBatch = voucherBatch.VoucherBatch;
export type VoucherBatchConfig = voucherBatch.VoucherBatchConfig;
export const DataHotspotPricePlan = dataHotspotPricePlan.DataHotspotPricePlan;
export type DataHotspotPricePlan = dataHotspotPricePlan.DataHotspotPricePlan;
export type DataHotspotPricePlanConfig = dataHotspotPricePlan.DataHotspotPricePlanConfig;
export const DataHotspotPricePlans = dataHotspotPricePlans.DataHotspotPricePlans;
export type DataHotspotPricePlans = dataHotspotPricePlans.DataHotspotPricePlans;
export const DataHotspotAccount = dataHotspotAccount.DataHotspotAccount;
export type DataHotspotAccount = dataHotspotAccount.DataHotspotAccount;
export type DataHotspotAccountConfig = dataHotspotAccount.DataHotspotAccountConfig;
