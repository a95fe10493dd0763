// What every hotspot operation gets: the wire client, the server's clock and
// the price plans (read once per provider process, they change only in the
// server's UI).
import { HotSpotClient, type PricePlan, serverNow } from "@hotspot-iac/core";
import type { ConnectionSettings } from "./provider-config.js";

export class HotspotContext {
  readonly api: HotSpotClient;
  private plans: Promise<PricePlan[]> | undefined;

  constructor(readonly settings: ConnectionSettings) {
    this.api = new HotSpotClient({
      url: settings.url,
      passphrase: settings.passphrase,
      timeoutMs: settings.timeoutMs,
      concurrency: settings.concurrency,
    });
  }

  /** Now on the server's wall clock (resolves relative expiry at creation). */
  now(): Date {
    return serverNow();
  }

  pricePlans(): Promise<PricePlan[]> {
    this.plans ??= this.api.getPricePlans();
    this.plans.catch(() => {
      this.plans = undefined;
    });
    return this.plans;
  }
}
