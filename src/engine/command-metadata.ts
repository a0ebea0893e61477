/**
 * The compiled form of a cmdlet's declarations (pwsh's CommandMetadata / MergedCommandParameterMetadata):
 * declared parameters first, then the common parameters, then WhatIf/Confirm, each with per-set settings.
 * Computed once per class. Readers: the binder, Get-Command -Syntax, completion, and the help-agreement test.
 */
import type { CmdletClass, CmdletDeclaration, ConfirmImpact } from './cmdlet.js';
import { CommonParameters, ShouldProcessParameters } from './common-parameters.js';
import type { ParameterDeclaration, ParameterDeclarations, ParameterSetDeclaration, ValidationAttribute } from './parameter-declaration.js';
import type { PSTypeInfo } from './type-info.js';

/** pwsh's name for "every parameter set". */
export const AllParameterSets = '__AllParameterSets';

/** How a parameter behaves in one parameter set (pwsh's ParameterSetSpecificMetadata). */
export interface ParameterSetMetadata {
  readonly isMandatory: boolean;
  /** `undefined` when the parameter is named-only in this set. */
  readonly position: number | undefined;
  readonly valueFromPipeline: boolean;
  readonly valueFromPipelineByPropertyName: boolean;
  readonly valueFromRemainingArguments: boolean;
  readonly helpMessage: string | undefined;
}

/** One parameter as the binder sees it (pwsh's CompiledCommandParameter). */
export interface ParameterMetadata {
  readonly name: string;
  readonly type: PSTypeInfo;
  readonly aliases: readonly string[];
  readonly isSwitch: boolean;
  /** Where it came from; decides prefix-tie breaking (declared parameters win over common ones). */
  readonly origin: 'Declared' | 'Common' | 'ShouldProcess';
  /** Set name → settings; the key {@link AllParameterSets} means the parameter is in every set. */
  readonly parameterSets: ReadonlyMap<string, ParameterSetMetadata>;
  readonly validation: readonly ValidationAttribute[];
  readonly allowNull: boolean;
  readonly allowEmptyString: boolean;
  readonly allowEmptyCollection: boolean;
  readonly dontShow: boolean;
}

/** A cmdlet's merged, validated metadata. */
export interface CommandMetadata {
  /** `Verb-Noun`. */
  readonly name: string;
  readonly declaration: CmdletDeclaration;
  readonly confirmImpact: ConfirmImpact;
  /** Declared, then common, then ShouldProcess parameters: pwsh's merge order. */
  readonly parameters: readonly ParameterMetadata[];
  /** The named sets in declaration order; empty when every parameter is in all sets. */
  readonly parameterSetNames: readonly string[];
  /** The default set, or {@link AllParameterSets} when the cmdlet has no named sets. */
  readonly defaultParameterSetName: string;
  /** Case-insensitive lookup of a parameter by its exact name. */
  readonly byName: ReadonlyMap<string, ParameterMetadata>;
}

/** A declaration that cannot be compiled: a bug in a cmdlet class, never a user error. */
export class MetadataError extends Error {}

const compiled = new WeakMap<CmdletClass, CommandMetadata>();

/** Returns the merged metadata of a cmdlet class, computed once per class. */
export function getCommandMetadata(type: CmdletClass): CommandMetadata {
  let metadata = compiled.get(type);
  if (metadata === undefined) {
    metadata = compileCommandMetadata(type.cmdlet, type.parameters);
    compiled.set(type, metadata);
  }
  return metadata;
}

function setMetadata(settings: ParameterSetDeclaration): ParameterSetMetadata {
  return {
    isMandatory: settings.mandatory ?? false,
    position: settings.position,
    valueFromPipeline: settings.valueFromPipeline ?? false,
    valueFromPipelineByPropertyName: settings.valueFromPipelineByPropertyName ?? false,
    valueFromRemainingArguments: settings.valueFromRemainingArguments ?? false,
    helpMessage: settings.helpMessage,
  };
}

function compileParameter(name: string, declaration: ParameterDeclaration, origin: ParameterMetadata['origin']): ParameterMetadata {
  const sets = new Map<string, ParameterSetMetadata>();
  if (declaration.parameterSets === undefined) {
    sets.set(AllParameterSets, setMetadata(declaration));
  } else {
    for (const [setName, settings] of Object.entries(declaration.parameterSets)) {
      // Top-level settings are the defaults of every set the parameter names.
      sets.set(setName, setMetadata({ ...stripSets(declaration), ...settings }));
    }
  }
  return {
    name,
    type: declaration.type,
    aliases: declaration.aliases ?? [],
    isSwitch: declaration.type.fullName === 'System.Management.Automation.SwitchParameter',
    origin,
    parameterSets: sets,
    validation: declaration.validate ?? [],
    allowNull: declaration.allowNull ?? false,
    allowEmptyString: declaration.allowEmptyString ?? false,
    allowEmptyCollection: declaration.allowEmptyCollection ?? false,
    dontShow: declaration.dontShow ?? false,
  };
}

function stripSets(declaration: ParameterDeclaration): ParameterSetDeclaration {
  const { mandatory, position, valueFromPipeline, valueFromPipelineByPropertyName, valueFromRemainingArguments, helpMessage } = declaration;
  return Object.fromEntries(
    Object.entries({ mandatory, position, valueFromPipeline, valueFromPipelineByPropertyName, valueFromRemainingArguments, helpMessage }).filter(
      ([, v]) => v !== undefined,
    ),
  ) as ParameterSetDeclaration;
}

/** How to compile: a simple function or script (no `[CmdletBinding()]`) has no common parameters. */
export interface CompileOptions {
  /** Default true: merge in the common parameters (and WhatIf/Confirm when supportsShouldProcess). */
  readonly commonParameters?: boolean;
}

/** Compiles declarations into metadata; throws MetadataError for a declaration pwsh would reject. */
export function compileCommandMetadata(declaration: CmdletDeclaration, parameters: ParameterDeclarations, options: CompileOptions = {}): CommandMetadata {
  const name = declaration.name ?? `${declaration.verb}-${declaration.noun}`;
  const all: ParameterMetadata[] = [];
  for (const [parameterName, parameter] of Object.entries(parameters)) all.push(compileParameter(parameterName, parameter, 'Declared'));
  const common = options.commonParameters ?? true;
  if (common) {
    for (const [parameterName, parameter] of Object.entries(CommonParameters)) all.push(compileParameter(parameterName, parameter, 'Common'));
  }
  if (common && declaration.supportsShouldProcess === true) {
    for (const [parameterName, parameter] of Object.entries(ShouldProcessParameters)) all.push(compileParameter(parameterName, parameter, 'ShouldProcess'));
  }

  const byName = new Map<string, ParameterMetadata>();
  const seen = new Set<string>();
  for (const parameter of all) {
    for (const key of [parameter.name, ...parameter.aliases].map((n) => n.toLowerCase())) {
      if (seen.has(key)) throw new MetadataError(`${name}: the parameter name or alias '${key}' is declared more than once.`);
      seen.add(key);
    }
    byName.set(parameter.name.toLowerCase(), parameter);
  }

  const parameterSetNames: string[] = [];
  for (const parameter of all) {
    for (const setName of parameter.parameterSets.keys()) {
      if (setName !== AllParameterSets && !parameterSetNames.includes(setName)) parameterSetNames.push(setName);
    }
  }
  const defaultParameterSetName = declaration.defaultParameterSetName ?? parameterSetNames[0] ?? AllParameterSets;
  // pwsh allows a default set that only the all-sets parameters belong to (ConvertTo-SecureString's 'Secure').
  if (declaration.defaultParameterSetName !== undefined && !parameterSetNames.includes(declaration.defaultParameterSetName)) {
    parameterSetNames.unshift(declaration.defaultParameterSetName);
  }

  return {
    name,
    declaration,
    confirmImpact: declaration.confirmImpact ?? 'Medium',
    parameters: all,
    parameterSetNames,
    defaultParameterSetName,
    byName,
  };
}
