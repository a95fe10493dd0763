// Two renderings of one schema: the protobuf message for GetProviderSchema
// and the JSON of `terraform providers schema -json` (the input of the
// CDKTF bindings generator).
import type { Attribute, Schema } from "./schema.js";

export interface AttributeMessage {
  name: string;
  /** Empty for a nested attribute: its children are in nested_type. */
  type: Buffer;
  nested_type?: { attributes: AttributeMessage[]; nesting: number };
  description: string;
  description_kind: number;
  required: boolean;
  optional: boolean;
  computed: boolean;
  sensitive: boolean;
  deprecated: boolean;
  write_only: boolean;
}

export interface SchemaMessage {
  version: number;
  block: {
    version: number;
    description: string;
    description_kind: number;
    attributes: AttributeMessage[];
  };
}

const MARKDOWN = 1;
const NESTING_SINGLE = 1;

const sorted = (attributes: { [name: string]: Attribute }) => Object.entries(attributes).sort(([a], [b]) => (a < b ? -1 : 1));

function attributeMessages(attributes: { [name: string]: Attribute }): AttributeMessage[] {
  return sorted(attributes).map(([name, a]) => ({
    name,
    type: a.nested ? Buffer.alloc(0) : Buffer.from(JSON.stringify(a.type)),
    ...(a.nested ? { nested_type: { attributes: attributeMessages(a.nested), nesting: NESTING_SINGLE } } : {}),
    description: a.description,
    description_kind: MARKDOWN,
    required: a.required ?? false,
    optional: a.optional ?? false,
    computed: a.computed ?? false,
    sensitive: a.sensitive ?? false,
    deprecated: a.deprecated ?? false,
    write_only: a.writeOnly ?? false,
  }));
}

export function toSchemaMessage(schema: Schema): SchemaMessage {
  return {
    version: schema.version,
    block: {
      version: schema.version,
      description: schema.description,
      description_kind: MARKDOWN,
      attributes: attributeMessages(schema.attributes),
    },
  };
}

function attributesJson(attributes: { [name: string]: Attribute }): Record<string, object> {
  const out: Record<string, object> = {};
  for (const [name, a] of sorted(attributes)) {
    out[name] = {
      ...(a.nested ? { nested_type: { attributes: attributesJson(a.nested), nesting_mode: "single" } } : { type: a.type }),
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
  return out;
}

/** One schema as `terraform providers schema -json` prints it. */
export function toSchemaJson(schema: Schema): object {
  return {
    version: schema.version,
    block: { attributes: attributesJson(schema.attributes), description: schema.description, description_kind: "markdown" },
  };
}
