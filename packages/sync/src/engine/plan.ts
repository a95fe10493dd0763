// plan(): read the server (introspect), resolve the price-plan references, and diff the site
// against the live state and the state file. Sends only reads; the result holds the Plan people
// review and the statements apply executes.
import { dirname } from "node:path";
import { publicServerUrl, serverIdentity, serverNow } from "@hotspot-iac/core";
import type { DiffContext } from "../diff/context.js";
import { resolvePricePlans } from "../diff/price-plans.js";
import { diffSite } from "../diff/site.js";
import { desiredSite } from "../plan/desired.js";
import { membershipOf } from "../plan/members.js";
import { readLive } from "../read/introspect.js";
import { thresholdsOf } from "../safety/thresholds.js";
import { type Fingerprint, fingerprintOf, usageSensitive } from "../savedplan/fingerprint.js";
import { secretHashes } from "../savedplan/secrets.js";
import { openStateBackend } from "../state/backend.js";
import { createHasher, type Hasher, hashSecret, prepareKey } from "../state/hash.js";
import { knownNames, knowsOf } from "../state/known.js";
import { rekeySection } from "../state/rekey.js";
import { defaultStatePath, findServerState, type LoadedState } from "../state/state-file.js";
import type { EngineTarget, PlanOptions, PlanResult } from "./types.js";

/** Where the target's state lives: `statePath`, HOTSPOT_STATE, the YAML's `state`, else the default file. */
export function statePathOf(t: EngineTarget): string {
  if (t.statePath) return t.statePath;
  if (!process.env.HOTSPOT_STATE && t.config.state) return t.config.state;
  const first = t.config.files[0];
  return defaultStatePath(first ? dirname(first) : process.cwd());
}

function hasherFor(state: LoadedState, passphrase: string | undefined): Hasher {
  return createHasher(state.file.salt, hashSecret(passphrase));
}

/** The state a target names (a file, or a `postgres://` database), loaded. */
async function loadTargetState(t: EngineTarget): Promise<LoadedState> {
  return (await openStateBackend(statePathOf(t))).load();
}

/**
 * Read the server and diff it against the configuration. Sends only reads: getpriceplans and
 * getaccountlist once, viewaccount for owned accounts whose list entry lacks needed fields.
 * Throws PlanAbortedError when the read cannot be trusted.
 */
export async function plan(opts: PlanOptions): Promise<PlanResult> {
  const d = desiredSite(opts.config, opts.site);
  const now = opts.now ?? (() => serverNow(0, d.site.server?.timeZone));
  const state = opts.state ?? (await loadTargetState(opts));
  const server = findServerState(state.file, opts.serverUrl);
  // The key's scrypt (~90 ms) runs on the thread pool while the server is read; rekeying a section
  // needs it before.
  const keyReady = prepareKey(state.file.salt, hashSecret(opts.passphrase));
  let early: Hasher | undefined;
  if (server) {
    await keyReady;
    early = hasherFor(state, opts.passphrase);
    rekeySection(state, server, d, early, hashSecret(opts.passphrase));
  }
  const appliedBefore = !!server && (Object.values(server.accounts).some((a) => a.created) || Object.values(server.batches).some((b) => b.created));

  const live = await readLive(opts.client, d, {
    concurrency: opts.readConcurrency,
    appliedBefore,
    force: opts.force,
    known: knownNames(server),
    serverKey: serverIdentity(opts.serverUrl),
    now,
    onProgress: opts.onReadProgress,
  });
  const pricePlans = resolvePricePlans(d.site, live.pricePlans);
  await keyReady;
  const hasher = early ?? hasherFor(state, opts.passphrase);

  let unknownBecause = "";
  let stateKnown = true;
  if (!state.existed) {
    stateKnown = false;
    unknownBecause = `there is no state file at ${state.path} recording what was last applied`;
  } else if (server?.keyCheck !== undefined && server.keyCheck !== hasher.keyCheck) {
    stateKnown = false;
    unknownBecause = `the state file's hashes were made with another key (the passphrase or HOTSPOT_STATE_KEY changed)`;
  } else {
    unknownBecause = "this tool has no record of applying them (state file)";
  }
  const ctx: DiffContext = {
    site: d.name,
    pricePlanIds: pricePlans.ids,
    pricePlanNames: pricePlans.names,
    pricePlanRates: pricePlans.rates,
    hasher,
    stateKnown,
    writeOnly: opts.writeOnly ?? "assume",
    ...(opts.config.tainted ? { tainted: opts.config.tainted } : {}),
  };
  const { plan: p, statements } = diffSite({
    desired: d,
    live,
    state: stateKnown ? server : undefined,
    pricePlans,
    ctx,
    thresholds: thresholdsOf(d.site),
    force: opts.force,
    now: now(),
    createdAt: new Date().toISOString(),
    unknownBecause,
    createdBatches: server ? Object.entries(server.batches).filter(([, b]) => b.created).map(([p]) => p) : [],
    knows: knowsOf(server, d.batches),
    isMember: membershipOf(server, d.batches),
    allowTakeover: opts.allowTakeover || d.site.ownership.allowTakeover === true,
  });
  p.server = publicServerUrl(opts.serverUrl);
  p.servers = [{ site: d.name, url: p.server, emulator: opts.emulator === true }];
  if (!hasher.keyed) {
    p.diagnostics.push({ severity: "warning", code: "state-unkeyed", site: d.name, message: "no passphrase and no HOTSPOT_STATE_KEY: state-file hashes are salted but not keyed" });
  }
  // Hashed on first use: only saved plans need it, and it costs a keyed hash per owned account.
  const sensitive = usageSensitive(p);
  let fingerprint: Fingerprint | undefined;
  return {
    plan: p,
    live,
    get fingerprint() {
      fingerprint ??= fingerprintOf(live, hasher, sensitive);
      return fingerprint;
    },
    statements,
    state,
    secrets: secretHashes(statements, d, hasher, opts.config.tainted),
    site: d.name,
    serverUrl: opts.serverUrl,
    keyCheck: hasher.keyCheck,
    desired: d,
    choices: { force: !!opts.force, allowTakeover: !!opts.allowTakeover },
  };
}
