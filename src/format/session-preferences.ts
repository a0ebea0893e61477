/**
 * The session variables the formatting cmdlets read, with pwsh's defaults when a variable is missing or
 * holds something else: `$FormatEnumerationLimit` (an int, else 4) and `$ErrorView` (else ConciseView).
 */
// pwsh: BaseFormattingCommand.cs (InnerFormatShapeCommand.FormatEnumerationLimit) and the ErrorView enum.
import type { ErrorView } from './error-view.js';
import { DefaultFormatEnumerationLimit, displayString } from './value-display.js';

const ErrorViews: readonly ErrorView[] = ['NormalView', 'CategoryView', 'ConciseView', 'DetailedView'];

/** `$global:FormatEnumerationLimit` when it is an integer, else 4. */
export function formatEnumerationLimit(value: unknown): number {
  return typeof value === 'number' && Number.isInteger(value) ? value : DefaultFormatEnumerationLimit;
}

/** `$ErrorView` as one of the four views (a string or an ErrorView enum value), else ConciseView. */
export function errorViewOf(value: unknown): ErrorView {
  const text = displayString(value).toLowerCase();
  return ErrorViews.find((view) => view.toLowerCase() === text) ?? 'ConciseView';
}
