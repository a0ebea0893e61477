/**
 * `-Property` arguments as Format-Table, Format-List, Select-Object, Sort-Object and Group-Object take them:
 * property names (with wildcards), script blocks, and calculated-property hashtables
 * (`@{ Name = 'Size'; Expression = { $_.Length / 1KB }; FormatString = 'N1' }`) whose keys may be abbreviated.
 * Bad hashtables end the command with pwsh's errors (DictionaryKeyIllegal, DictionaryKeyMandatoryEntry...).
 */
// pwsh: FormatAndOutput/common/Utilities/MshParameter.cs (ParameterProcessor, HashtableEntryDefinition,
// CommandParameterDefinition.MatchEntry/FindPartialMatch), BaseFormattingCommandParameters.cs (the entry
// definitions: Expression, FormatString, Width, Alignment, Label), Select-Object.cs and OrderObjectBase.cs
// (Name; Ascending/Descending), Mshexpression.cs (PSPropertyExpression.GetValues).
import { typeName } from '../engine/conversion.js';
import { ErrorRecord, PSException, RuntimeException } from '../engine/errors.js';
import { Hashtable } from '../engine/ps-object.js';
import { ScriptBlock } from '../engine/script-block.js';
import { format } from '../engine/strings/format.js';
import { hasWildcard, propertyValue, resolvePropertyNames } from './property-expression.js';
import { FormatAndOut_MshParameter } from './strings/FormatAndOut_MshParameter.js';

type EntryKey = 'expression' | 'name' | 'label' | 'formatString' | 'width' | 'alignment' | 'ascending' | 'descending';
type EntryType = 'string' | 'scriptblock' | 'int' | 'bool';

interface EntryDefinition {
  readonly key: EntryKey;
  readonly secondary?: readonly string[];
  readonly types: readonly EntryType[];
  readonly mandatory?: boolean;
}

const Expression: EntryDefinition = { key: 'expression', types: ['string', 'scriptblock'], mandatory: true };
const FormatString: EntryDefinition = { key: 'formatString', types: ['string'] };
const Width: EntryDefinition = { key: 'width', types: ['int'] };
const Alignment: EntryDefinition = { key: 'alignment', types: ['string'] };
const Label: EntryDefinition = { key: 'label', secondary: ['name'], types: ['string'] };
const Name: EntryDefinition = { key: 'name', secondary: ['label'], types: ['string'] };
const Ascending: EntryDefinition = { key: 'ascending', types: ['bool'] };
const Descending: EntryDefinition = { key: 'descending', types: ['bool'] };

/** The hashtable keys each command accepts, in pwsh's order. */
export const PropertyParameterDefinitions = {
  FormatTable: [Expression, FormatString, Width, Alignment, Label],
  FormatList: [Expression, FormatString, Label],
  SelectObject: [Expression, Name],
  SortObject: [Expression, Ascending, Descending],
  GroupObject: [Expression],
} as const satisfies Record<string, readonly EntryDefinition[]>;

/** One `-Property` entry after validation. */
export interface PropertyParameter {
  /** A property name (maybe with wildcards) or a script block. */
  readonly expression: string | ScriptBlock;
  /** `Name` / `Label`. */
  readonly label?: string;
  readonly formatString?: string;
  readonly width?: number;
  readonly alignment?: 'Left' | 'Center' | 'Right';
  readonly ascending?: boolean;
  readonly descending?: boolean;
  /** True when the entry was a hashtable (pwsh then checks values more strictly). */
  readonly fromHashtable: boolean;
}

/** Ends the command with a record (a cmdlet passes its `throwTerminatingError`). */
export type TerminatingErrorHandler = (record: ErrorRecord) => never;

const throwRecord: TerminatingErrorHandler = (record) => {
  throw new RuntimeException(record);
};

/** ParameterProcessor.ThrowParameterBindingException: a NotSupportedException with the text in ErrorDetails. */
function parameterError(fail: TerminatingErrorHandler, errorId: string, message: string): never {
  const record = new ErrorRecord(new PSException('Specified method is not supported.', 'System.NotSupportedException'), errorId, 'InvalidArgument', null);
  record.errorDetails = { message };
  return fail(record);
}

const TypeNames: Record<EntryType, string> = {
  string: 'System.String',
  scriptblock: 'System.Management.Automation.ScriptBlock',
  int: 'System.Int32',
  bool: 'System.Boolean',
};

function hasType(value: unknown, type: EntryType): boolean {
  switch (type) {
    case 'string':
      return typeof value === 'string';
    case 'scriptblock':
      return value instanceof ScriptBlock;
    case 'int':
      return typeof value === 'number' && Number.isInteger(value);
    case 'bool':
      return typeof value === 'boolean';
  }
}

/** FindPartialMatch: the key typed is the entry name or a prefix of it (case-insensitive). */
function partialMatch(key: string, name: string): boolean {
  return key.length <= name.length && name.slice(0, key.length).toLowerCase() === key.toLowerCase();
}

function matchEntry(key: string, definitions: readonly EntryDefinition[], fail: TerminatingErrorHandler): EntryDefinition {
  let found: EntryDefinition | undefined;
  for (const definition of definitions) {
    const names = [definition.key, ...(definition.secondary ?? [])];
    if (!names.some((name) => partialMatch(key, name))) continue;
    if (found !== undefined) parameterError(fail, 'DictionaryKeyAmbiguous', format(FormatAndOut_MshParameter.AmbiguousKeyError, key, found.key, definition.key));
    found = definition;
  }
  if (found === undefined) parameterError(fail, 'DictionaryKeyIllegal', format(FormatAndOut_MshParameter.IllegalKeyError, key));
  return found;
}

const AlignmentValues = ['Left', 'Center', 'Right'] as const;

function fromHashtable(table: Hashtable, definitions: readonly EntryDefinition[], fail: TerminatingErrorHandler): PropertyParameter {
  const values = new Map<EntryKey, unknown>();
  for (const [key, value] of table) {
    if (key === null || key === undefined) parameterError(fail, 'DictionaryKeyNull', FormatAndOut_MshParameter.DictionaryKeyNullError);
    if (typeof key !== 'string') parameterError(fail, 'DictionaryKeyNonString', format(FormatAndOut_MshParameter.DictionaryKeyNonStringError, key));
    const definition = matchEntry(key, definitions, fail);
    if (values.has(definition.key)) parameterError(fail, 'DictionaryKeyDuplicate', format(FormatAndOut_MshParameter.DuplicateKeyError, key, definition.key));
    if (value === null || value === undefined) parameterError(fail, 'DictionaryKeyMissingValue', format(FormatAndOut_MshParameter.MissingKeyValueError, key));
    if (!definition.types.some((type) => hasType(value, type))) {
      const expected = definition.types.map((type) => TypeNames[type]);
      if (expected.length === 1) {
        parameterError(fail, 'DictionaryKeyIllegalValue1', format(FormatAndOut_MshParameter.IllegalTypeSingleError, key, typeName(value), expected[0]));
      }
      parameterError(fail, 'DictionaryKeyIllegalValue2', format(FormatAndOut_MshParameter.IllegalTypeMultiError, key, typeName(value), expected.join(', ')));
    }
    values.set(definition.key, value);
  }
  for (const definition of definitions) {
    if (definition.mandatory === true && !values.has(definition.key)) {
      parameterError(fail, 'DictionaryKeyMandatoryEntry', format(FormatAndOut_MshParameter.MissingKeyMandatoryEntryError, definition.key));
    }
  }
  const width = values.get('width') as number | undefined;
  if (width !== undefined && width <= 0) parameterError(fail, 'FormatTableWidthOutOfRange', format(FormatAndOut_MshParameter.OutOfRangeWidthValueError, width, 'width'));
  const formatString = values.get('formatString') as string | undefined;
  if (formatString === '') parameterError(fail, 'FormatStringEmpty', format(FormatAndOut_MshParameter.EmptyFormatStringValueError, 'formatString'));
  let alignment: PropertyParameter['alignment'];
  const alignmentText = values.get('alignment') as string | undefined;
  if (alignmentText !== undefined) {
    alignment = AlignmentValues.find((a) => alignmentText !== '' && partialMatch(alignmentText, a));
    if (alignment === undefined) {
      parameterError(fail, 'FormatTableAlignmentIllegalValue', format(FormatAndOut_MshParameter.IllegalAlignmentValueError, alignmentText, 'alignment', 'left, center, right'));
    }
  }
  const label = (values.get('label') ?? values.get('name')) as string | undefined;
  const ascending = values.get('ascending') as boolean | undefined;
  const descending = values.get('descending') as boolean | undefined;
  return {
    expression: values.get('expression') as string | ScriptBlock,
    fromHashtable: true,
    ...(label === undefined ? {} : { label }),
    ...(formatString === undefined ? {} : { formatString }),
    ...(width === undefined ? {} : { width }),
    ...(alignment === undefined ? {} : { alignment }),
    ...(ascending === undefined ? {} : { ascending }),
    ...(descending === undefined ? {} : { descending }),
  };
}

/**
 * Validates `-Property` arguments (ParameterProcessor.ProcessParameters): each is a name, a script block, or a
 * hashtable with the keys `definitions` allows. Otherwise ends the command through `onError` (a cmdlet's
 * `throwTerminatingError`; by default a thrown RuntimeException) with pwsh's record.
 */
export function processPropertyParameters(
  values: readonly unknown[],
  definitions: readonly EntryDefinition[],
  onError: TerminatingErrorHandler = throwRecord,
): PropertyParameter[] {
  return values.map((value) => {
    if (value instanceof Hashtable) return fromHashtable(value, definitions, onError);
    if (typeof value === 'string' || value instanceof ScriptBlock) return { expression: value, fromHashtable: false };
    return parameterError(
      onError,
      'DictionaryKeyUnknownType',
      format(FormatAndOut_MshParameter.UnknownParameterTypeError, typeName(value), 'System.String, System.Management.Automation.ScriptBlock'),
    );
  });
}

/** Runs a script block with `$_` set and returns what it wrote (the command runtime's invokeScriptBlock). */
export type ScriptBlockInvoker = (block: ScriptBlock, dollarUnder: unknown) => Promise<unknown[]>;

/** One value of an expression: the property (or script text) it came from and its value. */
export interface ExpressionResult {
  readonly name: string;
  readonly value: unknown;
}

/** A script block's output as one value: nothing is `$null`, one object itself, more an array. */
export function scriptResult(output: readonly unknown[]): unknown {
  if (output.length === 0) return null;
  return output.length === 1 ? output[0] : [...output];
}

/**
 * PSPropertyExpression.GetValues: the values of the properties a name (or wildcard) matches on `target`,
 * or the value of a script block run with `$_` = target (named by the script's text).
 */
export async function expressionValues(target: unknown, expression: string | ScriptBlock, invoke: ScriptBlockInvoker): Promise<ExpressionResult[]> {
  if (expression instanceof ScriptBlock) {
    return [{ name: expression.toString(), value: scriptResult(await invoke(expression, target)) }];
  }
  return resolvePropertyNames(target, expression).map((name) => ({ name, value: propertyValue(target, name).value }));
}

/** True when the expression is a name with wildcards (a missing match then is no error). */
export function expressionHasWildcard(expression: string | ScriptBlock): boolean {
  return typeof expression === 'string' && hasWildcard(expression);
}
