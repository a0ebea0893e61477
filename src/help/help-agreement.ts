/**
 * Compares a cmdlet's declaration with its help file, field by field: the parameters on each side, their
 * type, aliases, parameter sets and, per set, Required, Position and pipeline input; the CommonParameters
 * entry; and each SYNTAX block against what `Get-Command -Syntax` generates. The help-agreement test runs
 * it over every registered cmdlet that has a help file.
 */
import { AllParameterSets, type CommandMetadata, type ParameterMetadata, type ParameterSetMetadata } from '../engine/command-metadata.js';
import type { CommandHelpInfo, ParameterHelp, ParameterMetadataBlock } from './help-info.js';
import { isSwitchType } from './maml.js';
import { parameterSetSyntax, parameterSetText, type ParameterSetSyntax } from './syntax.js';

/** One disagreement between a declaration and its help file. */
export interface HelpDifference {
  readonly command: string;
  /** The parameter concerned, or `''` for the command itself. */
  readonly parameter: string;
  /** `Parameter`, `Type`, `Aliases`, `ParameterSets`, `Required`, `Position`, `PipelineInput`, `CommonParameters`, `Syntax`. */
  readonly field: string;
  /** What the help file says (`''` when it says nothing). */
  readonly help: string;
  /** What the declaration says. */
  readonly declared: string;
}

const AllSets = '(All)';
const lower = (s: string): string => s.toLowerCase();
const setName = (name: string): string => (name === AllParameterSets ? AllSets : name);

/** The parameters a help file documents: declared ones and WhatIf/Confirm, not the common ones. */
function documented(metadata: CommandMetadata): ParameterMetadata[] {
  return metadata.parameters.filter((p) => p.origin !== 'Common' && !p.dontShow);
}

function typeMatches(declared: ParameterMetadata, help: string | null): boolean {
  if (declared.isSwitch) return isSwitchType(help) || lower(help ?? '') === lower(declared.type.fullName);
  const names = [declared.type.name, declared.type.fullName, declared.type.syntaxName].map(lower);
  return help !== null && names.includes(lower(help));
}

/** `True (ByPropertyName, ByValue)` → the flags it names; `False` → none. */
function pipelineFlags(text: string): string {
  return [/ByValue/i.test(text) ? 'ByValue' : '', /ByPropertyName/i.test(text) ? 'ByPropertyName' : ''].filter((f) => f !== '').join(', ');
}

function declaredPipeline(settings: ParameterSetMetadata): string {
  return [settings.valueFromPipeline ? 'ByValue' : '', settings.valueFromPipelineByPropertyName ? 'ByPropertyName' : ''].filter((f) => f !== '').join(', ');
}

function helpPosition(block: ParameterMetadataBlock): string {
  return /^\s*\d+\s*$/.test(block.position) ? String(Number(block.position)) : 'Named';
}

/** The yaml block that describes a parameter in one set (the set's own block, else an `(All)` block). */
function blockFor(help: ParameterHelp, set: string): ParameterMetadataBlock | undefined {
  return (
    help.metadata.find((b) => b.parameterSets.some((s) => lower(s) === lower(set))) ?? help.metadata.find((b) => b.parameterSets.some((s) => s === AllSets))
  );
}

function compareParameter(command: string, declared: ParameterMetadata, help: ParameterHelp, out: HelpDifference[]): void {
  const add = (field: string, helpValue: string, declaredValue: string): void => {
    out.push({ command, parameter: declared.name, field, help: helpValue, declared: declaredValue });
  };
  const first = help.metadata[0];
  if (first === undefined) {
    add('Type', '', declared.type.name);
    return;
  }
  if (!typeMatches(declared, first.type)) add('Type', first.type ?? '', declared.isSwitch ? 'SwitchParameter' : declared.type.name);
  const helpAliases = [...new Set(help.metadata.flatMap((b) => b.aliases).filter((a) => a !== ''))].map(lower).sort();
  const declaredAliases = declared.aliases.map(lower).sort();
  if (helpAliases.join(', ') !== declaredAliases.join(', ')) add('Aliases', helpAliases.join(', '), declaredAliases.join(', '));
  const helpSets = [...new Set(help.metadata.flatMap((b) => b.parameterSets).map(lower))].sort();
  const declaredSets = [...declared.parameterSets.keys()].map((s) => lower(setName(s))).sort();
  if (helpSets.join(', ') !== declaredSets.join(', ')) {
    add('ParameterSets', helpSets.join(', '), declaredSets.join(', '));
    return;
  }
  for (const [set, settings] of declared.parameterSets) {
    const block = blockFor(help, setName(set));
    if (block === undefined) continue;
    const where = set === AllParameterSets ? '' : ` (${set})`;
    if (block.required !== settings.isMandatory) add(`Required${where}`, String(block.required), String(settings.isMandatory));
    const position = settings.position === undefined ? 'Named' : String(settings.position);
    if (helpPosition(block) !== position) add(`Position${where}`, block.position, position);
    const pipeline = declaredPipeline(settings);
    const helpPipeline = pipelineFlags(block.pipelineInput);
    if ([...helpPipeline.split(', ')].sort().join(', ') !== [...pipeline.split(', ')].sort().join(', ')) {
      add(`PipelineInput${where}`, block.pipelineInput, pipeline === '' ? 'False' : `True (${pipeline})`);
    }
  }
}

/** A syntax line with runs of white space collapsed, for comparing a wrapped SYNTAX block. */
const normalize = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** One parameter of a syntax line: `[[-Name] <T>]`, `[-Name <T>]`, `-Name <T>`, `[-Switch]`, `[<CommonParameters>]`... */
const SyntaxToken = /(?<!\S)(?:\[\[-[^\]\s]+\] <[^>]*>\]|\[-[^\]\s]+ <[^>]*>\]|\[-[^\]\s]+\] <[^>]*>|\[-[^\]\s]+\]|-[^\s<]+ <[^>]*>|-[^\s<\]]+|\[<CommonParameters>\])/gi;

function syntaxTokens(line: string): string[] {
  return (normalize(line).match(SyntaxToken) ?? []).map(lower);
}

/**
 * Whether a SYNTAX block lists the same parameters, brackets and types as `Get-Command -Syntax`. platyPS
 * orders a block's parameters its own way, so the order is not compared; a type may be written with its
 * accelerator (`<string>`) or its .NET short name (`<String>`).
 */
function sameSyntax(metadata: CommandMetadata, set: ParameterSetSyntax, code: string): boolean {
  const name = normalize(code).split(' ')[0] ?? '';
  const expected = syntaxTokens(parameterSetText(set));
  const dotNet = expected.map((token) =>
    token.replace(/<([^<>]+)>/, (match: string, typeName: string) => {
      const parameter = set.parameters.find((p) => lower(p.parameter.type.syntaxName) === typeName);
      return parameter === undefined ? match : lower(`<${parameter.parameter.type.name}>`);
    }),
  );
  const remaining = syntaxTokens(normalize(code).slice(name.length));
  if (lower(name) !== lower(metadata.name) || remaining.length !== expected.length) return false;
  return expected.every((token, i) => {
    const at = remaining.findIndex((t) => t === token || t === dotNet[i]);
    if (at < 0) return false;
    remaining.splice(at, 1);
    return true;
  });
}

function compareSyntax(metadata: CommandMetadata, help: CommandHelpInfo, out: HelpDifference[]): void {
  const sets = parameterSetSyntax(metadata);
  const add = (parameterSet: string, helpValue: string, declaredValue: string): void => {
    out.push({ command: metadata.name, parameter: '', field: parameterSet === '' ? 'Syntax' : `Syntax (${parameterSet})`, help: helpValue, declared: declaredValue });
  };
  const named = sets.length > 1 || sets[0]?.name !== AllParameterSets;
  for (const set of sets) {
    const entry = named ? help.syntax.find((s) => lower(s.parameterSetName) === lower(set.name)) : help.syntax.length === 1 ? help.syntax[0] : undefined;
    const expected = `${metadata.name} ${parameterSetText(set)}`;
    if (entry === undefined) {
      add(named ? set.name : '', '', expected);
      continue;
    }
    if (!sameSyntax(metadata, set, entry.code)) add(named ? set.name : '', normalize(entry.code), expected);
    if (named && sets.length > 1 && entry.isDefault !== set.isDefault) add(set.name, entry.isDefault ? '(Default)' : '', set.isDefault ? '(Default)' : '');
  }
  for (const entry of help.syntax) {
    if (named && !sets.some((s) => lower(s.name) === lower(entry.parameterSetName))) add(entry.parameterSetName, normalize(entry.code), '');
  }
}

/** Every disagreement between a cmdlet's metadata and its help file. */
export function compareHelpWithDeclaration(metadata: CommandMetadata, help: CommandHelpInfo): HelpDifference[] {
  const out: HelpDifference[] = [];
  const command = metadata.name;
  const declared = documented(metadata);
  for (const parameter of declared) {
    const entry = help.parameters.find((p) => lower(p.name) === lower(parameter.name));
    if (entry === undefined) out.push({ command, parameter: parameter.name, field: 'Parameter', help: '', declared: parameter.name });
    else compareParameter(command, parameter, entry, out);
  }
  for (const entry of help.parameters) {
    if (!declared.some((p) => lower(p.name) === lower(entry.name))) out.push({ command, parameter: entry.name, field: 'Parameter', help: entry.name, declared: '' });
  }
  if (!help.supportsCommonParameters) out.push({ command, parameter: '', field: 'CommonParameters', help: '', declared: 'CommonParameters' });
  compareSyntax(metadata, help, out);
  return out;
}
