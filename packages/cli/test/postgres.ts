// A real PostgreSQL for the state-backend tests, from Debian's `postgresql` package: initdb into a
// temp folder as the `postgres` user, listening on a free port of 127.0.0.1 only, password
// authentication (so redaction is tested with a real password), stopped and removed afterwards.
// No mock of the database. Where PostgreSQL (or root, to run it as `postgres`) is missing, the
// suites are skipped with a message, and fail under CI=true (CI must run them).
import { execFileSync } from "node:child_process";
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "vitest";

function findBin(): string | undefined {
  const root = "/usr/lib/postgresql";
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root)
    .filter((v) => existsSync(join(root, v, "bin", "initdb")))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? join(root, versions[0], "bin") : undefined;
}

const bin = findBin();
const isRoot = process.getuid?.() === 0;
const missing = !bin
  ? "PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb; apt-get install postgresql)"
  : !isRoot
    ? "the PostgreSQL tests start their own server as the `postgres` user and need root"
    : undefined;

/** describe() when a PostgreSQL can be started; otherwise skipped, saying why (failed under CI=true). */
export function describeWithPostgres(name: string, fn: () => void): void {
  if (missing && process.env.CI === "true") {
    describe(name, () => {
      it("needs PostgreSQL", () => {
        throw new Error(`${missing}, and CI=true: these tests must run in CI.`);
      });
    });
    return;
  }
  if (missing) {
    process.stderr.write(`SKIPPED "${name}": ${missing}.\n`);
    describe.skip(name, fn);
    return;
  }
  describe(name, fn);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

export interface Postgres {
  /** postgres://postgres:PASSWORD@127.0.0.1:PORT/postgres */
  url: string;
  password: string;
  /** A URL for another database of this server (created on first use). */
  database(name: string): string;
  /** Run SQL as the superuser (psql over the local socket), e.g. to make a database read-only. */
  sql(statement: string, database?: string): string;
  stop(): void;
}

const asPostgres = (args: string[]) => execFileSync("runuser", ["-u", "postgres", "--", ...args], { stdio: "pipe" });

export async function startPostgres(): Promise<Postgres> {
  if (!bin) throw new Error(missing);
  const dir = mkdtempSync(join(tmpdir(), "hotspot-pg-"));
  chmodSync(dir, 0o755);
  const data = join(dir, "data");
  const uid = Number(execFileSync("id", ["-u", "postgres"]).toString().trim());
  const gid = Number(execFileSync("id", ["-g", "postgres"]).toString().trim());
  chownSync(dir, uid, gid);
  const password = `pg-Secret-${Math.random().toString(36).slice(2, 10)}`;
  const pwfile = join(dir, "pw");
  writeFileSync(pwfile, `${password}\n`);
  chownSync(pwfile, uid, gid);
  asPostgres([join(bin, "initdb"), "-D", data, "-U", "postgres", "--pwfile", pwfile, "--auth-local=trust", "--auth-host=scram-sha-256", "-E", "UTF8", "--no-sync"]);
  const port = await freePort();
  asPostgres([
    join(bin, "pg_ctl"),
    "-D",
    data,
    "-l",
    join(dir, "log"),
    "-w",
    "-t",
    "60",
    "-o",
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=50`,
    "start",
  ]);
  const base = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}`;
  const created = new Set<string>();
  return {
    url: `${base}/postgres`,
    password,
    sql(statement, database = "postgres") {
      return asPostgres([join(bin, "psql"), "-h", dir, "-p", String(port), "-U", "postgres", "-d", database, "-tAc", statement]).toString();
    },
    database(name) {
      if (!created.has(name)) {
        asPostgres([join(bin, "psql"), "-h", dir, "-p", String(port), "-U", "postgres", "-c", `CREATE DATABASE "${name}"`]);
        created.add(name);
      }
      return `${base}/${name}`;
    },
    stop() {
      try {
        asPostgres([join(bin, "pg_ctl"), "-D", data, "-m", "immediate", "-w", "stop"]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
