/**
 * The text operators: `-like`, `-match` (setting `$Matches`), `-replace`, `-split` (binary and unary)
 * and `-join` (binary and unary). A collection on the left is processed element by element.
 */
// pwsh: engine/lang/parserutils.cs (ParserOps.LikeOperator, MatchOperator, ReplaceOperator,
// SplitOperatorImpl, SplitWithPattern, JoinOperator, UnaryJoinOperator, UnarySplitOperator).
import { convertTo, toPSString } from '../conversion.js';
import { dotNetRegex, firstMatch, matchGroups, regexEscape, regexReplace, regexSplit, type DotNetRegexOptions } from '../dotnet-regex.js';
import { ErrorRecord, PSException, RuntimeException } from '../errors.js';
import { ParserRuntimeStrings } from '../strings/ParserRuntimeStrings.js';
import { Hashtable, PSEnumValue } from '../ps-object.js';
import { ScriptBlock } from '../script-block.js';
import { PcshValueStrings } from '../strings/PcshValueStrings.js';
import { BuiltInEnums } from '../type-resolver.js';
import { enumTypeInfo, PSTypes } from '../type-info.js';
import { wildcardMatch } from '../wildcard.js';
import { dotNetError, interpreterError, wrappedRuntimeError } from './interpreter-error.js';

/** What `-match` needs from the session: a way to set `$Matches`. */
export interface OperatorContext {
  setMatches(matches: Hashtable | null): void;
}

/** `-like` / `-notlike`: a boolean, or the matching elements' strings for a collection. */
export function like(left: unknown, right: unknown, ignoreCase: boolean, negate: boolean): unknown {
  const pattern = toPSString(right);
  if (Array.isArray(left)) {
    return left.map((item) => toPSString(item)).filter((text) => wildcardMatch(text, pattern, ignoreCase) !== negate);
  }
  return wildcardMatch(toPSString(left), pattern, ignoreCase) !== negate;
}

/** A .NET regex compiled from an operand; a pattern .NET rejects surfaces as its RegexParseException. */
function compile(pattern: string, options: DotNetRegexOptions): ReturnType<typeof dotNetRegex> {
  try {
    return dotNetRegex(pattern, options);
  } catch (error) {
    if (error instanceof PSException && error.errorRecord === undefined) throw dotNetError(error.message, error.typeName);
    throw error;
  }
}

/** `$Matches` for a successful match: group numbers (Int32 keys) and names, as pwsh fills it. */
function matchesTable(re: ReturnType<typeof dotNetRegex>, match: RegExpExecArray): Hashtable {
  const table = new Hashtable();
  const groups = matchGroups(re, match).filter((g) => g.value !== undefined);
  // pwsh's Hashtable lists small integer keys from the highest down; names come first here.
  for (const g of groups.filter((g) => !/^\d+$/.test(g.name))) table.set(g.name, g.value);
  for (const g of groups.filter((g) => /^\d+$/.test(g.name)).reverse()) table.set(Number(g.name), g.value);
  return table;
}

/** `-match` / `-notmatch`: sets `$Matches` on a scalar match; filters a collection (leaving `$Matches` alone). */
export function match(left: unknown, right: unknown, ignoreCase: boolean, negate: boolean, context: OperatorContext): unknown {
  const re = compile(toPSString(right), { ignoreCase });
  if (Array.isArray(left)) return left.filter((item) => (firstMatch(re, toPSString(item)) !== null) !== negate);
  const m = firstMatch(re, toPSString(left));
  if (m !== null) context.setMatches(matchesTable(re, m));
  return (m !== null) !== negate;
}

/** `-replace`: `pattern` or `pattern, substitute` (a .NET replacement string: `$1`, `${name}`, `$$`). */
export function replace(left: unknown, right: unknown, ignoreCase: boolean, operatorText: string): unknown {
  let pattern: unknown = '';
  let substitute: unknown = '';
  if (Array.isArray(right)) {
    if (right.length > 2) throw interpreterError('BadReplaceArgument', [operatorText, right.length], right);
    pattern = right[0] ?? '';
    substitute = right[1] ?? '';
  } else pattern = right;
  if (substitute instanceof ScriptBlock) throw wrappedRuntimeError(PcshValueStrings.ReplaceScriptBlockNotSupported, 'System.NotSupportedException');
  const patternText = toPSString(pattern);
  let re: ReturnType<typeof dotNetRegex>;
  try {
    re = dotNetRegex(patternText, { ignoreCase });
  } catch (error) {
    if (!(error instanceof PSException)) throw error;
    throw interpreterError('InvalidRegularExpression', [patternText], pattern, 'InvalidRegularExpression', error);
  }
  const replacement = toPSString(substitute);
  if (Array.isArray(left)) return left.map((item) => regexReplace(re, toPSString(item), replacement));
  return regexReplace(re, toPSString(left), replacement);
}

const SPLIT_OPTIONS = enumTypeInfo(BuiltInEnums.SplitOptions);

/** pwsh raises the -split option errors as ParseExceptions (category ParserError). */
function parseError(id: 'InvalidSplitOptionCombination' | 'InvalidSplitOptionWithPredicate'): RuntimeException {
  const exception = new PSException(ParserRuntimeStrings[id], 'System.Management.Automation.ParseException');
  return new RuntimeException(new ErrorRecord(exception, id, 'ParserError', null), exception.typeName);
}

function splitItems(left: unknown, trim: boolean): string[] {
  const items = Array.isArray(left) ? left : [left];
  return items.map((item) => (trim ? toPSString(item).trim() : toPSString(item)));
}

/** `-split`: `delimiter`, `delimiter, max` or `delimiter, max, options` (SimpleMatch, IgnoreCase, Multiline…). */
export function split(left: unknown, right: unknown, ignoreCase: boolean): string[] {
  const args = Array.isArray(right) ? right : [right];
  if (args.length === 0) throw interpreterError('BadOperatorArgument', ['-split', toPSString(right)], right);
  if (args[0] instanceof ScriptBlock) throw wrappedRuntimeError(PcshValueStrings.SplitPredicateNotSupported, 'System.NotSupportedException');
  const separator = toPSString(args[0]);
  const limit = args.length >= 2 && args[1] !== null ? (convertTo(args[1], PSTypes.Int32) as number) : 0;
  let flags = 0;
  if (args.length >= 3 && args[2] !== null && args[2] !== '') flags = (convertTo(args[2], SPLIT_OPTIONS) as PSEnumValue).value;
  if (ignoreCase) flags |= 64;
  return splitWithPattern(splitItems(left, false), separator, limit, flags);
}

function splitWithPattern(items: readonly string[], separator: string, limit: number, flags: number): string[] {
  const simple = (flags & 1) !== 0;
  // SimpleMatch allows only IgnoreCase beside it.
  if (simple && (flags & ~(1 | 64)) !== 0) throw parseError('InvalidSplitOptionCombination');
  const pattern = simple ? regexEscape(separator) : separator;
  const re = compile(pattern, {
    ignoreCase: (flags & 64) !== 0,
    multiline: (flags & 16) !== 0,
    singleline: (flags & 32) !== 0,
    ignorePatternWhitespace: (flags & 8) !== 0,
    explicitCapture: (flags & 128) !== 0,
    rightToLeft: limit < 0,
  });
  return items.flatMap((item) => regexSplit(re, item, Math.abs(limit)));
}

/** Unary `-split`: each element trimmed, then split on runs of white space. */
export function unarySplit(value: unknown): string[] {
  return splitWithPattern(splitItems(value, true), '\\s+', 0, 0);
}

/**
 * `-join`: the elements' string forms (not expanded further: a nested array is `System.Object[]`) with the
 * separator between them; a scalar is its string form.
 */
export function join(left: unknown, right: unknown): string {
  return toPSString(left, toPSString(right));
}
