// Builds the provider bundle once per test run and lays it out as a
// filesystem mirror in a temp folder that every terraform test installs from.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { packageMirror } from "../../scripts/package-mirror.js";

declare module "vitest" {
  export interface ProvidedContext {
    mirrorDir: string;
  }
}

export default async function setup(project: TestProject) {
  const dir = mkdtempSync(join(tmpdir(), "hotspot-tf-mirror-"));
  const mirror = await packageMirror(dir);
  project.provide("mirrorDir", mirror.mirrorDir);
  return () => rmSync(dir, { recursive: true, force: true });
}
