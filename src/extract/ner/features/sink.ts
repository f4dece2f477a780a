import { hashString, mix } from '../hash.js';

/** A feature template: the hash of its name, mixed with each value it takes. */
export type Template = number;

/** Declare a template by name ("w0", "suffix3"); its hash is what the model stores. */
export const template = (name: string): Template => hashString(name);

/** Collects the hashed features of one token. */
export class FeatureSink {
  private buffer = new Int32Array(256);
  length = 0;

  /** Add the feature "template = value" (value already hashed). */
  add(t: Template, value: number): void {
    if (this.length === this.buffer.length) {
      const bigger = new Int32Array(this.buffer.length * 2);
      bigger.set(this.buffer);
      this.buffer = bigger;
    }
    this.buffer[this.length++] = mix(t, value);
  }

  /** Add a feature that has no value: it fires or not ("sentence start"). */
  flag(t: Template): void {
    this.add(t, 1);
  }

  /** Add "template = string" (hashing the string). */
  addString(t: Template, value: string): void {
    this.add(t, hashString(value));
  }

  /** The features collected since the last reset. */
  view(): Int32Array {
    return this.buffer.subarray(0, this.length);
  }

  reset(): void {
    this.length = 0;
  }
}
