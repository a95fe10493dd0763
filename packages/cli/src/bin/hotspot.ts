#!/usr/bin/env node
// The `hotspot` CLI (`pnpm hotspot ...` from the repository root runs this file through tsx).
import { growHeapSlowly } from "../heap-growth.js";
import { runCli } from "../program.js";

growHeapSlowly();

process.exitCode = await runCli(process.argv);
