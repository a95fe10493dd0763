// The .proto texts of the services we serve. In the single executable
// (Node SEA, scripts/sea.ts) they are assets embedded in the binary; the
// script bundle (scripts/build.ts) inlines them; from source they are read
// from ../../proto.
import { readFileSync } from "node:fs";

export const PROTO_FILES = ["tfplugin6.proto", "go-plugin.proto"] as const;

export function protoSources(): Record<string, string> {
  const sea = process.getBuiltinModule("node:sea");
  if (sea?.isSea()) return Object.fromEntries(PROTO_FILES.map((f) => [f, sea.getAsset(f, "utf8")]));
  return Object.fromEntries(PROTO_FILES.map((f) => [f, readFileSync(new URL(`../../proto/${f}`, import.meta.url), "utf8")]));
}
