#!/usr/bin/env node
// The `hotspot` CLI (`pnpm hotspot ...` from the repository root runs this file through tsx).
import { runCli } from "../cli/program.js";

process.exitCode = await runCli(process.argv);
