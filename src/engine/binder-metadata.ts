/**
 * What the binder precomputes once per command (pwsh's MergedCommandParameterMetadata and the per-parameter
 * CompiledCommandParameter data): parameter-set bit flags, per-set settings, type shapes, compiled validators and
 * the name/alias index. Binding one command then walks only small arrays, with no regex compilation and no
 * metadata walks.
 */
import { AllParameterSets, type CommandMetadata, type ParameterMetadata } from './command-metadata.js';
import { typeShape, type TypeShape } from './binder-values.js';
import { compileValidation, type CompiledValidation } from './validation.js';

/** pwsh's `uint.MaxValue`: every parameter set is still valid. Flags are kept as signed 32-bit integers. */
export const AllSetsFlag = -1;

/** One parameter's settings in one set (pwsh's ParameterSetSpecificMetadata). */
export interface CompiledParameterSetData {
  /** The set's bit; 0 for `__AllParameterSets`. */
  readonly flag: number;
  readonly isInAllSets: boolean;
  readonly position: number | undefined;
  readonly isMandatory: boolean;
  readonly valueFromPipeline: boolean;
  readonly valueFromPipelineByPropertyName: boolean;
  readonly valueFromRemainingArguments: boolean;
  readonly helpMessage: string | undefined;
}

/** A parameter as the binder uses it (pwsh's MergedCompiledCommandParameter). */
export interface CompiledParameter {
  readonly metadata: ParameterMetadata;
  readonly name: string;
  /** Declared (or dynamic) parameters win prefix ties; common and ShouldProcess ones never do. */
  readonly isDeclared: boolean;
  readonly isSwitch: boolean;
  /** OR of the bits of the named sets the parameter is in; 0 when it is only in all sets. */
  readonly parameterSetFlags: number;
  readonly isInAllSets: boolean;
  readonly setData: readonly CompiledParameterSetData[];
  readonly isMandatoryInSomeParameterSet: boolean;
  readonly isPipelineParameterInSomeParameterSet: boolean;
  readonly shape: TypeShape;
  readonly validations: readonly CompiledValidation[];
  /** The ActionPreference common parameters, whose setters reject `Suspend` (MshCommandRuntime). */
  readonly rejectsSuspend: boolean;
}

/** The result of matching a typed name (cached per command). */
export type ParameterMatch =
  | { readonly kind: 'Found'; readonly parameter: CompiledParameter }
  | { readonly kind: 'NotFound' }
  /** `candidates` is the message's list: ` -A -B`. */
  | { readonly kind: 'Ambiguous'; readonly candidates: string };

/** A command's binder metadata. */
export interface BinderMetadata {
  readonly command: CommandMetadata;
  /** Merge order: declared, common, ShouldProcess. */
  readonly parameters: readonly CompiledParameter[];
  /** Lower-cased names in merge order, then lower-cased aliases in merge order. */
  readonly names: readonly (readonly [string, CompiledParameter])[];
  readonly aliases: readonly (readonly [string, CompiledParameter])[];
  /** Typed name (lower case) → match; filled as names are seen. */
  readonly matchCache: Map<string, ParameterMatch>;
  /** Set names by bit index: the declared default set first, then in order of appearance. */
  readonly parameterSetNames: readonly string[];
  /** The declared default set's bit, or 0 when the cmdlet declares none (pwsh's DefaultParameterSetFlag). */
  readonly defaultParameterSetFlag: number;
  readonly defaultParameterSetName: string | undefined;
  /** All named sets' bits (`(1 << count) - 1`). */
  readonly allParameterSetFlags: number;
  readonly hasRemainingArgumentsParameter: boolean;
}

const compiled = new WeakMap<CommandMetadata, BinderMetadata>();

/** Returns the binder metadata of a command, computed once. */
export function getBinderMetadata(command: CommandMetadata): BinderMetadata {
  let metadata = compiled.get(command);
  if (metadata === undefined) {
    metadata = compileBinderMetadata(command);
    compiled.set(command, metadata);
  }
  return metadata;
}

const SUSPEND_REJECTING = new Set(['ErrorAction', 'WarningAction', 'InformationAction', 'ProgressAction']);

// pwsh: MergedCommandParameterMetadata.GenerateParameterSetMappingFromMetadata (default set first).
function compileBinderMetadata(command: CommandMetadata): BinderMetadata {
  const declaredDefault = command.declaration.defaultParameterSetName;
  const setNames: string[] = declaredDefault === undefined ? [] : [declaredDefault];
  for (const name of command.parameterSetNames) if (!setNames.includes(name)) setNames.push(name);
  const flagOf = (setName: string): number => (setName === AllParameterSets ? 0 : 1 << setNames.indexOf(setName));

  const parameters = command.parameters.map((parameter): CompiledParameter => {
    const setData: CompiledParameterSetData[] = [];
    let parameterSetFlags = 0;
    for (const [setName, settings] of parameter.parameterSets) {
      const flag = flagOf(setName);
      parameterSetFlags |= flag;
      setData.push({
        flag,
        isInAllSets: flag === 0,
        position: settings.position,
        isMandatory: settings.isMandatory,
        valueFromPipeline: settings.valueFromPipeline,
        valueFromPipelineByPropertyName: settings.valueFromPipelineByPropertyName,
        valueFromRemainingArguments: settings.valueFromRemainingArguments,
        helpMessage: settings.helpMessage,
      });
    }
    return {
      metadata: parameter,
      name: parameter.name,
      isDeclared: parameter.origin === 'Declared',
      isSwitch: parameter.isSwitch,
      parameterSetFlags,
      isInAllSets: setData.some((d) => d.isInAllSets),
      setData,
      isMandatoryInSomeParameterSet: setData.some((d) => d.isMandatory),
      isPipelineParameterInSomeParameterSet: setData.some((d) => d.valueFromPipeline || d.valueFromPipelineByPropertyName),
      shape: typeShape(parameter.type),
      validations: parameter.validation.map(compileValidation),
      rejectsSuspend: parameter.origin === 'Common' && SUSPEND_REJECTING.has(parameter.name),
    };
  });

  return {
    command,
    parameters,
    names: parameters.map((p) => [p.name.toLowerCase(), p] as const),
    aliases: parameters.flatMap((p) => p.metadata.aliases.map((a) => [a.toLowerCase(), p] as const)),
    matchCache: new Map(),
    parameterSetNames: setNames,
    defaultParameterSetFlag: declaredDefault === undefined ? 0 : 1,
    defaultParameterSetName: declaredDefault,
    allParameterSetFlags: setNames.length >= 32 ? AllSetsFlag : (1 << setNames.length) - 1,
    hasRemainingArgumentsParameter: parameters.some((p) => p.setData.some((d) => d.valueFromRemainingArguments)),
  };
}

/** The sets a parameter's data applies to, among `flags` (pwsh's GetMatchingParameterSetData). */
export function matchingSetData(parameter: CompiledParameter, flags: number): CompiledParameterSetData[] {
  const result: CompiledParameterSetData[] = [];
  for (const data of parameter.setData) if (data.isInAllSets || (data.flag & flags) !== 0) result.push(data);
  return result;
}

/** The most specific set data for `flag`, else the all-sets data (pwsh's GetParameterSetData). */
export function setDataFor(parameter: CompiledParameter, flag: number): CompiledParameterSetData | undefined {
  let result: CompiledParameterSetData | undefined;
  for (const data of parameter.setData) {
    if (data.isInAllSets) result = data;
    else if ((data.flag & flag) !== 0) return data;
  }
  return result;
}

/** True when the parameter takes pipeline input in one of `flags`' sets (pwsh's DoesParameterSetTakePipelineInput). */
export function takesPipelineInput(parameter: CompiledParameter, flags: number): boolean {
  if (!parameter.isPipelineParameterInSomeParameterSet) return false;
  for (const data of parameter.setData) {
    if ((data.isInAllSets || (data.flag & flags) !== 0) && (data.valueFromPipeline || data.valueFromPipelineByPropertyName)) return true;
  }
  return false;
}

/** How many sets `flags` leaves valid; all sets count as one (pwsh's ValidParameterSetCount). */
export function validParameterSetCount(flags: number): number {
  if (flags === AllSetsFlag) return 1;
  let count = 0;
  for (let bits = flags >>> 0; bits !== 0; bits >>>= 1) count += bits & 1;
  return count;
}

/**
 * The name of the set `flags` designates: the default set (or `__AllParameterSets`) for all or none; the set's
 * name for one bit; pwsh quirk kept: it only looks at the bit after the first one.
 */
// pwsh: MergedCommandParameterMetadata.GetParameterSetName.
export function parameterSetNameOf(metadata: BinderMetadata, flags: number): string {
  let result = metadata.defaultParameterSetName ?? AllParameterSets;
  if (flags !== AllSetsFlag && flags !== 0) {
    let index = 0;
    while (((flags >>> index) & 1) === 0) index++;
    if (((flags >>> (index + 1)) & 1) === 0) result = metadata.parameterSetNames[index] ?? '';
  }
  return result;
}
