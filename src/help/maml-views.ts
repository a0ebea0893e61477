/**
 * The custom-control views pwsh 7.5 defines for MAML command help (DefaultCommandHelp, VerboseCommandHelp,
 * FullCommandHelp, ExampleCommandHelp and the single-parameter view), as directive trees for ComplexWriter.
 * Each function mirrors one control of Help_format_ps1xml.cs; the comments name it.
 */
// pwsh: v7.5.4 src/System.Management.Automation/FormatAndOutput/DefaultFormatters/Help_format_ps1xml.cs.
import { frame, NewLine, type Directive } from './complex-writer.js';
import type { MamlCommand, MamlExample, MamlLink, MamlParameter, MamlText, MamlType } from './maml.js';
import { HelpDisplayStrings as S } from './strings/HelpDisplayStrings.js';

/** The views Get-Help selects with -Detailed, -Full and -Examples (pwsh's HelpView tokens). */
export type MamlHelpView = 'Default' | 'DetailedView' | 'FullView' | 'ExamplesView';

/**
 * MamlShortDescriptionControl / MamlDescriptionControl: each paragraph's text and a newline; an element with
 * no paragraph (pwsh holds an empty string) falls to the default entry, a single space.
 */
function paragraphs(text: MamlText): Directive[] {
  if (text === null) return [' '];
  return text.flatMap((t): Directive[] => [t, NewLine]);
}

/** MamlAlertControl: `Text` and a newline per item; a string item has no `Text`, so only the newline. */
function alerts(text: MamlText): Directive[] {
  return (text ?? ['']).flatMap((t): Directive[] => [t, NewLine]);
}

/** MamlTrueFalseShortControl. */
function trueFalse(value: string): string {
  const lower = value.toLowerCase();
  return lower === 'true' ? S.TrueShort : lower === 'false' ? S.FalseShort : '';
}

/** MamlParameterControl: one syntax token, always followed by a space. */
export function syntaxToken(p: MamlParameter): string {
  const optional = !p.required;
  const positional = p.position !== '' && !/named/i.test(p.position) && /^\s*[+-]?\d+\s*$/.test(p.position);
  const value =
    p.parameterValueGroup !== null ? ` {${p.parameterValueGroup.join(' | ')}}` : p.parameterValue !== null ? ` <${p.parameterValue.text}>` : '';
  if (optional && positional) return `[[-${p.name}]${value}] `;
  if (optional) return `[-${p.name}${value}] `;
  if (positional) return `[-${p.name}]${value} `;
  return `-${p.name}${value} `;
}

/** MamlParameterValueControl. */
function parameterValue(p: MamlParameter): string {
  if (p.parameterValue === null) return '';
  return p.parameterValue.required ? ` <${p.parameterValue.text}>` : ` [<${p.parameterValue.text}>]`;
}

/** MamlDetailsControl. */
function details(m: MamlCommand): Directive[] {
  return [S.Name, NewLine, frame(4, [m.name, NewLine, NewLine]), S.Synopsis, NewLine, frame(4, [...paragraphs(m.synopsis), NewLine, NewLine])];
}

/** MamlIndentedSyntaxControl with MamlSyntaxControl. */
function syntax(m: MamlCommand): Directive[] {
  const items = m.syntax.flatMap((item): Directive[] => [item.name, ' ', ...item.parameters.map(syntaxToken), `[${S.CommonParameters}]`, NewLine, NewLine]);
  return [S.Syntax, NewLine, frame(4, [...items, NewLine])];
}

/** MamlIndentedDescriptionControl. */
function description(m: MamlCommand): Directive[] {
  return [S.DetailedDescription, NewLine, frame(4, [...paragraphs(m.description), NewLine]), NewLine];
}

/** MamlRelatedLinksControl. */
function links(list: readonly MamlLink[]): Directive[] {
  return list.flatMap((l): Directive[] => [l.linkText, l.linkText.length !== 0 ? ' ' : '', l.uri, NewLine]);
}

/** MamlExampleControl inside ExamplesControl: platyPS writes no introduction and no results. */
function examples(list: readonly MamlExample[]): Directive[] {
  return list.flatMap((e): Directive[] => [e.title, NewLine, NewLine, e.code, NewLine, '', NewLine, ...paragraphs(e.remarks)]);
}

/** The REMARKS block of the default and detailed views, with RelatedLinksHelpInfoControl last. */
function remarks(m: MamlCommand): Directive[] {
  const online = m.relatedLinks.length > 0 ? [frame(4, [`    ${S.RelatedLinksHelpInfo}"Get-Help ${m.name} -Online"`])] : [];
  return [
    S.RemarksSection,
    NewLine,
    frame(4, [
      `${S.ExampleHelpInfo}"Get-Help ${m.name} -Examples"`,
      NewLine,
      `${S.VerboseHelpInfo}"Get-Help ${m.name} -Detailed"`,
      NewLine,
      `${S.FullHelpInfo}"Get-Help ${m.name} -Full"`,
      NewLine,
      ...online,
    ]),
  ];
}

/** The `<CommonParameters>` entry and BaseCmdletInformation, closing the PARAMETERS section. */
function commonParameters(): Directive[] {
  return [S.CommonParameters, NewLine, frame(4, [S.BaseCmdletInformation]), NewLine, NewLine];
}

/** MamlFullParameterControl: a parameter with its attribute table (Aliases since pwsh 7.5). */
export function fullParameter(p: MamlParameter): Directive[] {
  return [
    '-',
    p.name,
    parameterValue(p),
    NewLine,
    frame(4, [
      ...paragraphs(p.description),
      NewLine,
      S.ParameterRequired,
      trueFalse(String(p.required)),
      NewLine,
      S.ParameterPosition,
      p.position === '' ? S.NamedParameter : p.position,
      NewLine,
      S.ParameterDefaultValue,
      p.defaultValue,
      NewLine,
      S.AcceptsPipelineInput,
      p.pipelineInput,
      NewLine,
      S.ParameterAliases,
      p.aliases,
      NewLine,
      S.AcceptsWildCardCharacters,
      trueFalse(String(p.globbing)),
      NewLine,
      NewLine,
    ]),
  ];
}

/** VerboseCommandHelp's parameter entry (control10). */
function detailedParameter(p: MamlParameter): Directive[] {
  return ['-', p.name, parameterValue(p), NewLine, frame(4, [...paragraphs(p.description), NewLine])];
}

/** MamlTypeWithDescriptionControl. */
function typeWithDescription(t: MamlType): Directive[] {
  return [t.name, NewLine, frame(4, paragraphs(t.description)), NewLine];
}

/** Details, syntax, description and the PARAMETERS heading: how the detailed and full views begin. */
function parametersHead(m: MamlCommand): Directive[] {
  return [...details(m), ...syntax(m), ...description(m), S.Parameters, NewLine];
}

/** The directives of one MAML command help object in `view`. */
export function mamlCommandView(m: MamlCommand, view: MamlHelpView): Directive[] {
  switch (view) {
    case 'Default':
      return [...details(m), ...syntax(m), ...description(m), S.RelatedLinks, NewLine, frame(4, links(m.relatedLinks)), NewLine, ...remarks(m)];
    case 'DetailedView':
      return [
        ...parametersHead(m),
        frame(4, [...m.parameters.flatMap(detailedParameter), ...commonParameters()]),
        frame(4, examples(m.examples)),
        ...remarks(m),
      ];
    case 'FullView':
      return [
        ...parametersHead(m),
        frame(4, [...m.parameters.flatMap(fullParameter), ...commonParameters()]),
        S.InputType,
        NewLine,
        frame(4, [...m.inputTypes.flatMap(typeWithDescription), NewLine]),
        S.ReturnType,
        NewLine,
        frame(4, [...m.returnValues.flatMap(typeWithDescription), NewLine]),
        // platyPS always writes an alertSet, so NOTES is always there (control15, control16).
        S.Notes,
        NewLine,
        frame(4, ['', NewLine, NewLine, frame(4, alerts(m.alert)), NewLine]),
        frame(4, [...examples(m.examples), NewLine]),
        S.RelatedLinks,
        NewLine,
        frame(4, links(m.relatedLinks)),
      ];
    case 'ExamplesView':
      return [...details(m), frame(4, examples(m.examples))];
  }
}
