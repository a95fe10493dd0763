// Two renderings of one schema: the protobuf message for GetProviderSchema
// and the JSON of `terraform providers schema -json` (the input of the
// CDKTF bindings generator).
import type { Schema } from "./schema.js";

export interface SchemaMessage {
  version: number;
  block: {
    version: number;
    description: string;
    description_kind: number;
    attributes: Array<{
      name: string;
      type: Buffer;
      description: string;
      description_kind: number;
      required: boolean;
      optional: boolean;
      computed: boolean;
      sensitive: boolean;
      deprecated: boolean;
      write_only: boolean;
    }>;
  };
}

const MARKDOWN = 1;

export function toSchemaMessage(schema: Schema): SchemaMessage {
  return {
    version: schema.version,
    block: {
      version: schema.version,
      description: schema.description,
      description_kind: MARKDOWN,
      attributes: Object.entries(schema.attributes)
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([name, a]) => ({
          name,
          type: Buffer.from(JSON.stringify(a.type)),
          description: a.description,
          description_kind: MARKDOWN,
          required: a.required ?? false,
          optional: a.optional ?? false,
          computed: a.computed ?? false,
          sensitive: a.sensitive ?? false,
          deprecated: a.deprecated ?? false,
          write_only: a.writeOnly ?? false,
        })),
    },
  };
}

/** One schema as `terraform providers schema -json` prints it. */
export function toSchemaJson(schema: Schema): object {
  const attributes: Record<string, object> = {};
  for (const [name, a] of Object.entries(schema.attributes).sort(([x], [y]) => (x < y ? -1 : 1))) {
    attributes[name] = {
      type: a.type,
      description: a.description,
      description_kind: "markdown",
      ...(a.required ? { required: true } : {}),
      ...(a.optional ? { optional: true } : {}),
      ...(a.computed ? { computed: true } : {}),
      ...(a.sensitive ? { sensitive: true } : {}),
      ...(a.deprecated ? { deprecated: true } : {}),
      ...(a.writeOnly ? { write_only: true } : {}),
    };
  }
  return {
    version: schema.version,
    block: { attributes, description: schema.description, description_kind: "markdown" },
  };
}
