/**
 * A cmdlet's syntax generated from its declaration, as pwsh's `Get-Command -Syntax` prints it (CmdletInfo's
 * Definition) and as the partial help of a cmdlet without a help file lists it: one line per parameter set,
 * positional parameters first, then mandatory named ones, then the rest, and `[<CommonParameters>]` when
 * the command has all of them.
 */
// pwsh: v7.5.4 src/System.Management.Automation/engine/ParameterSetInfo.cs (GenerateParametersInDisplayOrder,
// AppendFormatCommandParameterInfo), engine/CmdletInfo.cs (Definition), engine/CommandInfo.cs
// (GetParameterMetadata), engine/MergedCommandParameterMetadata.cs (default set first).
import { AllParameterSets, type CommandMetadata, type ParameterMetadata, type ParameterSetMetadata } from '../engine/command-metadata.js';
import { CommonParameters } from '../engine/common-parameters.js';
import { HelpDisplayStrings } from './strings/HelpDisplayStrings.js';

/** pwsh's `Cmdlet.CommonParameters`: WhatIf and Confirm are not among them. */
const commonNames = new Set(Object.keys(CommonParameters).map((n) => n.toLowerCase()));

/** One parameter as it appears in one parameter set. */
export interface SetParameter {
  readonly parameter: ParameterMetadata;
  readonly settings: ParameterSetMetadata;
}

/** A parameter set with its parameters in display order. */
export interface ParameterSetSyntax {
  readonly name: string;
  readonly isDefault: boolean;
  /** Display order; common parameters are left out when `allCommonParameters` is true. */
  readonly parameters: readonly SetParameter[];
  /** Every common parameter is in the set, so the syntax ends with `[<CommonParameters>]`. */
  readonly allCommonParameters: boolean;
}

/** The parameter sets in pwsh's order: the default set first, then sets as parameters first name them. */
function setNames(metadata: CommandMetadata): string[] {
  const names: string[] = [];
  const declaredDefault = metadata.declaration.defaultParameterSetName;
  if (declaredDefault !== undefined) names.push(declaredDefault);
  for (const parameter of metadata.parameters) {
    for (const set of parameter.parameterSets.keys()) {
      if (set !== AllParameterSets && !names.some((n) => n.toLowerCase() === set.toLowerCase())) names.push(set);
    }
  }
  return names;
}

function settingsIn(parameter: ParameterMetadata, set: string): ParameterSetMetadata | undefined {
  return parameter.parameterSets.get(set) ?? parameter.parameterSets.get(AllParameterSets);
}

/** The parameter sets of a command with their parameters in display order. */
export function parameterSetSyntax(metadata: CommandMetadata): ParameterSetSyntax[] {
  const names = setNames(metadata);
  const sets = names.length === 0 ? [AllParameterSets] : names;
  return sets.map((set) => {
    const members = metadata.parameters
      .filter((p) => !p.dontShow)
      .flatMap((parameter) => {
        const settings = settingsIn(parameter, set);
        return settings === undefined ? [] : [{ parameter, settings }];
      });
    const positional: SetParameter[] = [];
    const namedMandatory: SetParameter[] = [];
    const named: SetParameter[] = [];
    const common: SetParameter[] = [];
    for (const member of members) {
      if (member.settings.position !== undefined) positional[member.settings.position] = member;
      else if (member.settings.isMandatory) namedMandatory.push(member);
      else if (commonNames.has(member.parameter.name.toLowerCase())) common.push(member);
      else named.push(member);
    }
    const allCommonParameters = common.length === commonNames.size;
    return {
      name: set,
      isDefault: names.length > 0 && set === metadata.defaultParameterSetName,
      parameters: [...positional.filter((p) => p !== undefined), ...namedMandatory, ...named, ...(allCommonParameters ? [] : common)],
      allCommonParameters,
    };
  });
}

/** AppendFormatCommandParameterInfo: one parameter of a syntax line. */
function syntaxParameter({ parameter, settings }: SetParameter): string {
  const name = parameter.name;
  if (parameter.isSwitch) return settings.isMandatory ? `-${name}` : `[-${name}]`;
  const type = parameter.type.syntaxName;
  const positional = settings.position !== undefined;
  if (settings.isMandatory) return positional ? `[-${name}] <${type}>` : `-${name} <${type}>`;
  return positional ? `[[-${name}] <${type}>]` : `[-${name} <${type}>]`;
}

/** CommandParameterSetInfo.ToString(): the parameters of one set, space-separated. */
export function parameterSetText(set: ParameterSetSyntax): string {
  const parts = set.parameters.map(syntaxParameter);
  if (set.allCommonParameters) parts.push(`[${HelpDisplayStrings.CommonParameters}]`);
  return parts.join(' ');
}

/**
 * CmdletInfo.Definition, what `Get-Command -Syntax` writes: for each set, a newline, then
 * `Verb-Noun <parameters>` and a newline. `name` is the command's name when it is not `Verb-Noun` (`help`).
 */
export function commandSyntax(metadata: CommandMetadata, name = metadata.name): string {
  return parameterSetSyntax(metadata)
    .map((set) => `\n${name} ${parameterSetText(set)}\n`)
    .join('');
}
