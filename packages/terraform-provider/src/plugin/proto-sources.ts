// The .proto texts of the services we serve. The esbuild bundle replaces
// this module with the texts inlined (scripts/build.ts), so the executable
// is one file; from source they are read from ../../proto.
import { readFileSync } from "node:fs";

export const PROTO_FILES = ["tfplugin6.proto", "go-plugin.proto"] as const;

export function protoSources(): Record<string, string> {
  return Object.fromEntries(PROTO_FILES.map((f) => [f, readFileSync(new URL(`../../proto/${f}`, import.meta.url), "utf8")]));
}
