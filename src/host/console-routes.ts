/**
 * The top-level stream routes of the console: output objects through Out-Default's formatting to stdout,
 * error records through `$ErrorView` to stderr, stream lines through the host UI. As in pwsh, a table the
 * formatter is still sizing is not cut short by an error or a stream line; those print at once.
 */
import type { InformationRecord } from '../engine/cmdlet.js';
import { toPSString } from '../engine/conversion.js';
import type { ErrorRecord } from '../engine/errors.js';
import type { StreamRoutes } from '../engine/execution-context.js';
import { getErrorView } from '../engine/preferences.js';
import type { SessionState } from '../engine/session-state.js';
import { formatErrorRecord } from '../format/error-view.js';
import { OutDefaultFormatter } from '../format/out-default.js';
import { variablePath } from '../engine/session-state.js';
import type { ConsoleHost } from './console-host.js';

/** Console routes plus the formatter flush the host calls at the end of each run. */
export interface ConsoleRoutes extends StreamRoutes {
  /** Writes what the formatter still holds (a pending table) to stdout. */
  flush(): void;
}

/** Builds the console routes for one run. */
export function consoleRoutes(host: ConsoleHost, sessionState: SessionState, width: number, color: boolean): ConsoleRoutes {
  const ui = host.ui;
  let formatter: OutDefaultFormatter | undefined;
  const out = (): OutDefaultFormatter => {
    if (formatter === undefined) {
      const limit = sessionState.getValue(variablePath('FormatEnumerationLimit'));
      formatter = new OutDefaultFormatter({ width, color, errorView: getErrorView(sessionState), ...(typeof limit === 'number' ? { enumerationLimit: limit } : {}) });
    }
    return formatter;
  };
  const flush = (): void => {
    const text = formatter?.end() ?? '';
    formatter = undefined;
    if (text !== '') ui.write(text);
  };
  const writeError = (record: ErrorRecord): void => {
    ui.writeErrorLine(formatErrorRecord(record, { view: getErrorView(sessionState), width, color, ...(process.env.TERM_PROGRAM === undefined ? {} : { termProgram: process.env.TERM_PROGRAM }) }));
  };
  return {
    output(value) {
      const text = out().write(value);
      if (text !== '') ui.write(text);
    },
    error: writeError,
    warning(message) {
      ui.writeWarningLine(message);
    },
    verbose(message) {
      ui.writeVerboseLine(message);
    },
    debug(message) {
      ui.writeDebugLine(message);
    },
    information(record: InformationRecord) {
      const text = toPSString(record.messageData);
      if (record.noNewline === true) ui.write(text);
      else ui.writeLine(text);
    },
    flush,
  };
}
