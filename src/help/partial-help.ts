/**
 * The help pwsh shows for a cmdlet that has no help file ("partial help", type ExtendedCmdletHelpInfo):
 * generated from the declaration, with pwsh's REMARKS pointing at Update-Help.
 */
// pwsh: v7.5.4 src/System.Management.Automation/help/DefaultCommandHelpObjectBuilder.cs and
// FormatAndOutput/DefaultFormatters/HelpV3_format_ps1xml.cs (ReducedDefaultCommandHelp, ReducedVerboseCommandHelp,
// ReducedFullCommandHelp, ReducedExamplesCommandHelp, ReducedCommandHelpParameterView).
import type { CommandMetadata, ParameterMetadata, ParameterSetMetadata } from '../engine/command-metadata.js';
import type { ValidationAttribute } from '../engine/parameter-declaration.js';
import { frame, NewLine, type Directive } from './complex-writer.js';
import type { MamlParameter, MamlSyntaxItem } from './maml.js';
import type { MamlHelpView } from './maml-views.js';
import { syntaxToken } from './maml-views.js';
import { HelpDisplayStrings as S } from './strings/HelpDisplayStrings.js';
import { commandSyntax, parameterSetSyntax } from './syntax.js';
import { format } from '../engine/strings/format.js';
import { AllParameterSets } from '../engine/command-metadata.js';
import { CommonParameters } from '../engine/common-parameters.js';

/** A parameter in the PARAMETERS section of partial help (AddParameterProperties). */
export interface PartialParameter {
  readonly name: string;
  /** The type, or `null` for switches (pwsh shows no value for them). */
  readonly parameterValue: string | null;
  readonly required: string;
  readonly position: string;
  readonly pipelineInput: string;
  readonly parameterSetName: string;
  readonly aliases: string;
  readonly isDynamic: string;
  readonly globbing: string;
  /** The HelpMessage with a trailing newline, or `null`. */
  readonly description: string | null;
}

/** Partial help: everything pwsh generates from the declaration. */
export interface PartialHelpInfo {
  readonly name: string;
  readonly moduleName: string;
  /** pwsh's Synopsis of partial help is the command's syntax text. */
  readonly synopsis: string;
  readonly commonParameters: boolean;
  readonly syntax: readonly MamlSyntaxItem[];
  readonly parameters: readonly PartialParameter[];
  readonly inputTypes: string;
  readonly returnValues: string;
  readonly aliases: string;
  readonly remarks: string;
  readonly helpUri: string | null;
}

const commonNames = new Set(Object.keys(CommonParameters).map((n) => n.toLowerCase()));

function validValues(parameter: ParameterMetadata): readonly string[] | null {
  const sets = parameter.validation.filter((v): v is Extract<ValidationAttribute, { kind: 'ValidateSet' }> => v.kind === 'ValidateSet');
  if (sets.length > 0) return sets.flatMap((s) => s.validValues);
  const enumType = parameter.type.enumType ?? parameter.type.elementType?.enumType;
  return enumType === undefined ? null : enumType.members.map(([name]) => name);
}

function pipelineInput(settings: ParameterSetMetadata): string {
  const values = [
    ...(settings.valueFromPipeline ? [S.PipelineByValue] : []),
    ...(settings.valueFromPipelineByPropertyName ? [S.PipelineByPropertyName] : []),
    ...(settings.valueFromRemainingArguments ? [S.PipelineFromRemainingArguments] : []),
  ];
  return values.length === 0 ? S.FalseShort : `${S.TrueShort} (${values.join(', ')})`;
}

function partialParameter(parameter: ParameterMetadata): PartialParameter {
  const [firstSet, settings] = [...parameter.parameterSets.entries()][0] ?? [AllParameterSets, undefined];
  const sets = [...parameter.parameterSets.keys()];
  return {
    name: parameter.name,
    parameterValue: parameter.isSwitch ? null : parameter.type.syntaxName,
    required: settings?.isMandatory === true ? 'true' : 'false',
    position: settings?.position === undefined ? S.NamedParameter : String(settings.position),
    pipelineInput: settings === undefined ? S.FalseShort : pipelineInput(settings),
    parameterSetName: firstSet === AllParameterSets ? S.AllParameterSetsName : sets.join(', '),
    aliases: parameter.aliases.length === 0 ? S.None : parameter.aliases.join(', '),
    isDynamic: 'false',
    globbing: 'false',
    description: settings?.helpMessage === undefined ? null : `${settings.helpMessage}\n`,
  };
}

/**
 * Builds partial help from a cmdlet's metadata; `aliases` are the session's aliases of the command, `name` its
 * name in the session when that is not `Verb-Noun` (`help`).
 */
export function partialHelp(metadata: CommandMetadata, moduleName: string, aliases: readonly string[], name = metadata.name): PartialHelpInfo {
  const sets = parameterSetSyntax(metadata);
  const common = sets.every((s) => s.allCommonParameters);
  const syntax = sets.map(
    (set): MamlSyntaxItem => ({
      name,
      parameters: set.parameters
        .filter((p) => !(common && commonNames.has(p.parameter.name.toLowerCase())))
        .map(({ parameter, settings }): MamlParameter => ({
          name: parameter.name,
          required: settings.isMandatory,
          globbing: false,
          pipelineInput: pipelineInput(settings),
          position: settings.position === undefined ? S.NamedParameter : String(settings.position),
          aliases: parameter.aliases.join(', '),
          description: null,
          parameterValue: parameter.isSwitch ? null : { text: parameter.type.syntaxName, required: true },
          parameterValueGroup: validValues(parameter),
          defaultValue: '',
        })),
    }),
  );
  const inputs = [
    ...new Set(
      metadata.parameters
        .filter((p) => [...p.parameterSets.values()].some((s) => s.valueFromPipeline || s.valueFromPipelineByPropertyName))
        .map((p) => p.type.fullName),
    ),
  ];
  const outputs = metadata.declaration.outputType ?? [];
  const helpUri = metadata.declaration.helpUri ?? null;
  return {
    name,
    moduleName,
    synopsis: commandSyntax(metadata, name),
    commonParameters: common,
    syntax,
    parameters: metadata.parameters
      .filter((p) => !(common && commonNames.has(p.name.toLowerCase())))
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
      .map(partialParameter),
    inputTypes: (inputs.length === 0 ? [S.None] : inputs).map((t) => `${t}\n`).join(''),
    returnValues: outputs.length === 0 ? 'System.Object' : outputs.map((t) => `${t}\n`).join(''),
    aliases: (aliases.length === 0 ? [S.None] : aliases).map((a) => `${a}\n`).join(''),
    // pcsh treats its modules like pwsh's core module, which always has updatable help.
    remarks: helpUri === null ? S.GetLatestHelpContentWithoutHelpUri : format(S.GetLatestHelpContent, name, helpUri),
    helpUri,
  };
}

function syntaxItems(help: PartialHelpInfo): Directive[] {
  return help.syntax.flatMap((item): Directive[] => [
    item.name,
    ' ',
    ...item.parameters.map(syntaxToken),
    help.commonParameters ? `[${S.CommonParameters}]` : '',
    NewLine,
    NewLine,
  ]);
}

/** V3's MamlParameterValueControl for a required value: ` <type>`. */
const value = (p: PartialParameter): string => (p.parameterValue === null ? '' : ` <${p.parameterValue}>`);

/** ReducedFullCommandHelp's parameter entry (control24; control37 without the outer frame). */
export function partialParameterEntry(p: PartialParameter): Directive[] {
  return [
    '-',
    p.name,
    value(p),
    NewLine,
    frame(4, [
      p.description ?? '',
      NewLine,
      S.ParameterRequired,
      p.required.toLowerCase() === 'true' ? S.TrueShort : p.required.toLowerCase() === 'false' ? S.FalseShort : '',
      NewLine,
      S.ParameterPosition,
      p.position === '' ? S.NamedParameter : p.position,
      NewLine,
      S.AcceptsPipelineInput,
      p.pipelineInput,
      NewLine,
      S.ParameterSetName,
      p.parameterSetName,
      NewLine,
      S.ParameterAliases,
      p.aliases,
      NewLine,
      S.ParameterIsDynamic,
      p.isDynamic,
      NewLine,
      S.AcceptsWildCardCharacters,
      p.globbing,
      NewLine,
      NewLine,
    ]),
  ];
}

function parametersSection(help: PartialHelpInfo, entry: (p: PartialParameter) => Directive[]): Directive[] {
  const tail: Directive[] = help.commonParameters
    ? [S.CommonParameters, NewLine, frame(4, [S.BaseCmdletInformation]), NewLine, NewLine]
    : help.parameters.length === 0
      ? [S.None, NewLine, NewLine]
      : [];
  return [...help.parameters.flatMap(entry), ...tail];
}

const aliasesAndRemarks = (help: PartialHelpInfo): Directive[] => [
  S.AliasesSection,
  NewLine,
  frame(4, [help.aliases, NewLine]),
  NewLine,
  S.RemarksSection,
  NewLine,
  frame(4, [help.remarks, NewLine]),
];

const nameBlock = (help: PartialHelpInfo): Directive[] => [S.Name, NewLine, frame(4, [help.name, NewLine, NewLine])];

/** NAME, SYNTAX and the PARAMETERS heading: how the reduced detailed and full views begin. */
const parametersHead = (help: PartialHelpInfo): Directive[] => [...nameBlock(help), S.Syntax, NewLine, frame(4, [...syntaxItems(help), NewLine]), S.Parameters, NewLine];

/** The directives of partial help in `view`. */
export function partialHelpView(help: PartialHelpInfo, view: MamlHelpView): Directive[] {
  switch (view) {
    case 'Default':
      return [...nameBlock(help), S.Syntax, NewLine, frame(4, syntaxItems(help)), NewLine, ...aliasesAndRemarks(help)];
    case 'DetailedView':
      return [
        ...parametersHead(help),
        frame(4, parametersSection(help, (p) => ['-', p.name, value(p), NewLine, NewLine])),
        NewLine,
        ...aliasesAndRemarks(help),
      ];
    case 'FullView':
      return [
        ...parametersHead(help),
        frame(4, [...parametersSection(help, partialParameterEntry), NewLine]),
        S.InputType,
        NewLine,
        frame(4, [help.inputTypes, NewLine, NewLine]),
        S.ReturnType,
        NewLine,
        frame(4, [help.returnValues, NewLine, NewLine]),
        ...aliasesAndRemarks(help),
      ];
    case 'ExamplesView':
      return [S.Name, NewLine, frame(4, [help.name, NewLine]), NewLine, ...aliasesAndRemarks(help)];
  }
}
