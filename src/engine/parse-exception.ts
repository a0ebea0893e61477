/**
 * pwsh's ParseException: the parse errors of a script become one ParserError record, positioned at the
 * first error, whose message lists up to ten errors with their positions (utils/ParserException.cs).
 */
import type { ParseError } from '../language/index.js';
import { positionMessage } from '../language/position.js';
import { ErrorRecord, PSException, RuntimeException } from './errors.js';

/** pwsh's ParserStrings.TooManyErrors. */
const TooManyErrors = 'Not all parse errors were reported.  Correct the reported errors and try again.';

/** The ParserError record of a failed parse. */
export class ParseException extends RuntimeException {
  constructor(readonly errors: readonly ParseError[]) {
    const first = errors[0] as ParseError;
    const shown = errors.slice(0, 10).map((e) => `${positionMessage(e.extent)}\n${e.message}`);
    if (errors.length > 10) shown.push(TooManyErrors);
    const record = new ErrorRecord(new PSException(shown.join('\n\n'), 'System.Management.Automation.ParseException'), first.errorId, 'ParserError');
    record.invocationInfo = { invocationName: '', extent: first.extent, pipelinePosition: 0, pipelineLength: 0 };
    super(record, 'System.Management.Automation.ParseException');
  }
}
