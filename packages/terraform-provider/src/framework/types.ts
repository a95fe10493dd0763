// What a provider, a resource type and a data source type implement. The
// RPC layer (server.ts) turns terraform's calls into these, so resource code
// sees decoded values, an abort signal and a Diagnostics collector only.
import type { Logger } from "../plugin/logger.js";
import type { Schema } from "../schema/schema.js";
import type { ObjectValue } from "../values/value.js";
import type { Diagnostics } from "./diagnostics.js";
import { HotspotIacError } from "@hotspot-iac/core";

export interface OperationContext<Client> {
  client: Client;
  /** Aborted when terraform asks the provider to stop (Ctrl-C). */
  signal: AbortSignal;
  log: Logger;
}

export interface PlanArgs {
  /** null when the resource is being created. */
  prior: ObjectValue | null;
  config: ObjectValue;
  /** The framework's plan so far (computed values unknown or kept); edit in place. */
  planned: ObjectValue;
}

export interface ResourceType<Client> {
  name: string;
  schema: Schema;
  validate?(config: ObjectValue, diags: Diagnostics): void;
  /**
   * A state written under an older schema `version` (UpgradeResourceState), as attributes of the
   * current schema; the result is conformed to it. Without it, the attributes pass through.
   */
  upgradeState?(raw: ObjectValue, version: number): ObjectValue;
  /** Resource-specific planning; may add requires-replace attribute names. */
  plan?(args: PlanArgs, ctx: OperationContext<Client> | undefined, diags: Diagnostics): Promise<{ replace?: string[] } | undefined>;
  create(planned: ObjectValue, config: ObjectValue, ctx: OperationContext<Client>): Promise<ObjectValue>;
  /** Returns null when the object no longer exists on the server. */
  read(state: ObjectValue, ctx: OperationContext<Client>, diags: Diagnostics): Promise<ObjectValue | null>;
  update(prior: ObjectValue, planned: ObjectValue, config: ObjectValue, ctx: OperationContext<Client>): Promise<ObjectValue>;
  delete(prior: ObjectValue, ctx: OperationContext<Client>): Promise<void>;
  /** Builds the state of an existing object from the id given to `terraform import`. */
  importState?(id: string, ctx: OperationContext<Client>, diags: Diagnostics): Promise<ObjectValue | null>;
}

export interface DataSourceType<Client> {
  name: string;
  schema: Schema;
  validate?(config: ObjectValue, diags: Diagnostics): void;
  read(config: ObjectValue, ctx: OperationContext<Client>, diags: Diagnostics): Promise<ObjectValue>;
}

export interface ProviderDefinition<Client> {
  schema: Schema;
  validate?(config: ObjectValue, diags: Diagnostics): void;
  /** Returns the client every operation gets, or undefined after adding error diagnostics. */
  configure(config: ObjectValue, diags: Diagnostics, log: Logger): Promise<Client | undefined>;
  resources: ResourceType<Client>[];
  dataSources: DataSourceType<Client>[];
}

/**
 * Thrown when an operation failed after it changed the server: `state` is
 * what now exists, so terraform records it (partial state) and the next
 * plan converges from there instead of losing track of the object.
 */
export class PartialStateError extends HotspotIacError {
  override get code() {
    return "provider-partial-state" as const;
  }
  constructor(
    readonly state: ObjectValue | null,
    override readonly cause: unknown,
  ) {
    super(cause instanceof Error ? cause.message : String(cause));
  }
}
