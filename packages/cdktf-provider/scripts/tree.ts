// A folder's files as relative path → content: what the drift test compares and
// what the compile step hashes to know whether it must run again.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";

export function readTree(root: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else files.set(relative(root, path).split(sep).join("/"), readFileSync(path, "utf8"));
    }
  };
  walk(root);
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : 1)));
}

export function hashTree(root: string): string {
  const hash = createHash("sha256");
  for (const [path, content] of readTree(root)) hash.update(`${path}\0${content}\0`);
  return hash.digest("hex");
}
