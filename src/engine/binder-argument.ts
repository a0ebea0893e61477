/**
 * One command-line element as the binder works on it (pwsh's CommandParameterInternal): a parameter name, an
 * argument, or both once the binder has paired `-Name value`.
 */
import type { Extent } from '../language/ast.js';

/** pwsh's CommandParameterInternal. Mutable on purpose: reparsing pairs names with values in place. */
export interface BindingArgument {
  /** Set when a parameter name was given: as typed (without the dash) until binding replaces it with the full name. */
  parameterName: string | undefined;
  /** The parameter token as typed, e.g. `-CustomerId:`. */
  readonly parameterText: string | undefined;
  readonly parameterExtent: Extent | undefined;
  argumentSpecified: boolean;
  value: unknown;
  argumentExtent: Extent | undefined;
  readonly fromHashtableSplatting: boolean;
}

/** A parameter/argument pair the binder makes itself (positional, pipeline and prompted values). */
export function argumentFor(parameterName: string, value: unknown, argumentExtent: Extent | undefined): BindingArgument {
  return {
    parameterName,
    parameterText: `-${parameterName}:`,
    parameterExtent: undefined,
    argumentSpecified: true,
    value,
    argumentExtent,
    fromHashtableSplatting: false,
  };
}

/** Where pwsh points for a value error: the argument, else the parameter token (CommandParameterInternal.ErrorExtent). */
export function errorExtent(argument: BindingArgument): Extent | undefined {
  return argument.argumentExtent ?? argument.parameterExtent;
}
