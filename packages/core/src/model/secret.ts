// A sensitive string (account password, passphrase, card data). The clear value is only reachable
// through reveal(), so logging, JSON.stringify or util.inspect of a configuration never shows it.
// A Secret written as a reference (`${env:NAME}`, `${file:PATH}`) remembers that reference, so the
// YAML serializer writes the reference back and `hotspot import` can emit unresolved references.

const MASK = "(sensitive)";

export class Secret {
  readonly #value: string | undefined;
  /** The reference as written (`${env:NAME}`), when the value came from one. */
  readonly ref: string | undefined;

  private constructor(value: string | undefined, ref: string | undefined) {
    this.#value = value;
    this.ref = ref;
  }

  /** A literal secret, written in clear in the configuration. */
  static of(value: string): Secret {
    return new Secret(value, undefined);
  }

  /** A secret resolved from a reference; `value` undefined leaves it unresolved (import). */
  static fromRef(ref: string, value?: string): Secret {
    return new Secret(value, ref);
  }

  get resolved(): boolean {
    return this.#value !== undefined;
  }

  /** The clear value. Throws for an unresolved reference. */
  reveal(): string {
    if (this.#value === undefined) throw new Error(`secret ${this.ref ?? ""} is not resolved`);
    return this.#value;
  }

  /** Same value and same reference. */
  equals(other: Secret | undefined): boolean {
    return other !== undefined && other.#value === this.#value && other.ref === this.ref;
  }

  toString(): string {
    return MASK;
  }

  toJSON(): string {
    return MASK;
  }

  [Symbol.for("nodejs.util.inspect.custom")](): string {
    return this.ref ? `Secret(${this.ref})` : "Secret(sensitive)";
  }
}

export function isSecret(value: unknown): value is Secret {
  return value instanceof Secret;
}
