// A fleet (`fleet:` or `sites:` YAML, the file `hotspot plan` reads) as Terraform: one provider
// alias per venue (its server URL, its passphrase as a sensitive variable), and that venue's
// accounts, batches and price-plan references declared through HotspotAccounts on that alias.
// Plain Terraform cannot loop over provider blocks (terraform #19932); a construct can.
import { type Config, type LoadOptions, selectSites } from "@hotspot-iac/core";
import { Construct } from "constructs";
import type { HotspotProvider } from "./bindings.js";
import { HotspotAccounts } from "./hotspot-accounts.js";
import type { SecretStorageOptions } from "./secret-storage.js";
import { identifier, type SecretMode } from "./secret-variables.js";
import { loadForSynth } from "./synth-load.js";

export interface HotspotFleetOptions extends SecretStorageOptions {
  /** Venues to declare: names or globs (`porto-*`), as `hotspot --site`; default every venue. */
  sites?: string[];
  /** `variables` (default): passphrases and other secrets become sensitive input variables. */
  secrets?: SecretMode;
}

export interface HotspotFleetProps extends HotspotFleetOptions {
  config: Config;
  /** Environment variables the load found unset (fromYaml's lenient load): secrets may read them, nothing else. */
  unsetEnv?: ReadonlySet<string>;
}

export class HotspotFleet extends Construct {
  /** Loads the fleet's YAML as `hotspot plan` does (no secret needs a value) and declares every venue. */
  static async fromYaml(scope: Construct, id: string, path: string | string[], options: HotspotFleetOptions & LoadOptions = {}): Promise<HotspotFleet> {
    const { env, cwd, unsetEnv: _, ...props } = options;
    const { config, unset } = await loadForSynth(path, { ...(env ? { env } : {}), ...(cwd ? { cwd } : {}) });
    return new HotspotFleet(scope, id, { ...props, config, unsetEnv: unset });
  }

  /** One provider per venue, aliased by the venue's name (`hotspot.lisbon-baixa`). */
  readonly providers: Record<string, HotspotProvider> = {};
  /** Each venue's resources. */
  readonly venues: Record<string, HotspotAccounts> = {};

  constructor(scope: Construct, id: string, props: HotspotFleetProps) {
    super(scope, id);
    const { config, sites, ...options } = props;
    for (const site of selectSites(config, sites, "sites")) {
      // The venue's server becomes its aliased provider; resource addresses carry the venue:
      // hotspot_account.<venue>_<username>.
      const venue = new HotspotAccounts(this, site.name, { ...options, config, site: site.name, providerAlias: identifier(site.name) });
      this.venues[site.name] = venue;
      this.providers[site.name] = venue.provider!;
    }
  }

  /** TF_VAR_* values for every variable the fleet reads (passphrases included), resolved at load. Never write it to a file. */
  secretEnvironment(): Record<string, string> {
    return Object.assign({}, ...Object.values(this.venues).map((v) => v.secretEnvironment()));
  }
}
