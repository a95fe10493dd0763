// `hotspot account view|refill|login|logout|delete`: one account at a time, thin over the wire
// client. Human output on a terminal, `--json` / `-o json|yaml` for scripts. The password is only
// ever shown with --show-password; deletes ask on a terminal and need --yes elsewhere.
import { createInterface } from "node:readline/promises";
import type { Account, PricePlan } from "@hotspot-iac/core";
import { type Command, Option } from "commander";
import { CliError } from "../errors.js";
import { compareUsernames, readLiveServer } from "@hotspot-iac/sync";
import { accountJson, renderAccount, renderAccountList } from "../format/account.js";
import { renderStructured } from "../format/output.js";
import { runAction } from "../run.js";
import { aboutAccount, addOperatorOptions, type OperatorOptions, type OperatorSession, withServer } from "./operator.js";
import { findPlan } from "./plan-ref.js";

interface ViewOptions extends OperatorOptions {
  showPassword?: boolean;
}
interface RefillOptions extends ViewOptions {
  plan: string;
  create?: boolean;
}
interface SessionOptions extends OperatorOptions {
  ip?: string;
  mac?: string;
}
interface ListOptions extends OperatorOptions {
  prefix?: string[];
}
interface DeleteOptions extends OperatorOptions {
  yes?: boolean;
}

const byId = (plans: readonly PricePlan[]): Map<number, PricePlan> => new Map(plans.map((p) => [p.id, p]));

function showAccount(s: OperatorSession, account: Account, plans: readonly PricePlan[], showPassword: boolean): void {
  const opts = { showPassword, plans: byId(plans) };
  if (s.format === "table") s.ctx.term.write(renderAccount(account, opts));
  else s.ctx.term.write(renderStructured(s.format, accountJson(account, opts)));
}

/** Result of a command that changes something and returns no record. */
function showDone(s: OperatorSession, json: Record<string, unknown>, human: string): void {
  if (s.format === "table") s.ctx.term.write(`${human}\n`);
  else s.ctx.term.write(renderStructured(s.format, { ok: true, ...json }));
}

const nameArg = (name: string): string => {
  if (name.trim() === "") throw new CliError("the account name cannot be empty");
  return name;
};

async function askToDelete(username: string): Promise<boolean> {
  const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: false });
  try {
    process.stderr.write(`Delete account ${JSON.stringify(username)}? Its time and quota are lost.\n  Type the account name to confirm: `);
    const answer = await new Promise<string | undefined>((resolve) => {
      rl.once("line", resolve);
      rl.once("close", () => resolve(undefined));
    });
    return answer?.trim() === username;
  } finally {
    rl.close();
  }
}

export function registerAccountCommand(program: Command): void {
  const account = program.command("account").description("look at and act on accounts (list, view, refill, login, logout, delete)");

  addOperatorOptions(
    account
      .command("list")
      .description("list the accounts on the server (each one read in full: time left, quota, expiry, online)")
      .addOption(
        new Option("--prefix <prefix>", "only accounts whose name starts with PREFIX (repeatable)").argParser(
          (v: string, prev: string[] | undefined) => [...(prev ?? []), v],
        ),
      ),
  ).action(
    runAction<ListOptions>(async (_args, opts) =>
      withServer(opts, async (s) => {
        const live = await readLiveServer(s.client, opts.prefix ?? []);
        const accounts = [...live.accounts].sort((a, b) => compareUsernames(a.username, b.username));
        const plans = byId(live.pricePlans);
        if (s.format === "table") s.ctx.term.write(renderAccountList(accounts, plans));
        else s.ctx.term.write(renderStructured(s.format, accounts.map((a) => accountJson(a, { showPassword: false, plans }))));
      }),
    ),
  );

  addOperatorOptions(
    account
      .command("view")
      .description("show an account as the server reports it (password masked)")
      .argument("<name>", "account name")
      .addOption(new Option("--show-password", "print the password in clear")),
  ).action(
    runAction<ViewOptions>(async ([name], opts) =>
      withServer(opts, async (s) => {
        const username = nameArg(name!);
        const [found, plans] = await Promise.all([
          aboutAccount(s.target, username, () => s.client.viewAccount(username)),
          s.client.getPricePlans(),
        ]);
        showAccount(s, found, plans, opts.showPassword === true);
      }),
    ),
  );

  addOperatorOptions(
    account
      .command("refill")
      .description("add a price plan's time and quota to an account (its rates and expiry are overwritten)")
      .argument("<name>", "account name")
      .addOption(new Option("--plan <id|description>", "the price plan, by id or description").makeOptionMandatory())
      .addOption(new Option("--create", "create the account when it does not exist (refillaccount does)"))
      .addOption(new Option("--show-password", "print the password in clear")),
  ).action(
    runAction<RefillOptions>(async ([name], opts) =>
      withServer(opts, async (s) => {
        const username = nameArg(name!);
        const plans = await s.client.getPricePlans();
        const plan = findPlan(plans, opts.plan);
        // refillaccount creates missing accounts: a typo must not silently add one.
        if (!opts.create) await aboutAccount(s.target, username, () => s.client.viewAccount(username));
        const refilled = await s.client.refillAccount(username, plan.id);
        if (s.format === "table") s.ctx.term.note(`Refilled ${username} with ${JSON.stringify(plan.description)} (id ${plan.id}).`);
        showAccount(s, refilled, plans, opts.showPassword === true);
      }),
    ),
  );

  addOperatorOptions(
    account
      .command("login")
      .description("log an account in (as if from a device)")
      .argument("<name>", "account name")
      .addOption(new Option("--ip <address>", "the device's IP address"))
      .addOption(new Option("--mac <address>", "the device's MAC address")),
  ).action(
    runAction<SessionOptions>(async ([name], opts) =>
      withServer(opts, async (s) => {
        const username = nameArg(name!);
        const device = { ...(opts.ip ? { ip: opts.ip } : {}), ...(opts.mac ? { mac: opts.mac } : {}) };
        await aboutAccount(s.target, username, () => s.client.loginAccount({ account: username, ...device }));
        const from = [opts.ip && `ip ${opts.ip}`, opts.mac && `mac ${opts.mac}`].filter(Boolean).join(", ");
        showDone(s, { action: "login", account: username, ...device }, `Logged in ${username}${from ? ` (${from})` : ""}.`);
      }),
    ),
  );

  addOperatorOptions(
    account
      .command("logout")
      .description("log out the sessions of an account, an IP address or a MAC address")
      .argument("[name]", "account name")
      .addOption(new Option("--ip <address>", "log out the device with this IP address"))
      .addOption(new Option("--mac <address>", "log out the device with this MAC address")),
  ).action(
    runAction<SessionOptions>(async ([name], opts) => {
      if (name === undefined && !opts.ip && !opts.mac) throw new CliError("say whom to log out: an account NAME, --ip or --mac");
      return withServer(opts, async (s) => {
        const who = {
          ...(name !== undefined ? { account: nameArg(name) } : {}),
          ...(opts.ip ? { ip: opts.ip } : {}),
          ...(opts.mac ? { mac: opts.mac } : {}),
        };
        const request = () => s.client.logoutAccount(who);
        await (name !== undefined ? aboutAccount(s.target, name, request) : request());
        const what = [name, opts.ip && `ip ${opts.ip}`, opts.mac && `mac ${opts.mac}`].filter(Boolean).join(", ");
        showDone(s, { action: "logout", ...who }, `Logged out ${what}.`);
      });
    }),
  );

  addOperatorOptions(
    account
      .command("delete")
      .description("delete an account (asks on a terminal; --yes otherwise)")
      .argument("<name>", "account name")
      .addOption(new Option("-y, --yes", "delete without asking")),
  ).action(
    runAction<DeleteOptions>(async ([name], opts) => {
      const username = nameArg(name!);
      const interactive = Boolean(process.stdin.isTTY) && Boolean(process.stderr.isTTY);
      if (!opts.yes && !interactive) {
        throw new CliError(`refusing to delete ${JSON.stringify(username)} without confirmation: not a terminal, pass --yes`);
      }
      return withServer(opts, async (s) => {
        await aboutAccount(s.target, username, () => s.client.viewAccount(username));
        if (!opts.yes && !(await askToDelete(username))) {
          s.ctx.term.note("Not deleted.");
          return 1;
        }
        await aboutAccount(s.target, username, () => s.client.deleteAccount(username));
        const declared = s.target.config?.accounts.some((a) => a.username === username);
        if (declared) {
          s.ctx.term.note(
            s.ctx.term.err.warn(`Note: ${username} is declared in the configuration: the next apply creates it again.`),
          );
        }
        showDone(s, { action: "delete", account: username }, `Deleted ${username}.`);
        return 0;
      });
    }),
  );
}
