// Stage four of loading: sites (or a fleet's venues) that name one server must own disjoint names.
// Each site deletes what it owns and does not declare; two sites owning the same names on one
// server would each delete the other's accounts, one apply after the other, for ever. Sites that
// split a server between them (`lis-` and `por-`) are fine: neither touches the other's names.
import type { Diagnostic } from "../diagnostics.js";
import { serverIdentity } from "../../wire/server-identity.js";
import type { SiteParts } from "./collect.js";
import { at, diag, type Origin, sourceOf } from "./origin.js";

/** What a site owns: names under a prefix, or one declared name. Compared case-insensitively (the server's usernames are). */
interface Claim {
  kind: "prefix" | "name";
  text: string;
  origin: Origin;
  sub: string[];
}

interface Claims {
  prefixes: Claim[];
  names: Map<string, Claim>;
}

function claimsOf(p: SiteParts): Claims {
  const prefixes = [
    ...p.prefixes.map((x): Claim => ({ kind: "prefix", text: x.value, origin: x.origin, sub: [] })),
    ...p.batches.map((b): Claim => ({ kind: "prefix", text: b.value.prefix, origin: b.origin, sub: ["prefix"] })),
  ];
  const names = new Map(p.accounts.map((a): [string, Claim] => [a.value.username.toLowerCase(), { kind: "name", text: a.value.username, origin: a.origin, sub: ["username"] }]));
  return { prefixes, names };
}

const under = (name: string, prefixes: readonly Claim[]): Claim | undefined => prefixes.find((p) => name.startsWith(p.text.toLowerCase()));

/** A claim of `earlier` and one of `later` that can name the same account (prefixes are few, names many: no pair loop over names). */
function firstOverlap(earlier: Claims, later: Claims): [Claim, Claim] | undefined {
  for (const theirs of later.prefixes) {
    const y = theirs.text.toLowerCase();
    const mine = earlier.prefixes.find((c) => c.text.toLowerCase().startsWith(y) || y.startsWith(c.text.toLowerCase()));
    if (mine) return [mine, theirs];
  }
  for (const [name, theirs] of later.names) {
    const mine = earlier.names.get(name) ?? under(name, earlier.prefixes);
    if (mine) return [mine, theirs];
  }
  for (const [name, mine] of earlier.names) {
    const theirs = under(name, later.prefixes);
    if (theirs) return [mine, theirs];
  }
  return undefined;
}

const shown = (c: Claim): string => (c.kind === "prefix" ? `names under "${c.text}"` : `account "${c.text}"`);

/** One diagnostic per later site that shares a server with an earlier one and owns some of its names. */
export function checkSharedServers(parts: ReadonlyMap<string, SiteParts>, diagnostics: Diagnostic[]): void {
  const byServer = new Map<string, Array<{ name: string; parts: SiteParts }>>();
  for (const [name, p] of parts) {
    const url = p.server?.value.url;
    if (url === undefined) continue;
    const id = serverIdentity(url);
    byServer.set(id, [...(byServer.get(id) ?? []), { name, parts: p }]);
  }
  for (const [server, sites] of byServer) {
    for (let i = 1; i < sites.length; i++) {
      const later = sites[i]!;
      for (const earlier of sites.slice(0, i)) {
        const clash = firstOverlap(claimsOf(earlier.parts), claimsOf(later.parts));
        if (!clash) continue;
        const [mine, theirs] = clash;
        const [a, b] = [at(sourceOf(mine.origin, mine.sub)), at(sourceOf(theirs.origin, theirs.sub))];
        diagnostics.push(
          diag(
            later.parts.server!.origin,
            ["url"],
            `sites "${earlier.name}" and "${later.name}" are the same server (${server}) and both own ${shown(theirs)} ` +
              `(${a === b ? `both from ${a}` : `${a} and ${b}`}): each would delete the other's accounts. ` +
              "Give each its own server, or ownership prefixes and account names the other does not own.",
          ),
        );
        break;
      }
    }
  }
}
