/**
 * ErrorRecord → text, exactly as pwsh 7.5's `ErrorInstance` view renders it for each `$ErrorView`:
 *
 * - ConciseView (default): `Get-Item: Cannot find path …`; with a `Line |` block for parse errors, script
 *   files and statements on line 2+ of the command text; `  Recommendation: …` for ErrorDetails.RecommendedAction.
 * - NormalView: `Cmd : message`, the position message, `+ CategoryInfo …`, `+ FullyQualifiedErrorId …`.
 * - CategoryView: `CategoryInfo.GetMessage()`.
 * - DetailedView: `Get-Error`'s property listing (an approximation: pcsh has no .NET exception members).
 *
 * Only this module turns a record into text (DESIGN: "only format/error-view.ts renders").
 */
// pwsh: FormatAndOutput/DefaultFormatters/PowerShellCore_format_ps1xml.cs, views `ErrorInstance` (both script
// blocks, incl. Get-ConciseViewPositionMessage) and `GetErrorInstance` (Show-ErrorRecord); the view is
// out-of-band and written by ComplexWriter with no width limit (BaseOutputtingCommand.ProcessOutOfBandPayload);
// the console host drops empty error lines (ConsoleHostUserInterface.WriteErrorLine).
import { type ErrorRecord, type InvocationInfo } from '../engine/errors.js';
import { positionMessage } from '../language/position.js';
import { stripVt } from './display-cells.js';
import { styleFor, type StyleStrings } from './ps-style.js';
import { splitLines } from './text-lines.js';
import { displayString } from './value-display.js';

/** pwsh's `$ErrorView` values. */
export type ErrorView = 'ConciseView' | 'NormalView' | 'CategoryView' | 'DetailedView';

/** How to render a record. */
export interface ErrorViewOptions {
  /** `$ErrorView`; ConciseView when absent. */
  readonly view?: ErrorView;
  /**
   * The host's window width (`$Host.UI.RawUI.WindowSize.Width`): the terminal's columns, else 80. ConciseView
   * wraps messages of line-detail errors to it. Not the formatting width (which is one less).
   */
  readonly width: number;
  /** Whether VT colours are on ($PSStyle.Formatting.Error / ErrorAccent). */
  readonly color: boolean;
  /** `$env:TERM_PROGRAM`; `vscode` makes the ConciseView header `file:line:column`. */
  readonly termProgram?: string;
}

/** Exception types that mark a parse error's record (pwsh: `ParseException.ErrorRecord`'s exception). */
const ParseErrorExceptionTypes = new Set([
  'System.Management.Automation.ParentContainsErrorRecordException',
  'System.Management.Automation.ParseException',
  'System.Management.Automation.IncompleteParseException',
]);

/** Command types whose MyCommand `Get-Command` resolves (a bare script block does not). */
const ResolvableCommandTypes = new Set(['Cmdlet', 'Function', 'Alias', 'ExternalScript']);

/** What the view script reads from `$_.InvocationInfo`. */
interface InvocationView {
  readonly info: InvocationInfo;
  readonly scriptName: string;
  readonly scriptLineNumber: number;
  readonly offsetInLine: number;
  readonly positionMessage: string;
}

function invocationView(info: InvocationInfo | undefined): InvocationView | undefined {
  if (info === undefined) return undefined;
  const extent = info.extent;
  return {
    info,
    scriptName: extent?.source.file ?? '',
    scriptLineNumber: extent?.startLine ?? 0,
    offsetInLine: extent?.startColumn ?? 0,
    positionMessage: extent === undefined ? '' : positionMessage(extent),
  };
}

/** `Get-TruncatedString`: cut to `length`, then back to the last white space (`-split '\s', -2`). */
function truncatedString(text: string, length: number): string {
  if (text.length <= length) return text;
  const cut = text.slice(0, length);
  let last = -1;
  for (let i = cut.length - 1; i >= 0; i--) {
    if (/\s/u.test(cut[i] as string)) {
      last = i;
      break;
    }
  }
  return last < 0 ? cut : cut.slice(0, last);
}

/** Wraps a ConciseView message (already starting with `prefix`) to the window width, as the view script does. */
function wrapConciseMessage(message: string, prefix: string, windowWidth: number): string {
  const prefixLength = stripVt(prefix).length;
  const prefixVtLength = prefix.length - prefixLength;
  const flat = message.replaceAll('\n', ' ').replaceAll('\t', ' ');
  if (!(windowWidth > 0 && flat.length - prefixVtLength > windowWidth)) return flat;
  let out = '';
  let substring = truncatedString(flat, windowWidth + prefixVtLength);
  out += substring;
  let remaining = flat.slice(substring.length).trim();
  out += '\n';
  while (remaining.length + prefixLength > windowWidth) {
    const subMessage = prefix + remaining;
    substring = truncatedString(subMessage, windowWidth + prefixVtLength);
    if (substring.length - prefix.length > 0) {
      out += substring;
      out += '\n';
      remaining = remaining.slice(substring.length - prefix.length).trim();
    } else {
      break;
    }
  }
  out += prefix + remaining.trim();
  return out;
}

/** The ConciseView reason: `Exception` for `throw`, else the command, activity, invocation name, category. */
function conciseReason(record: ErrorRecord, myinv: InvocationView | undefined): string {
  if (record.fromThrowStatement) return 'Exception';
  const command = myinv?.info.myCommand;
  if (command !== undefined && command.name !== '' && ResolvableCommandTypes.has(command.commandType)) return command.name;
  const activity = record.categoryInfo.activity;
  if (activity !== '') return activity;
  if (command !== undefined && command.name !== '') return command.name;
  if (myinv !== undefined && myinv.info.invocationName !== '') return myinv.info.invocationName;
  if (record.category !== 'NotSpecified') return record.category;
  return record.categoryInfo.reason;
}

/** `.Insert(index, text)`; pwsh would fail on a negative index, pcsh leaves the line alone. */
function insertAt(text: string, index: number, insert: string): string {
  return index < 0 || index > text.length ? text : text.slice(0, index) + insert + text.slice(index);
}

/** Get-ConciseViewPositionMessage: `reason: ` + the optional line block + the message. */
function conciseView(record: ErrorRecord, options: ErrorViewOptions, style: StyleStrings): string {
  const myinv = invocationView(record.invocationInfo);
  const reset = style.Reset;
  const errorColor = style.Error;
  const accent = style.ErrorAccent;

  let posmsg = '';
  let message = '';
  let prefix = '';

  const isParseError = record.category === 'ParserError' && ParseErrorExceptionTypes.has(record.exception.typeName);
  const isMultiLineOrExternal = myinv !== undefined && (myinv.scriptName !== '' || myinv.scriptLineNumber > 1);
  const shouldShowLineDetail = (isParseError || isMultiLineOrExternal) && !/\.psm1$/i.test(myinv?.scriptName ?? '');

  if (shouldShowLineDetail && myinv !== undefined) {
    if (myinv.scriptName !== '') {
      posmsg =
        options.termProgram === 'vscode'
          ? `${reset}${myinv.scriptName}:${myinv.scriptLineNumber}:${myinv.offsetInLine}\n`
          : `${reset}${myinv.scriptName}:${myinv.scriptLineNumber}\n`;
    } else {
      posmsg = '\n';
    }
    const numberLength = String(myinv.scriptLineNumber).length;
    const headerWhitespace = numberLength > 4 ? ' '.repeat(numberLength - 4) : '';
    const lineWhitespace = numberLength < 4 ? ' '.repeat(4 - numberLength) : '';
    posmsg += `${accent}${headerWhitespace}Line |\n`;

    const positionLines = myinv.positionMessage.split('\n');
    let line = (positionLines[1] ?? '').slice(1); // skip the '+' at the start
    const highlightLine = (positionLines[positionLines.length - 1] ?? '').slice(1);
    const offsetLength = highlightLine.trim().length;
    const offsetInLine = highlightLine.indexOf('~');
    if (!line.endsWith('\n')) line += '\n';
    // Don't colour the whole line.
    if (offsetLength < line.length - 1 && offsetInLine >= 0) {
      line = insertAt(insertAt(line, offsetInLine + offsetLength, reset), offsetInLine, accent);
    }
    posmsg += `${accent}${lineWhitespace}${myinv.scriptLineNumber} | ${reset}${line}`;
    prefix = `${accent}${headerWhitespace}     | ${errorColor}`;
    if (highlightLine !== '') posmsg += `${prefix}${highlightLine}\n`;
    message = prefix;
  }

  const details = record.errorDetails?.message;
  if (details === undefined || details === '') {
    const exceptionMessage = record.exception.message;
    if (record.category === 'ParserError' && exceptionMessage.includes('~\n')) {
      // A pre-rendered parse message: take the text after the first tilde line.
      message += (exceptionMessage.split('~\n')[1] ?? '').split('\n\n')[0] ?? '';
    } else {
      message += exceptionMessage;
    }
  } else {
    message += details;
  }

  // When rendering line information, break up a message wider than the window.
  if ((myinv !== undefined && myinv.scriptName !== '') || record.category === 'ParserError') {
    message = `${wrapConciseMessage(message, prefix, options.width)}\n`;
  }
  posmsg += `${errorColor}${message}`;
  return `${errorColor}${conciseReason(record, myinv)}: ${posmsg}${reset}`;
}

/** The first script block of the view: `Cmd : ` before a NormalView message. */
function normalViewCommandPrefix(record: ErrorRecord): string {
  const myinv = record.invocationInfo;
  if (myinv === undefined) return '';
  const command = myinv.myCommand;
  if (command !== undefined) {
    switch (command.commandType) {
      case 'ExternalScript':
      case 'Script':
        return command.name === '' ? '' : `${command.name} : `;
      default:
        if (/^[&.]?$/.test(myinv.invocationName)) return command.name === '' ? '' : `${command.name} : `;
        return `${myinv.invocationName} : `;
    }
  }
  return myinv.invocationName === '' ? '' : `${myinv.invocationName} : `;
}

function normalView(record: ErrorRecord, style: StyleStrings): string {
  const myinv = invocationView(record.invocationInfo);
  let posmsg = '';
  if (myinv !== undefined && (myinv.info.myCommand !== undefined || record.category !== 'ParserError')) {
    posmsg = myinv.positionMessage;
    if (posmsg !== '') posmsg = `\n${posmsg}`;
  }
  posmsg += `\n+ CategoryInfo          : ${record.categoryInfo.getMessage()}`;
  posmsg += `\n+ FullyQualifiedErrorId : ${record.fullyQualifiedErrorId}`;
  const details = record.errorDetails?.message;
  const finalMsg = (details !== undefined && details !== '' ? details : record.exception.message) + posmsg;
  return `${style.Error}${normalViewCommandPrefix(record)}${style.Error}${finalMsg}${style.Reset}`;
}

/** One property line group of Show-ErrorRecord. */
type DetailValue = string | readonly DetailProperty[];
interface DetailProperty {
  readonly name: string;
  readonly value: DetailValue | undefined;
}

function invocationDetails(info: InvocationInfo): DetailProperty[] {
  const extent = info.extent;
  const line = extent === undefined ? '' : extent.source.text.split(/\r\n|\r|\n/)[extent.startLine - 1] ?? '';
  return [
    { name: 'MyCommand', value: info.myCommand?.name },
    { name: 'ScriptName', value: extent?.source.file },
    { name: 'ScriptLineNumber', value: String(extent?.startLine ?? 0) },
    { name: 'OffsetInLine', value: String(extent?.startColumn ?? 0) },
    { name: 'HistoryId', value: '1' },
    { name: 'Line', value: line },
    { name: 'Statement', value: extent === undefined ? undefined : extent.source.text.slice(extent.startOffset, extent.endOffset) },
    { name: 'PositionMessage', value: extent === undefined ? undefined : positionMessage(extent) },
    { name: 'InvocationName', value: info.invocationName },
    { name: 'CommandOrigin', value: 'Internal' },
  ];
}

function recordDetails(record: ErrorRecord): DetailProperty[] {
  const exception: DetailProperty[] = [{ name: 'Type', value: record.exception.typeName }];
  if (record.fromThrowStatement) exception.push({ name: 'WasThrownFromThrowStatement', value: 'True' });
  exception.push({ name: 'Message', value: record.exception.message });
  const inner = record.exception.innerException;
  if (inner !== undefined) {
    exception.push({ name: 'InnerException', value: [{ name: 'Type', value: inner.typeName }, { name: 'Message', value: inner.message }] });
  }
  const details: DetailProperty[] = [
    { name: 'Exception', value: exception },
    { name: 'TargetObject', value: record.targetObject === null ? undefined : displayString(record.targetObject) },
    { name: 'CategoryInfo', value: record.categoryInfo.getMessage() },
    { name: 'FullyQualifiedErrorId', value: record.fullyQualifiedErrorId },
  ];
  if (record.errorDetails !== undefined) {
    details.push({
      name: 'ErrorDetails',
      value: [
        { name: 'Message', value: record.errorDetails.message },
        { name: 'RecommendedAction', value: record.errorDetails.recommendedAction },
      ],
    });
  }
  if (record.invocationInfo !== undefined) details.push({ name: 'InvocationInfo', value: invocationDetails(record.invocationInfo) });
  details.push({ name: 'ScriptStackTrace', value: record.scriptStackTrace });
  return details;
}

/** Show-ErrorRecord: `Name : value` lines, names padded to the longest shown, nested objects indented by 4. */
function showErrorRecord(properties: readonly DetailProperty[], indent: number, style: StyleStrings): string {
  const shown = properties.filter((p) => p.value !== undefined && p.value !== '' && (typeof p.value === 'string' || p.value.length > 0));
  const propLength = Math.max(0, ...shown.map((p) => p.name.length));
  const pad = ' '.repeat(indent);
  const lines: string[] = [];
  for (const property of shown) {
    let text = `${pad}${style.FormatAccent}${property.name}${' '.repeat(propLength - property.name.length)} : ${style.Reset}`;
    const value = property.value as DetailValue;
    if (typeof value !== 'string') {
      text += `\n${showErrorRecord(value, indent + 4, style)}`;
    } else {
      let shownValue = value;
      if (property.name === 'PositionMessage') shownValue = insertAt(value, value.indexOf('~'), style.Error);
      else if (property.name === 'Message') shownValue = style.Error + value;
      text += shownValue
        .split('\n')
        .map((line, index) => (index === 0 ? line.trim() : `${pad}${' '.repeat(propLength + 3)}${line.trim()}`))
        .join('\n');
    }
    lines.push(text);
  }
  return lines.join('\n');
}

/** DetailedView: `Get-Error | Out-String` (an empty line, the listing, two empty lines). */
function detailedView(record: ErrorRecord, style: StyleStrings): string {
  return `${style.Error}\n${showErrorRecord(recordDetails(record), 0, style)}\n\n${style.Reset}`;
}

/**
 * The text of pwsh's `ErrorInstance` view for `record`, as Out-String would show it: lines separated by `\n`,
 * possibly with empty lines (a ConciseView line block ends with one).
 */
export function renderErrorView(record: ErrorRecord, options: ErrorViewOptions): string {
  const view = options.view ?? 'ConciseView';
  const style = styleFor(options.color);
  const fqid = record.fullyQualifiedErrorId;
  if (fqid === 'NativeCommandErrorMessage' || fqid === 'NativeCommandError') {
    return `${style.Error}${record.exception.message}${style.Reset}`;
  }
  switch (view) {
    case 'DetailedView':
      return detailedView(record, style);
    case 'CategoryView':
      return `${style.Error}${record.categoryInfo.getMessage()}${style.Reset}`;
    case 'NormalView':
      return normalView(record, style);
    case 'ConciseView': {
      const posmsg = conciseView(record, options, style);
      const action = record.errorDetails?.recommendedAction;
      const recommendation =
        action === undefined || action.trim() === '' ? '' : `\n${style.Error}  Recommendation: ${action}${style.Reset}`;
      return posmsg + recommendation;
    }
  }
}

/**
 * What pwsh's console host writes to stderr for `record`: the view's lines with empty lines dropped
 * (ConsoleHostUserInterface.WriteErrorLine ignores them), joined by `\n`, without a final newline.
 */
export function formatErrorRecord(record: ErrorRecord, options: ErrorViewOptions): string {
  return splitLines(renderErrorView(record, options))
    .filter((line) => line !== '')
    .join('\n');
}
