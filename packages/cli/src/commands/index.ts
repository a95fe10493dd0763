// Registry of `hotspot` subcommands: each module exports a function that adds its command to the
// program. Add new commands (plan, apply, import, ...) to this list.
import type { Command } from "commander";
import { registerApplyCommand } from "./apply.js";
import { registerEmulatorCommand } from "./emulator.js";
import { registerPlanCommand } from "./plan.js";
import { registerShowCommand } from "./show.js";
import { registerSitesCommand } from "./sites.js";
import { registerValidateCommand } from "./validate.js";
import { registerAccountCommand } from "./account.js";
import { registerImportCommand } from "./import.js";
import { registerLogCommand } from "./log.js";
import { registerPlansCommand } from "./price-plans.js";
import { registerStatsCommand } from "./stats.js";
import { registerSummaryCommand } from "./summary.js";
import { registerVouchersCommand } from "./vouchers.js";
import { registerStateCommand } from "./state.js";

export type RegisterCommand = (program: Command) => void;

export const COMMANDS: readonly RegisterCommand[] = [
  registerPlanCommand,
  registerApplyCommand,
  registerShowCommand,
  registerValidateCommand,
  registerSitesCommand,
  registerEmulatorCommand,
  registerImportCommand,
  registerAccountCommand,
  registerPlansCommand,
  registerStatsCommand,
  registerLogCommand,
  registerSummaryCommand,
  registerVouchersCommand,
  registerStateCommand,
];
