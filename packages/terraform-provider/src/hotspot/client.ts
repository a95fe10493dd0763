// What every hotspot operation gets: the wire client, the server's clock and
// the price plans (read once per provider process, they change only in the
// server's UI).
import { type HotSpotClient, type PricePlan, serverNow } from "@hotspot-iac/core";
import type { ConnectionSettings } from "./provider-config.js";

export class HotspotContext {
  private plans: Promise<PricePlan[]> | undefined;

  private constructor(
    readonly settings: ConnectionSettings,
    readonly api: HotSpotClient,
  ) {}

  /**
   * The wire client (and undici under it) is loaded only here, when terraform
   * configures the provider: most of terraform's provider processes only ask
   * for the schema, and each of them pays its start-up.
   */
  static async connect(settings: ConnectionSettings): Promise<HotspotContext> {
    const { HotSpotClient } = await import("@hotspot-iac/core");
    const api = new HotSpotClient({
      url: settings.url,
      passphrase: settings.passphrase,
      timeoutMs: settings.timeoutMs,
      concurrency: settings.concurrency,
    });
    return new HotspotContext(settings, api);
  }

  /** Now on the server's wall clock (resolves relative expiry at creation). */
  now(): Date {
    return serverNow(0, this.settings.timeZone);
  }

  pricePlans(): Promise<PricePlan[]> {
    this.plans ??= this.api.getPricePlans();
    this.plans.catch(() => {
      this.plans = undefined;
    });
    return this.plans;
  }
}
