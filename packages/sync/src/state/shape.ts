// Files this tool wrote and reads back (state, lock, saved plan) are checked on read: valid JSON
// of the wrong shape is an error naming the file, the first bad path and what to do, never a
// TypeError later. Objects keep fields they do not know (newer versions add optional ones);
// records keyed by names are null-prototype objects, so an account named `__proto__` is a key.
import { z } from "zod";
import { HotspotIacError } from "@hotspot-iac/core";

/** A record keyed by names (accounts, servers): every key kept, `__proto__` included. */
export function nameRecord<T extends z.ZodType>(value: T) {
  return z.unknown().transform((input, ctx): Record<string, z.output<T>> => {
    if (input === null || typeof input !== "object" || Array.isArray(input)) {
      ctx.addIssue({ code: "custom", message: "expected an object" });
      return z.NEVER;
    }
    const out = Object.create(null) as Record<string, z.output<T>>;
    for (const key of Object.keys(input)) {
      const r = value.safeParse((input as Record<string, unknown>)[key]);
      if (!r.success) {
        for (const issue of r.error.issues) ctx.addIssue({ ...issue, path: [key, ...issue.path] } as never);
        continue;
      }
      Object.defineProperty(out, key, { value: r.data, enumerable: true, writable: true, configurable: true });
    }
    return out;
  });
}

/** `servers["http://h:82"].accounts.alice.writeOnly` */
function formatShapePath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const seg of path) {
    if (typeof seg === "number") out += `[${seg}]`;
    else if (typeof seg === "string" && /^[A-Za-z_$][\w$]*$/.test(seg)) out += out === "" ? seg : `.${seg}`;
    else out += `[${JSON.stringify(String(seg))}]`;
  }
  return out === "" ? "(top level)" : out;
}

export class FileShapeError extends HotspotIacError {
  override get code() {
    return "file-shape" as const;
  }
  override readonly name = "FileShapeError";
  constructor(
    readonly path: string,
    readonly at: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * The value checked against `schema`, or a FileShapeError: `<file>: not a valid <what>: at
 * <first bad path>: <problem>. <advice>`. No value from the file is echoed (it may be a hash).
 */
export function parseShape<T extends z.ZodType>(file: string, value: unknown, schema: T, what: string, advice: string): z.output<T> {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const issue = r.error.issues[0]!;
  const at = formatShapePath(issue.path);
  const problem = issue.code === "invalid_type" ? `expected ${issue.expected}` : issue.message.replace(/^Invalid input: /, "");
  throw new FileShapeError(file, at, `${file}: not a valid ${what}: at ${at}: ${problem}. ${advice}`);
}
