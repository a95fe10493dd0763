// `<Results><Result><Description>…` answers: SUCCESS, or `ERROR: reason` for every failure.
import { document, el, wrap } from "./writer.js";

export const resultDocument = (description: string): string =>
  document(wrap("Results", wrap("Result", el("Description", description))));

export const successDocument = (): string => resultDocument("SUCCESS");

export const errorDocument = (reason: string): string => resultDocument(`ERROR: ${reason}`);
