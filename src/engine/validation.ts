/**
 * The validation attributes (pwsh's `engine/Attributes.cs`): compiled once per parameter (regexes included), then
 * run on each converted argument. A failure carries the attribute's own errorId and Metadata.resx text; the binder
 * wraps it in ParameterArgumentValidationError.
 */
import { PSInvalidCastException, convertTo } from './conversion.js';
import { dotNetToString, shortTypeName } from './binder-values.js';
import type { ValidationAttribute } from './parameter-declaration.js';
import { PSEnumValue, Hashtable } from './ps-object.js';
import { Metadata } from './strings/Metadata.js';
import { format } from './strings/format.js';
import { PSTypes } from './type-info.js';

/** A validation attribute ready to run: its regex compiled, its set lower-cased. */
export interface CompiledValidation {
  readonly attribute: ValidationAttribute;
  readonly regex?: RegExp;
  readonly validValues?: readonly string[];
  /** ValidateRange: the limits are integers (pwsh compares as Int32), else as Double. */
  readonly integerRange?: boolean;
}

/** A failed validation: pwsh's ValidationMetadataException (errorId and message). */
export interface ValidationFailure {
  readonly errorId: string;
  readonly message: string;
}

/** Compiles an attribute; a pattern that cannot be translated is a declaration bug and throws. */
export function compileValidation(attribute: ValidationAttribute): CompiledValidation {
  switch (attribute.kind) {
    case 'ValidatePattern':
      return { attribute, regex: dotNetRegExp(attribute.regexPattern, attribute.ignoreCase) };
    case 'ValidateSet':
      return { attribute, validValues: attribute.ignoreCase ? attribute.validValues.map((v) => v.toLowerCase()) : attribute.validValues };
    case 'ValidateRange':
      return { attribute, integerRange: Number.isInteger(attribute.minRange) && Number.isInteger(attribute.maxRange) };
    default:
      return { attribute };
  }
}

/**
 * Runs one attribute on a converted value. `elementIsValueType` says whether the parameter's collection elements are
 * a .NET value type (then pwsh does not look for null elements).
 */
// pwsh: engine/Attributes.cs, each attribute's Validate / ValidateElement.
export function validate(validation: CompiledValidation, value: unknown, elementIsValueType: boolean): ValidationFailure | undefined {
  const { attribute } = validation;
  switch (attribute.kind) {
    case 'ValidateNotNull':
      return validateNotNull(value, elementIsValueType);
    case 'ValidateNotNullOrEmpty':
      return validateNotNullOrEmpty(value, elementIsValueType);
    case 'ValidateCount':
      return validateCount(attribute.minLength, attribute.maxLength, value);
    default:
      return validateEnumerated(validation, value);
  }
}

function failure(errorId: string, template: string, ...args: readonly unknown[]): ValidationFailure {
  return { errorId, message: format(template, ...args) };
}

function isNull(value: unknown): boolean {
  return value === null || value === undefined;
}

function validateNotNull(value: unknown, elementIsValueType: boolean): ValidationFailure | undefined {
  if (isNull(value)) return failure('ArgumentIsNull', Metadata.ValidateNotNullFailure);
  if (Array.isArray(value) && !elementIsValueType && value.some(isNull)) {
    return failure('ArgumentIsNull', Metadata.ValidateNotNullCollectionFailure);
  }
  return undefined;
}

function validateNotNullOrEmpty(value: unknown, elementIsValueType: boolean): ValidationFailure | undefined {
  if (isNull(value)) return failure('ArgumentIsNull', Metadata.ValidateNotNullOrEmptyFailure);
  if (typeof value === 'string') return value.length === 0 ? failure('ArgumentIsEmpty', Metadata.ValidateNotNullOrEmptyFailure) : undefined;
  if (Array.isArray(value)) {
    if (value.length === 0) return failure('ArgumentIsEmpty', Metadata.ValidateNotNullOrEmptyCollectionFailure);
    if (elementIsValueType) return undefined;
    for (const element of value) {
      if (isNull(element)) return failure('ArgumentIsNull', Metadata.ValidateNotNullOrEmptyCollectionFailure);
      if (element === '') return failure('ArgumentCollectionContainsEmpty', Metadata.ValidateNotNullOrEmptyCollectionFailure);
    }
    return undefined;
  }
  if (value instanceof Hashtable && value.size === 0) return failure('ArgumentIsEmpty', Metadata.ValidateNotNullOrEmptyCollectionFailure);
  return undefined;
}

function validateCount(minLength: number, maxLength: number, value: unknown): ValidationFailure | undefined {
  let length: number;
  if (isNull(value)) length = 0;
  else if (Array.isArray(value) || typeof value === 'string') length = value.length;
  else if (value instanceof Hashtable) length = value.size;
  else return failure('NotAnArrayParameter', Metadata.ValidateCountNotInArray);
  if (minLength === maxLength && length !== maxLength) return failure('ValidateCountExactFailure', Metadata.ValidateCountExactFailure, maxLength, length);
  if (length < minLength || length > maxLength) {
    return failure('ValidateCountMinMaxFailure', Metadata.ValidateCountMinMaxFailure, minLength, maxLength, length);
  }
  return undefined;
}

/** ValidateEnumeratedArgumentsAttribute: null fails; arrays are validated element by element. */
function validateEnumerated(validation: CompiledValidation, value: unknown): ValidationFailure | undefined {
  if (isNull(value)) return failure('ArgumentIsEmpty', Metadata.ValidateNotNullOrEmptyCollectionFailure);
  if (!Array.isArray(value)) return validateElement(validation, value);
  for (const element of value) {
    const result = validateElement(validation, element);
    if (result !== undefined) return result;
  }
  return undefined;
}

function validateElement(validation: CompiledValidation, element: unknown): ValidationFailure | undefined {
  const { attribute } = validation;
  switch (attribute.kind) {
    case 'ValidatePattern': {
      if (isNull(element)) return failure('ArgumentIsEmpty', Metadata.ValidateNotNullFailure);
      const text = dotNetToString(element);
      if ((validation.regex as RegExp).test(text)) return undefined;
      return failure('ValidatePatternFailure', attribute.errorMessage || Metadata.ValidatePatternFailure, text, attribute.regexPattern);
    }
    case 'ValidateSet': {
      if (isNull(element)) return failure('ArgumentIsEmpty', Metadata.ValidateNotNullFailure);
      const text = dotNetToString(element);
      const probe = attribute.ignoreCase ? text.toLowerCase() : text;
      if ((validation.validValues as readonly string[]).includes(probe)) return undefined;
      // The list separator of en-US is ',' (CultureInfo.CurrentUICulture.TextInfo.ListSeparator).
      return failure('ValidateSetFailure', attribute.errorMessage || Metadata.ValidateSetFailure, text, attribute.validValues.join(','));
    }
    case 'ValidateLength': {
      if (typeof element !== 'string') return failure('ValidateLengthNotString', Metadata.ValidateLengthNotString);
      if (element.length < attribute.minLength) {
        return failure('ValidateLengthMinLengthFailure', Metadata.ValidateLengthMinLengthFailure, attribute.minLength, element.length);
      }
      if (element.length > attribute.maxLength) {
        return failure('ValidateLengthMaxLengthFailure', Metadata.ValidateLengthMaxLengthFailure, attribute.maxLength, element.length);
      }
      return undefined;
    }
    case 'ValidateRange':
      return validateRange(element, attribute.minRange, attribute.maxRange, validation.integerRange === true);
    case 'ValidateRangeKind':
      return validateRangeKind(element, attribute.rangeKind);
    default:
      return undefined;
  }
}

/** LanguagePrimitives.TryConvertTo to Int32 or Double; `undefined` when the element does not convert. */
function toNumber(element: unknown, integer: boolean): number | undefined {
  if (element instanceof PSEnumValue) return element.value;
  if (typeof element === 'boolean') return element ? 1 : 0;
  try {
    const converted = convertTo(element, integer ? PSTypes.Int32 : PSTypes.Double);
    return typeof converted === 'number' ? converted : undefined;
  } catch (error) {
    if (error instanceof PSInvalidCastException) return undefined;
    throw error;
  }
}

function validateRange(element: unknown, minRange: number, maxRange: number, integer: boolean): ValidationFailure | undefined {
  if (isNull(element)) return failure('ArgumentIsEmpty', Metadata.ValidateNotNullFailure);
  const number = toNumber(element, integer);
  if (number === undefined) {
    return failure('ValidationRangeElementType', Metadata.ValidateRangeElementType, shortTypeName(element), integer ? 'Int32' : 'Double');
  }
  if (number < minRange) return failure('ValidateRangeTooSmall', Metadata.ValidateRangeSmallerThanMinRangeFailure, String(number), String(minRange));
  if (number > maxRange) return failure('ValidateRangeTooBig', Metadata.ValidateRangeGreaterThanMaxRangeFailure, String(number), String(maxRange));
  return undefined;
}

const RANGE_KIND_FAILURES = {
  Positive: ['ValidateRangePositiveFailure', (n: number) => n <= 0],
  NonNegative: ['ValidateRangeNonNegativeFailure', (n: number) => n < 0],
  Negative: ['ValidateRangeNegativeFailure', (n: number) => n >= 0],
  NonPositive: ['ValidateRangeNonPositiveFailure', (n: number) => n > 0],
} as const satisfies Record<string, readonly [keyof typeof Metadata, (n: number) => boolean]>;

function validateRangeKind(element: unknown, kind: keyof typeof RANGE_KIND_FAILURES): ValidationFailure | undefined {
  if (isNull(element)) return failure('ArgumentIsEmpty', Metadata.ValidateNotNullFailure);
  // pwsh: only numeric (and Boolean/Char) elements have a common type with Int32; others fail with the element type.
  const number = typeof element === 'number' || typeof element === 'boolean' || element instanceof PSEnumValue ? toNumber(element, false) : undefined;
  if (number === undefined) return failure('ValidationRangeElementType', Metadata.ValidateRangeElementType, shortTypeName(element), 'Int32');
  const [errorId, fails] = RANGE_KIND_FAILURES[kind];
  return fails(number) ? failure(errorId, Metadata[errorId], String(number)) : undefined;
}

/**
 * Translates a .NET regular expression into a JavaScript RegExp with the same matches for the patterns cmdlets
 * declare: inline options, `\A` `\z` `\Z`, .NET's `$` (which also matches before a final newline), `(?'name')`,
 * atomic groups and comments.
 */
export function dotNetRegExp(pattern: string, ignoreCase: boolean): RegExp {
  let flags = ignoreCase ? 'i' : '';
  let source = pattern;
  const inline = /^\(\?([imsx]+)\)/.exec(source);
  if (inline !== null) {
    for (const option of inline[1] as string) if (option !== 'x' && !flags.includes(option)) flags += option;
    source = source.slice(inline[0].length);
  }
  const unicode = /\\[pP]\{/.test(source);
  if (unicode) flags += 'u';
  const multiline = flags.includes('m');
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i] as string;
    if (c === '\\') {
      const next = source[i + 1] ?? '';
      i++;
      if (!inClass && next === 'A') out += '^';
      else if (!inClass && next === 'z') out += '$';
      else if (!inClass && next === 'Z') out += '(?=\\n?$)';
      else if (unicode && !/[A-Za-z0-9^$\\.*+?()[\]{}|/]/.test(next) && !(inClass && next === '-')) out += next;
      else out += `\\${next}`;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      out += c;
      continue;
    }
    if (c === '[') {
      inClass = true;
      out += c;
      if (source[i + 1] === '^') out += source[++i];
      if (source[i + 1] === ']') out += `\\${source[++i]}`;
      continue;
    }
    if (c === '$' && !multiline) {
      out += '(?=\\n?$)';
      continue;
    }
    if (c === '(' && source[i + 1] === '?') {
      const rest = source.slice(i + 2);
      if (rest.startsWith('>')) {
        out += '(?:';
        i += 2;
        continue;
      }
      if (rest.startsWith("'")) {
        const end = rest.indexOf("'", 1);
        out += `(?<${rest.slice(1, end)}>`;
        i += 2 + end;
        continue;
      }
      if (rest.startsWith('#')) {
        i += 2 + rest.indexOf(')');
        continue;
      }
    }
    out += c;
  }
  return new RegExp(out, flags);
}
