#!/usr/bin/env node
// The `hotspot` CLI (`pnpm hotspot ...` from the repository root runs this file through tsx).
import { setFlagsFromString } from "node:v8";
import { runCli } from "../program.js";

// A plan keeps little between collections (~130 MB live at 100,000 accounts) but allocates a lot
// per request, and V8 lets the old generation grow to up to 4× its live size before a full
// collection: a 100,000-account plan peaked at ~690 MB RSS. Growing 30% at a time keeps it near
// 430 MB for no measurable CPU (bench/README.md). The CLI's process only: libraries never set it.
setFlagsFromString("--heap-growing-percent=30");

process.exitCode = await runCli(process.argv);
