// `hotspot plans`: list the server's price plans (created in the server's UI; the API cannot).
import type { Command } from "commander";
import { renderStructured } from "../format/output.js";
import { planJson, renderPlans } from "../format/price-plans.js";
import { runAction } from "../run.js";
import { addOperatorOptions, type OperatorOptions, withServer } from "./operator.js";

export function registerPlansCommand(program: Command): void {
  addOperatorOptions(program.command("plans").description("list the server's price plans")).action(
    runAction<OperatorOptions>(async (_args, opts) =>
      withServer(opts, async (s) => {
        const plans = [...(await s.client.getPricePlans())].sort((a, b) => a.id - b.id);
        s.ctx.term.write(s.format === "table" ? renderPlans(plans) : renderStructured(s.format, plans.map(planJson)));
      }),
    ),
  );
}
