// Terraform (cty) types, in the JSON form the protocol carries in
// Schema.Attribute.type and `terraform providers schema -json` prints.
export type TfType =
  | "string"
  | "number"
  | "bool"
  | readonly ["list", TfType]
  | readonly ["set", TfType]
  | readonly ["map", TfType]
  | readonly ["object", { readonly [name: string]: TfType }];

export const types = {
  string: "string",
  number: "number",
  bool: "bool",
  list: (t: TfType) => ["list", t] as const,
  set: (t: TfType) => ["set", t] as const,
  map: (t: TfType) => ["map", t] as const,
  object: (attrs: { [name: string]: TfType }) => ["object", attrs] as const,
} as const;
