// Registry of `hotspot` subcommands: each module exports a function that adds its command to the
// program. Add new commands (plan, apply, import, ...) to this list.
import type { Command } from "commander";
import { registerEmulatorCommand } from "./emulator.js";
import { registerImportCommand } from "./import.js";

export type RegisterCommand = (program: Command) => void;

export const COMMANDS: readonly RegisterCommand[] = [
  registerEmulatorCommand,
  registerImportCommand,
];
