// <Results><Result><Description>SUCCESS</Description></Result></Results>: the answer of commands
// that return no object, and (our convention, [ours] in packages/emulator/README.md) of every failure of every command.
// SUCCESS means success; any other Description is a refusal.

import { childNamed, findAll, isNamed, type XmlElement } from "../xml.js";
import { ResponseFormatError, ServerRefusal } from "./failures.js";

/** The Description of a Results/Result answer, if the document has one. */
export function resultDescription(root: XmlElement): string | undefined {
  // Only a Description under <Result> (or directly under a <Results> root) counts: a price plan
  // also has a <Description>, which is its name.
  for (const result of findAll(root, "Result")) {
    const d = childNamed(result, "Description");
    if (d) return d.text.trim();
  }
  if (isNamed(root, "Results")) return childNamed(root, "Description")?.text.trim();
  return undefined;
}

export function isSuccess(description: string): boolean {
  return description.trim().toUpperCase() === "SUCCESS";
}

/** Throws ServerRefusal when the document carries a Description other than SUCCESS. */
export function assertNotRefused(root: XmlElement): void {
  const d = resultDescription(root);
  if (d !== undefined && !isSuccess(d)) throw new ServerRefusal(d);
}

/**
 * For commands that return nothing: SUCCESS, or (tolerance) an <Accounts> answer without a
 * failure. Anything else is not an answer we understand.
 */
export function decodeSuccess(root: XmlElement): void {
  const d = resultDescription(root);
  if (d !== undefined) {
    if (!isSuccess(d)) throw new ServerRefusal(d);
    return;
  }
  if (isNamed(root, "Accounts")) return;
  throw new ResponseFormatError(`expected <Results> with a Description, got <${root.name}>`);
}
