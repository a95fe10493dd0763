// The tfplugin6 Provider service: decodes terraform's requests, calls the
// provider definition and answers with msgpack values and diagnostics.
// Every failure becomes a diagnostic; nothing here throws to gRPC.
import type { Logger } from "../plugin/logger.js";
import { conformObject } from "../schema/conform.js";
import { toSchemaMessage } from "../schema/render.js";
import { rejectWriteOnly, validateConfig } from "../schema/schema.js";
import { decodeMsgpack, encodeMsgpack } from "../values/msgpack.js";
import type { ObjectValue, Value } from "../values/value.js";
import { type AttributePath, type Diagnostic, DiagnosticError, Diagnostics } from "./diagnostics.js";
import { planGeneric } from "./plan.js";
import { type OperationContext, PartialStateError, type ProviderDefinition, type ResourceType } from "./types.js";

// biome-ignore lint/suspicious/noExplicitAny: protobuf request/response objects are untyped at this boundary
type Message = any;
type Handler = (req: Message) => Promise<Message>;

interface DynamicValue {
  msgpack?: Buffer;
  json?: Buffer;
}

export function decodeDynamic(dv: DynamicValue | null | undefined): Value {
  if (dv?.msgpack && dv.msgpack.length > 0) return decodeMsgpack(dv.msgpack);
  if (dv?.json && dv.json.length > 0) return JSON.parse(dv.json.toString("utf8")) as Value;
  return null;
}

const dynamic = (v: Value): DynamicValue => ({ msgpack: encodeMsgpack(v) });

function pathMessage(path: AttributePath) {
  return {
    steps: path.map((s) =>
      typeof s === "string" ? { attribute_name: s } : typeof s === "number" ? { element_key_int: s } : { element_key_string: s.key },
    ),
  };
}

export function diagnosticMessages(diags: Diagnostic[]) {
  return diags.map((d) => ({
    severity: d.severity === "error" ? 1 : 2,
    summary: d.summary,
    detail: d.detail ?? "",
    ...(d.path ? { attribute: pathMessage(d.path) } : {}),
  }));
}

/** Turns anything thrown by resource code into a diagnostic (no stack traces for operators). */
export function addFailure(diags: Diagnostics, err: unknown, summary: string): void {
  const cause = err instanceof PartialStateError ? err.cause : err;
  if (cause instanceof DiagnosticError) diags.error(cause.summary, cause.detail, cause.path);
  else diags.error(summary, cause instanceof Error ? cause.message : String(cause));
}

export function providerService<C>(def: ProviderDefinition<C>, log: Logger): Record<string, Handler> {
  const resources = new Map(def.resources.map((r) => [r.name, r]));
  const dataSources = new Map(def.dataSources.map((d) => [d.name, d]));
  const stop = new AbortController();
  let client: C | undefined;

  const schemaResponse = {
    provider: toSchemaMessage(def.schema),
    resource_schemas: Object.fromEntries(def.resources.map((r) => [r.name, toSchemaMessage(r.schema)])),
    data_source_schemas: Object.fromEntries(def.dataSources.map((d) => [d.name, toSchemaMessage(d.schema)])),
    diagnostics: [],
    server_capabilities: { plan_destroy: false, get_provider_schema_optional: true, move_resource_state: false },
  };

  function context(diags: Diagnostics): OperationContext<C> | undefined {
    if (client === undefined) {
      diags.error("Provider not configured", "terraform called the provider before ConfigureProvider succeeded.");
      return undefined;
    }
    return { client, signal: stop.signal, log };
  }

  function lookup<T>(map: Map<string, T>, name: string, kind: string, diags: Diagnostics): T | undefined {
    const found = map.get(name);
    if (!found) diags.error(`Unknown ${kind} type`, `This provider has no ${kind} type "${name}".`);
    return found;
  }

  const conformState = (r: ResourceType<C>, v: Value): Value => (v === null ? null : conformObject(r.schema, v as ObjectValue));

  // Each handler builds a Diagnostics and returns it with its fields.
  const handlers: Record<string, (req: Message, diags: Diagnostics) => Promise<Message>> = {
    async GetMetadata() {
      return {
        server_capabilities: schemaResponse.server_capabilities,
        resources: def.resources.map((r) => ({ type_name: r.name })),
        data_sources: def.dataSources.map((d) => ({ type_name: d.name })),
      };
    },
    async GetProviderSchema() {
      return schemaResponse;
    },
    async GetFunctions() {
      return { functions: {} };
    },
    async ValidateProviderConfig(req, diags) {
      const config = decodeDynamic(req.config) as ObjectValue;
      validateConfig(def.schema, config, diags);
      def.validate?.(config, diags);
      return {};
    },
    async ConfigureProvider(req, diags) {
      client = await def.configure(decodeDynamic(req.config) as ObjectValue, diags, log);
      return {};
    },
    async ValidateResourceConfig(req, diags) {
      const r = lookup(resources, req.type_name, "resource", diags);
      if (!r) return {};
      const config = decodeDynamic(req.config) as ObjectValue;
      validateConfig(r.schema, config, diags);
      if (!req.client_capabilities?.write_only_attributes_allowed) rejectWriteOnly(r.schema, config, diags);
      r.validate?.(config, diags);
      return {};
    },
    async ValidateDataResourceConfig(req, diags) {
      const d = lookup(dataSources, req.type_name, "data source", diags);
      if (!d) return {};
      const config = decodeDynamic(req.config) as ObjectValue;
      validateConfig(d.schema, config, diags);
      d.validate?.(config, diags);
      return {};
    },
    async UpgradeResourceState(req, diags) {
      const r = lookup(resources, req.type_name, "resource", diags);
      if (!r) return {};
      const json = req.raw_state?.json as Buffer | undefined;
      if (!json || json.length === 0) {
        diags.error("Unsupported state format", "This provider only reads JSON state (terraform 0.12 and later).");
        return {};
      }
      const raw = JSON.parse(json.toString("utf8")) as ObjectValue;
      const version = Number(req.version ?? 0);
      const upgraded = r.upgradeState && version < r.schema.version ? r.upgradeState(raw, version) : raw;
      return { upgraded_state: dynamic(conformState(r, upgraded)) };
    },
    async ReadResource(req, diags) {
      const r = lookup(resources, req.type_name, "resource", diags);
      const current = decodeDynamic(req.current_state) as ObjectValue | null;
      const ctx = context(diags);
      if (!r || !ctx || current === null) return { new_state: req.current_state, private: req.private };
      try {
        const state = await r.read(current, ctx, diags);
        return { new_state: dynamic(conformState(r, state)), private: req.private };
      } catch (err) {
        addFailure(diags, err, `Reading ${r.name} failed`);
        return { new_state: req.current_state, private: req.private };
      }
    },
    async PlanResourceChange(req, diags) {
      const r = lookup(resources, req.type_name, "resource", diags);
      const proposed = decodeDynamic(req.proposed_new_state) as ObjectValue | null;
      if (!r || proposed === null) return { planned_state: req.proposed_new_state, planned_private: req.prior_private };
      const prior = decodeDynamic(req.prior_state) as ObjectValue | null;
      const config = decodeDynamic(req.config) as ObjectValue;
      const { planned, replace } = planGeneric(r.schema, prior, proposed, config);
      try {
        const extra = await r.plan?.({ prior, config, planned }, client === undefined ? undefined : context(diags), diags);
        for (const name of extra?.replace ?? []) if (!replace.includes(name)) replace.push(name);
      } catch (err) {
        addFailure(diags, err, `Planning ${r.name} failed`);
      }
      return {
        planned_state: dynamic(conformState(r, planned)),
        requires_replace: replace.map((name) => pathMessage([name])),
        planned_private: req.prior_private,
      };
    },
    async ApplyResourceChange(req, diags) {
      const r = lookup(resources, req.type_name, "resource", diags);
      const ctx = context(diags);
      if (!r || !ctx) return { new_state: req.prior_state };
      const prior = decodeDynamic(req.prior_state) as ObjectValue | null;
      const planned = decodeDynamic(req.planned_state) as ObjectValue | null;
      const config = decodeDynamic(req.config) as ObjectValue;
      try {
        let state: Value;
        if (planned === null) {
          await r.delete(prior as ObjectValue, ctx);
          state = null;
        } else if (prior === null) state = await r.create(planned, config, ctx);
        else state = await r.update(prior, planned, config, ctx);
        return { new_state: dynamic(conformState(r, state)), private: req.planned_private };
      } catch (err) {
        addFailure(diags, err, `Applying ${r.name} failed`);
        // Partial state: what the server now holds, so nothing is lost.
        const state = err instanceof PartialStateError ? err.state : prior;
        return { new_state: dynamic(conformState(r, state)), private: req.planned_private };
      }
    },
    async ImportResourceState(req, diags) {
      const r = lookup(resources, req.type_name, "resource", diags);
      const ctx = context(diags);
      if (!r || !ctx) return {};
      if (!r.importState) {
        diags.error("Import not supported", `${r.name} cannot be imported.`);
        return {};
      }
      try {
        const state = await r.importState(req.id, ctx, diags);
        if (state === null) {
          if (!diags.hasErrors) diags.error("Cannot import non-existent remote object", `No ${r.name} "${req.id}" exists on the server.`);
          return {};
        }
        return { imported_resources: [{ type_name: r.name, state: dynamic(conformState(r, state)) }] };
      } catch (err) {
        addFailure(diags, err, `Importing ${r.name} failed`);
        return {};
      }
    },
    async ReadDataSource(req, diags) {
      const d = lookup(dataSources, req.type_name, "data source", diags);
      const ctx = context(diags);
      if (!d || !ctx) return {};
      try {
        const state = await d.read(decodeDynamic(req.config) as ObjectValue, ctx, diags);
        return { state: dynamic(conformObject(d.schema, state)) };
      } catch (err) {
        addFailure(diags, err, `Reading ${d.name} failed`);
        return {};
      }
    },
    async StopProvider() {
      log.info("stop requested: aborting in-flight operations");
      stop.abort(new Error("terraform asked the provider to stop"));
      return { Error: "" };
    },
  };

  const service: Record<string, Handler> = {};
  for (const [name, handle] of Object.entries(handlers)) {
    service[name] = async (req) => {
      const diags = new Diagnostics();
      const started = performance.now();
      let res: Message;
      try {
        res = await handle(req, diags);
      } catch (err) {
        // A bug or a malformed request: still a diagnostic, never a crash.
        log.error(`${name}: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
        addFailure(diags, err, `Internal error in ${name}`);
        res = {};
      }
      log.debug(`${name} ${req?.type_name ?? ""} ${(performance.now() - started).toFixed(1)}ms diagnostics=${diags.items.length}`);
      if (name === "StopProvider" || name === "GetProviderSchema") return res;
      return { ...res, diagnostics: diagnosticMessages(diags.items) };
    };
  }
  return service;
}
