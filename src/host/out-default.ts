/**
 * The host's view of Out-Default: a streaming formatter that turns output objects into console text.
 * (Adapter over src/format/; the formatting rules live there.)
 */
import { toPSString } from '../engine/conversion.js';
import type { SessionState } from '../engine/session-state.js';

export interface OutDefault {
  /** Formats one object; returns the text that can be printed now. */
  write(value: unknown): string;
  /** Ends the run; returns what is still pending. */
  end(): string;
}

export interface OutDefaultOptions {
  readonly width: number;
  readonly color: boolean;
  readonly sessionState: SessionState;
}

/** A formatter for one run of top-level output. */
export function createOutDefault(_options: OutDefaultOptions): OutDefault {
  return {
    write: (value) => (value === null ? '' : `${toPSString(value)}\n`),
    end: () => '',
  };
}
