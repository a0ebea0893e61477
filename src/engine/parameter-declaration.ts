/**
 * How a cmdlet declares its parameters: once, statically, as data. Binding, `Get-Command -Syntax`,
 * completion and the help-agreement test all read the compiled form (`command-metadata.ts`).
 *
 * ```ts
 * static readonly parameters = {
 *   CustomerId: Param.string({ mandatory: true, validate: [Validate.pattern(GUID_PATTERN)] }),
 *   Quantity: Param.int({ validate: [Validate.notNull()] }),
 * } as const;
 * ```
 */
import type { PSEnumType } from './ps-object.js';
import { arrayOf, enumTypeInfo, PSTypes, type PSTypeInfo } from './type-info.js';

/**
 * A validation attribute, as data. The binder runs them in declaration order after conversion and reports
 * failures with pwsh's texts (Metadata.resx), wrapped in ParameterArgumentValidationError.
 */
export type ValidationAttribute =
  | { readonly kind: 'ValidateNotNull' }
  | { readonly kind: 'ValidateNotNullOrEmpty' }
  | {
      readonly kind: 'ValidatePattern';
      /** The .NET regular expression exactly as declared; it is quoted verbatim in the error message. */
      readonly regexPattern: string;
      /** pwsh's default is IgnoreCase. */
      readonly ignoreCase: boolean;
      readonly errorMessage?: string;
    }
  | { readonly kind: 'ValidateSet'; readonly validValues: readonly string[]; readonly ignoreCase: boolean; readonly errorMessage?: string }
  | { readonly kind: 'ValidateRange'; readonly minRange: number; readonly maxRange: number }
  | { readonly kind: 'ValidateRangeKind'; readonly rangeKind: 'Positive' | 'NonNegative' | 'Negative' | 'NonPositive' }
  | { readonly kind: 'ValidateLength'; readonly minLength: number; readonly maxLength: number }
  | { readonly kind: 'ValidateCount'; readonly minLength: number; readonly maxLength: number };

/** Builders for validation attributes, named after pwsh's attributes. */
export const Validate = {
  notNull: (): ValidationAttribute => ({ kind: 'ValidateNotNull' }),
  notNullOrEmpty: (): ValidationAttribute => ({ kind: 'ValidateNotNullOrEmpty' }),
  pattern: (regexPattern: string, options: { ignoreCase?: boolean; errorMessage?: string } = {}): ValidationAttribute => ({
    kind: 'ValidatePattern',
    regexPattern,
    ignoreCase: options.ignoreCase ?? true,
    ...(options.errorMessage === undefined ? {} : { errorMessage: options.errorMessage }),
  }),
  set: (validValues: readonly string[], options: { ignoreCase?: boolean; errorMessage?: string } = {}): ValidationAttribute => ({
    kind: 'ValidateSet',
    validValues,
    ignoreCase: options.ignoreCase ?? true,
    ...(options.errorMessage === undefined ? {} : { errorMessage: options.errorMessage }),
  }),
  range: (minRange: number, maxRange: number): ValidationAttribute => ({ kind: 'ValidateRange', minRange, maxRange }),
  rangeKind: (rangeKind: 'Positive' | 'NonNegative' | 'Negative' | 'NonPositive'): ValidationAttribute => ({ kind: 'ValidateRangeKind', rangeKind }),
  length: (minLength: number, maxLength: number): ValidationAttribute => ({ kind: 'ValidateLength', minLength, maxLength }),
  count: (minLength: number, maxLength: number): ValidationAttribute => ({ kind: 'ValidateCount', minLength, maxLength }),
} as const;

/** Per-parameter-set settings (pwsh's `[Parameter(ParameterSetName = 'X', ...)]`). */
export interface ParameterSetDeclaration {
  readonly mandatory?: boolean;
  readonly position?: number;
  readonly valueFromPipeline?: boolean;
  readonly valueFromPipelineByPropertyName?: boolean;
  readonly valueFromRemainingArguments?: boolean;
  readonly helpMessage?: string;
}

/** Everything a cmdlet may say about one parameter. */
export interface ParameterOptions extends ParameterSetDeclaration {
  readonly aliases?: readonly string[];
  readonly validate?: readonly ValidationAttribute[];
  /**
   * The parameter sets this parameter belongs to, with per-set settings. When absent the parameter is in
   * all sets (`__AllParameterSets`) with the top-level settings.
   */
  readonly parameterSets?: Readonly<Record<string, ParameterSetDeclaration>>;
  /** `[AllowNull()]`, `[AllowEmptyString()]`, `[AllowEmptyCollection()]` on a mandatory parameter. */
  readonly allowNull?: boolean;
  readonly allowEmptyString?: boolean;
  readonly allowEmptyCollection?: boolean;
  /** `[Parameter(DontShow)]`: hidden from syntax and completion. */
  readonly dontShow?: boolean;
}

/**
 * One declared parameter. `T` is the bound value's type in the cmdlet body; it exists only for inference.
 */
export interface ParameterDeclaration<T = unknown> extends ParameterOptions {
  readonly type: PSTypeInfo;
  /** Phantom member carrying `T`; never set. */
  readonly __valueType?: T;
}

/** The `static parameters` object of a cmdlet class. */
export type ParameterDeclarations = Readonly<Record<string, ParameterDeclaration>>;

function declare<T, const O extends ParameterOptions>(type: PSTypeInfo, options: O | undefined): ParameterDeclaration<T> & O {
  return { ...(options ?? ({} as O)), type } as ParameterDeclaration<T> & O;
}

/** Builders for parameter declarations; each infers the bound value's TypeScript type. */
export const Param = {
  string: <const O extends ParameterOptions>(options?: O) => declare<string, O>(PSTypes.String, options),
  stringArray: <const O extends ParameterOptions>(options?: O) => declare<string[], O>(arrayOf(PSTypes.String), options),
  int: <const O extends ParameterOptions>(options?: O) => declare<number, O>(PSTypes.Int32, options),
  long: <const O extends ParameterOptions>(options?: O) => declare<number, O>(PSTypes.Int64, options),
  double: <const O extends ParameterOptions>(options?: O) => declare<number, O>(PSTypes.Double, options),
  bool: <const O extends ParameterOptions>(options?: O) => declare<boolean, O>(PSTypes.Boolean, options),
  /** A SwitchParameter: present or not; never consumes the next argument. */
  switch: <const O extends ParameterOptions>(options?: O) => declare<boolean, O>(PSTypes.SwitchParameter, options),
  hashtable: <const O extends ParameterOptions>(options?: O) => declare<import('./ps-object.js').Hashtable, O>(PSTypes.Hashtable, options),
  scriptBlock: <const O extends ParameterOptions>(options?: O) => declare<import('./script-block.js').ScriptBlock, O>(PSTypes.ScriptBlock, options),
  object: <const O extends ParameterOptions>(options?: O) => declare<unknown, O>(PSTypes.Object, options),
  objectArray: <const O extends ParameterOptions>(options?: O) => declare<unknown[], O>(arrayOf(PSTypes.Object), options),
  psObject: <const O extends ParameterOptions>(options?: O) => declare<unknown, O>(PSTypes.PSObject, options),
  /** An enum-typed parameter; the bound value is a PSEnumValue. */
  enum: <const O extends ParameterOptions>(enumType: PSEnumType, options?: O) =>
    declare<import('./ps-object.js').PSEnumValue, O>(enumTypeInfo(enumType), options),
  /** A parameter of any other type, e.g. a module's model type or an array of one. */
  typed: <T, const O extends ParameterOptions = ParameterOptions>(type: PSTypeInfo, options?: O) => declare<T, O>(type, options),
} as const;

/** The TypeScript type a declaration binds to. */
export type ParameterValue<D> = D extends ParameterDeclaration<infer T> ? T : never;

/**
 * The bound parameters of a cmdlet class as its body sees them: mandatory parameters (in every set) are
 * always present; others may be `undefined`.
 */
export type BoundParameters<C extends { readonly parameters: ParameterDeclarations }> = {
  readonly [K in keyof C['parameters']]: C['parameters'][K] extends { readonly mandatory: true }
    ? ParameterValue<C['parameters'][K]>
    : ParameterValue<C['parameters'][K]> | undefined;
};
