// The state in a PostgreSQL database (`postgres://…` as --state / HOTSPOT_STATE / the YAML's
// `state`): one state shared by every checkout and CI job naming it, with an apply lock that spans
// machines. The same records as the file: one row per server (canonical identity) holding its
// section, and the salt and serial. Schema `hotspot_state`, created and migrated by the tool itself
// (versioned in `hotspot_state.migrations`, under a transaction-level advisory lock so two first
// runs do not race). Every save is one transaction: a failed one leaves the previous state as it
// was. TLS and the rest come from the URL (sslmode, sslrootcert…), as pg reads them.
//
// The lock: a session-level advisory lock per server identity, held on a connection of its own
// for the whole apply, so the database releases it when the process dies (no stale lock to clear).
// Who holds it is recorded in `lock_holders` beside the session's backend pid, and believed only
// while that session is alive (pg_stat_activity).
import { createHash } from "node:crypto";
import { hostname, userInfo } from "node:os";
import pg from "pg";
import { serverIdentity } from "@hotspot-iac/core";
import { type Lock, type LockInfo, LockHeldError } from "../lock/lock.js";
import { type LockRequest, redactDatabaseUrl, type StateBackend } from "./backend.js";
import { serverStateSchema } from "./schema.js";
import { parseShape } from "./shape.js";
import { emptyState, type LoadedState, nullRecord, type ServerState, STATE_FILE_VERSION, stateWriteError } from "./state-file.js";

const SCHEMA = "hotspot_state";

/** Each entry moves the schema one version up; never edited once released, only appended to. */
const MIGRATIONS: readonly string[] = [
  `CREATE TABLE ${SCHEMA}.meta (
     id int PRIMARY KEY CHECK (id = 1),
     format int NOT NULL,
     salt text NOT NULL,
     serial bigint NOT NULL DEFAULT 0
   );
   CREATE TABLE ${SCHEMA}.servers (
     identity text PRIMARY KEY,
     site text,
     section jsonb NOT NULL,
     updated_at timestamptz NOT NULL DEFAULT now()
   );
   CREATE TABLE ${SCHEMA}.lock_holders (
     identity text PRIMARY KEY,
     host text NOT NULL,
     username text NOT NULL,
     pid int NOT NULL,
     since timestamptz NOT NULL,
     backend_pid int NOT NULL
   );`,
];

/** Serialises migrations between processes (transaction-level: released at commit). */
const MIGRATION_LOCK = "4242001";

/** The advisory lock key of a server: 64 bits of the hash of its canonical identity. */
function lockKey(identity: string): string {
  return BigInt.asIntN(64, createHash("sha256").update(`hotspot-iac/apply\0${identity}`).digest().readBigUInt64BE(0)).toString();
}

const POLL_MS = 250;

export class PostgresBackend implements StateBackend {
  readonly kind = "postgres";
  readonly location: string;
  /** The sections as last loaded or saved (JSON), per loaded state: a save writes what changed. */
  private readonly stored = new WeakMap<LoadedState, Map<string, string>>();
  private migrated = false;

  constructor(private readonly url: string) {
    this.location = redactDatabaseUrl(url);
  }

  /** An error from the database or the driver, with the URL's password removed wherever it appears. */
  private failure(what: string, err: unknown): Error {
    const password = (() => {
      try {
        return decodeURIComponent(new URL(this.url).password);
      } catch {
        return "";
      }
    })();
    let message = err instanceof Error ? err.message : String(err);
    message = redactDatabaseUrl(message);
    if (password) message = message.split(password).join("***");
    return new Error(`state database ${this.location}: ${what}: ${message}`);
  }

  private async connect(applicationName = "hotspot"): Promise<pg.Client> {
    const client = new pg.Client({ connectionString: verifiedSsl(this.url), application_name: applicationName });
    // An error on an idle connection (server gone) must not crash the process: the next query fails.
    client.on("error", () => {});
    try {
      await client.connect();
    } catch (err) {
      await client.end().catch(() => {});
      throw this.failure("cannot connect", err);
    }
    try {
      if (!this.migrated) await this.migrate(client);
    } catch (err) {
      await client.end().catch(() => {});
      throw this.failure("cannot create or migrate the schema", err);
    }
    this.migrated = true;
    return client;
  }

  private async migrate(client: pg.Client): Promise<void> {
    // Up to date already: nothing to write (the database may be read-only for this run).
    const present = await client.query<{ ok: boolean }>(`SELECT to_regclass('${SCHEMA}.migrations') IS NOT NULL AS ok`);
    if (present.rows[0]?.ok) {
      const { rows } = await client.query<{ v: number | null }>(`SELECT max(version) AS v FROM ${SCHEMA}.migrations`);
      if ((rows[0]?.v ?? 0) === MIGRATIONS.length) return;
    }
    await client.query("BEGIN");
    try {
      await client.query(`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK})`);
      await client.query(`CREATE SCHEMA IF NOT EXISTS ${SCHEMA}`);
      await client.query(`CREATE TABLE IF NOT EXISTS ${SCHEMA}.migrations (version int PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`);
      const { rows } = await client.query<{ v: number | null }>(`SELECT max(version) AS v FROM ${SCHEMA}.migrations`);
      const at = rows[0]?.v ?? 0;
      if (at > MIGRATIONS.length) {
        throw new Error(`its schema is at version ${at}, newer than this hotspot knows (${MIGRATIONS.length}): use the hotspot that wrote it`);
      }
      for (let v = at + 1; v <= MIGRATIONS.length; v++) {
        await client.query(MIGRATIONS[v - 1]!);
        await client.query(`INSERT INTO ${SCHEMA}.migrations (version) VALUES ($1)`, [v]);
      }
      await client.query("COMMIT");
    } catch (err) {
      await client.query("ROLLBACK").catch(() => {});
      throw err;
    }
  }

  private async session<T>(what: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
    const client = await this.connect();
    try {
      return await fn(client);
    } catch (err) {
      if (err instanceof Error && err.message.startsWith("state database ")) throw err;
      throw this.failure(what, err);
    } finally {
      await client.end().catch(() => {});
    }
  }

  async load(): Promise<LoadedState> {
    return this.session("cannot read the state", async (client) => {
      const readMeta = async () => (await client.query<{ salt: string; serial: string; format: number }>(`SELECT salt, serial, format FROM ${SCHEMA}.meta WHERE id = 1`)).rows[0];
      // The salt is made once, by the first run to load: every run after hashes with it. Only
      // then does a load write (a plan against a read-only database works once a state exists).
      let meta = await readMeta();
      const existed = meta !== undefined;
      if (!meta) {
        await client.query(`INSERT INTO ${SCHEMA}.meta (id, format, salt) VALUES (1, $1, $2) ON CONFLICT (id) DO NOTHING`, [STATE_FILE_VERSION, emptyState().salt]);
        meta = (await readMeta())!;
      }
      if (meta.format !== STATE_FILE_VERSION) {
        throw new Error(`state format ${meta.format} is not supported (expected ${STATE_FILE_VERSION}): use the hotspot that wrote it`);
      }
      const servers = nullRecord<ServerState>();
      const stored = new Map<string, string>();
      const { rows } = await client.query<{ identity: string; section: unknown }>(`SELECT identity, section FROM ${SCHEMA}.servers ORDER BY identity`);
      for (const row of rows) {
        const section = parseShape(`${this.location} (server ${row.identity})`, row.section, serverStateSchema, "hotspot-iac state section", "Restore the database from a backup, or `hotspot state migrate` a good state file into it.") as ServerState;
        servers[row.identity] = section;
        stored.set(row.identity, JSON.stringify(section));
      }
      const loaded: LoadedState = {
        path: this.location,
        existed,
        file: { version: STATE_FILE_VERSION, salt: meta.salt, serial: Number(meta.serial), servers },
        backend: this,
        loadedSerial: Number(meta.serial),
      };
      this.stored.set(loaded, stored);
      return loaded;
    });
  }

  async save(state: LoadedState): Promise<void> {
    const stored = this.stored.get(state) ?? new Map<string, string>();
    const changed = Object.entries(state.file.servers).filter(([id, s]) => stored.get(id) !== JSON.stringify(s));
    try {
      const serial = await this.session("cannot write the state", async (client) => {
        await client.query("BEGIN");
        try {
          const meta = (await client.query<{ salt: string; serial: string }>(`SELECT salt, serial FROM ${SCHEMA}.meta WHERE id = 1 FOR UPDATE`)).rows[0];
          if (meta && meta.salt !== state.file.salt) {
            throw new Error("the state was replaced since this run loaded it (another salt): nothing written; run again");
          }
          // Sections of the servers this run holds the lock of; others' rows are left as they are.
          for (const [id, section] of changed) {
            await client.query(
              `INSERT INTO ${SCHEMA}.servers (identity, site, section, updated_at) VALUES ($1, $2, $3, now())
               ON CONFLICT (identity) DO UPDATE SET site = EXCLUDED.site, section = EXCLUDED.section, updated_at = now()`,
              [id, section.site ?? null, JSON.stringify(section)],
            );
          }
          const next = await client.query<{ serial: string }>(
            `INSERT INTO ${SCHEMA}.meta (id, format, salt, serial) VALUES (1, $1, $2, 1)
             ON CONFLICT (id) DO UPDATE SET serial = ${SCHEMA}.meta.serial + 1 RETURNING serial`,
            [STATE_FILE_VERSION, state.file.salt],
          );
          await client.query("COMMIT");
          return Number(next.rows[0]!.serial);
        } catch (err) {
          await client.query("ROLLBACK").catch(() => {});
          throw err;
        }
      });
      for (const [id, section] of changed) stored.set(id, JSON.stringify(section));
      this.stored.set(state, stored);
      state.file.serial = serial;
      state.existed = true;
    } catch (err) {
      throw stateWriteError(`database ${this.location}`, err);
    }
  }

  async replace(state: LoadedState): Promise<void> {
    await this.session("cannot write the state", async (client) => {
      await client.query("BEGIN");
      try {
        await client.query(`LOCK TABLE ${SCHEMA}.meta, ${SCHEMA}.servers IN EXCLUSIVE MODE`);
        await client.query(`DELETE FROM ${SCHEMA}.servers`);
        for (const [id, section] of Object.entries(state.file.servers)) {
          await client.query(`INSERT INTO ${SCHEMA}.servers (identity, site, section) VALUES ($1, $2, $3)`, [id, section.site ?? null, JSON.stringify(section)]);
        }
        await client.query(
          `INSERT INTO ${SCHEMA}.meta (id, format, salt, serial) VALUES (1, $1, $2, $3)
           ON CONFLICT (id) DO UPDATE SET format = EXCLUDED.format, salt = EXCLUDED.salt, serial = EXCLUDED.serial`,
          [STATE_FILE_VERSION, state.file.salt, state.file.serial ?? 0],
        );
        await client.query("COMMIT");
      } catch (err) {
        await client.query("ROLLBACK").catch(() => {});
        throw err;
      }
    });
  }

  async lock(request: LockRequest): Promise<Lock> {
    const ids = [...new Set(request.servers.map(serverIdentity))].sort();
    const me = { host: hostname(), user: safeUser(), pid: process.pid };
    const client = await this.connect(`hotspot apply (pid ${me.pid} on ${me.host})`.slice(0, 63));
    const deadline = Date.now() + (request.waitMs ?? 0);
    const held: string[] = [];
    const lost = new AbortController();
    let releasing = false;
    // The advisory locks live as long as this session: when it ends unasked, they are gone.
    const gone = () => {
      if (releasing || lost.signal.aborted) return;
      lost.abort(new Error(`the apply lock in the state database ${this.location} was lost: its session ended (the database restarted, or the session was terminated)`));
    };
    const release = async () => {
      releasing = true;
      try {
        await client.query(`DELETE FROM ${SCHEMA}.lock_holders WHERE backend_pid = pg_backend_pid()`);
        await client.query("SELECT pg_advisory_unlock_all()");
      } catch {
        // the session ending below releases the advisory locks anyway
      } finally {
        await client.end().catch(() => {});
      }
    };
    try {
      // In one order (sorted), so two multi-server applies cannot each hold what the other waits for.
      for (const id of ids) {
        for (;;) {
          const got = await client.query<{ ok: boolean }>("SELECT pg_try_advisory_lock($1::bigint) AS ok", [lockKey(id)]);
          if (got.rows[0]?.ok) break;
          if (Date.now() >= deadline) {
            throw new LockHeldError(this.location, await this.holder(client, id), `advisory lock in the state database ${this.location}`);
          }
          await new Promise((r) => setTimeout(r, Math.min(POLL_MS, Math.max(0, deadline - Date.now()))));
        }
        held.push(id);
        // Who holds it, for the message of a run refused meanwhile: best effort (the lock is the
        // advisory lock; a database that refuses writes fails at the first save instead).
        await client
          .query(
          `INSERT INTO ${SCHEMA}.lock_holders (identity, host, username, pid, since, backend_pid) VALUES ($1, $2, $3, $4, now(), pg_backend_pid())
           ON CONFLICT (identity) DO UPDATE SET host = EXCLUDED.host, username = EXCLUDED.username, pid = EXCLUDED.pid, since = EXCLUDED.since, backend_pid = EXCLUDED.backend_pid`,
          [id, me.host, me.user, me.pid],
          )
          .catch(() => {});
      }
    } catch (err) {
      await release();
      if (err instanceof LockHeldError) throw err;
      throw this.failure("cannot take the apply lock", err);
    }
    client.on("end", gone);
    client.on("error", gone);
    return { path: this.location, paths: held.map((id) => `${this.location} (advisory lock of ${id})`), lost: lost.signal, release };
  }

  /** Who holds the lock of `id`, if the session that recorded it is still alive. */
  private async holder(client: pg.Client, id: string): Promise<LockInfo | undefined> {
    const { rows } = await client.query<{ host: string; username: string; pid: number; since: Date }>(
      `SELECT h.host, h.username, h.pid, h.since FROM ${SCHEMA}.lock_holders h
       WHERE h.identity = $1 AND EXISTS (SELECT 1 FROM pg_stat_activity a WHERE a.pid = h.backend_pid)`,
      [id],
    );
    const r = rows[0];
    return r ? { host: r.host, user: r.username, pid: r.pid, server: id, since: new Date(r.since).toISOString() } : undefined;
  }
}

/**
 * pg checks `sslmode=prefer|require|verify-ca` as `verify-full` (the server's certificate must
 * verify) and says so in an 11-line warning on stderr at every connection, announcing libpq's
 * weaker meaning for its next major version. Say `verify-full` to it: the check stays what it is
 * today (documented in the README), and keeps being it when pg changes. `uselibpqcompat=true`
 * (libpq's meaning, asked for) is passed as written.
 */
function verifiedSsl(url: string): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return url;
  }
  const mode = u.searchParams.get("sslmode");
  if (mode === null || !["prefer", "require", "verify-ca"].includes(mode) || u.searchParams.get("uselibpqcompat") === "true") return url;
  u.searchParams.set("sslmode", "verify-full");
  return u.toString();
}

function safeUser(): string {
  try {
    return userInfo().username;
  } catch {
    return "unknown";
  }
}
