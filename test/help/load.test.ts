/**
 * The platyPS markdown loader: the model it builds from the seed, platyPS's text rules (MarkdownParser.cs,
 * ModelTransformerBase.cs), and malformed files, which give an error naming the file, the line and what was
 * expected, in platyPS's words where it has them (ModelTransformerVersion2.cs).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isHelpTopic } from '../../src/help/help-info.js';
import { loadHelpMarkdown } from '../../src/help/load.js';
import { textFromSpans, textSpan, unwindMarkdownText } from '../../src/help/markdown-text.js';

const seed = readFileSync(new URL('../../help/New-PartnerCustomerCart.md', import.meta.url), 'utf8');

function command(text: string) {
  const result = loadHelpMarkdown(text, 'X.md');
  if (!result.ok) throw result.error;
  if (result.topic.kind !== 'Command') throw new Error('not a command topic');
  return result.topic;
}

/** A minimal valid command file with `sections` after SYNOPSIS. */
const file = (sections: string): string => `---\nschema: 2.0.0\n---\n\n# Get-X\n\n## SYNOPSIS\nGets x.\n\n${sections}`;

describe('the seed', () => {
  it('reads every section', () => {
    const help = command(seed);
    expect(isHelpTopic(help)).toBe(true);
    expect({
      name: help.name,
      moduleName: help.moduleName,
      onlineVersion: help.onlineVersion,
      synopsis: help.synopsis,
      syntax: help.syntax.map((s) => [s.parameterSetName, s.isDefault, s.line]),
      description: help.description,
      examples: help.examples.map((e) => [e.title, e.introduction, e.code.map((c) => c.language), e.remarks]),
      parameters: help.parameters.map((p) => [p.name, p.description, p.metadata[0]?.type, p.metadata[0]?.required, p.metadata[0]?.position, p.metadata[0]?.aliases]),
      common: help.supportsCommonParameters,
      inputs: help.inputs,
      outputs: help.outputs.map((o) => o.typeName),
      notes: help.notes,
      links: help.relatedLinks,
    }).toEqual({
      name: 'New-PartnerCustomerCart',
      moduleName: 'PartnerCenter',
      onlineVersion: null, // `online version:` is blank
      synopsis: ['Creates an order for a customer.'],
      syntax: [['(All)', true, 15]],
      description: ['Creates an order for a customer.'],
      examples: [['Example 1', [''], ['powershell'], ['Creates an order for a customer.']]],
      parameters: [
        ['CustomerId', ['The identifier for the customer.'], 'String', true, 'Named', []],
        ['LineItems', ['A list of cart line items.'], 'CartLineItem[]', true, 'Named', []],
        ['Confirm', ['Prompts you for confirmation before running the cmdlet.'], 'SwitchParameter', false, 'Named', ['cf']],
        // A single line break becomes a space.
        ['WhatIf', ['Shows what would happen if the cmdlet runs. The cmdlet is not run.'], 'SwitchParameter', false, 'Named', ['wi']],
      ],
      common: true,
      inputs: [{ typeName: 'None', description: [''] }],
      outputs: ['Microsoft.Store.PartnerCenter.PowerShell.Models.Carts.PSCart'],
      notes: [''],
      links: [],
    });
  });
});

describe("platyPS's text rules", () => {
  it.each([
    ['one line break is a space', 'a\r\nb', 'a b'],
    ['a blank line starts a paragraph', 'a\r\n\r\nb', 'a\r\nb'],
    ['list lines keep their breaks', 'Intro:\r\n\r\n- one\r\n- two\r\nafter', 'Intro:\r\n- one\r\n- two\r\nafter'],
    ['escapes are removed', 'a\\_b \\*c\\* \\[d\\] \\<e\\> \\`f\\` g\\\\h', 'a_b *c* [d] <e> `f` g\\h'],
    ['leading and trailing space is trimmed', '  a  \r\n', 'a'],
  ])('%s', (_title, input, expected) => {
    expect(unwindMarkdownText(input)).toBe(expected);
  });

  it.each([
    // GetTextFromParagraphSpans: a space before and after bold/italic/link spans, " (uri)" after a link's
    // text and none after that (a platyPS quirk pwsh users see).
    ['bold', [textSpan('a'), textSpan('b', 'Bold'), textSpan('c')], 'a b c'],
    ['link', [textSpan('see'), { kind: 'Hyperlink', text: 'docs', uri: 'https://x' } as const, textSpan('now')], 'see docs (https://x)now'],
    ['link without uri', [{ kind: 'Hyperlink', text: 'docs', uri: '' } as const, textSpan('now')], 'docs now'],
    ['hard break', [textSpan('a'), { kind: 'HardBreak' } as const, textSpan('b')], 'a\nb'],
  ] as const)('%s', (_title, spans, expected) => {
    expect(textFromSpans(spans)).toBe(expected);
  });

  it('joins a parameter description and its non-yaml code blocks with a blank paragraph (ParagraphOrCodeBlockNodeRule)', () => {
    const help = command(file('## PARAMETERS\n\n### -A\nText.\n\n```\ncode\n```\n\n```yaml\nType: String\n```\n'));
    expect(help.parameters[0]?.description).toEqual(['Text.', '', 'code']);
  });

  it('reads per-set yaml blocks, Accepted values and the defaults of absent keys', () => {
    const help = command(file('## PARAMETERS\n\n### -A\n\n```yaml\nType: String\nParameter Sets: One, Two\nAccepted values: x, y\n```\n\n```yaml\nType: String\nParameter Sets: Three\nRequired: true\nPosition: 0\n```\n'));
    expect(help.parameters[0]?.metadata.map((m) => [m.parameterSets, m.acceptedValues, m.required, m.position, m.pipelineInput, m.defaultValue])).toEqual([
      [['One', 'Two'], ['x', 'y'], false, 'named', 'false', null],
      [['Three'], [], true, '0', 'false', null],
    ]);
  });

  it('reads SYNTAX headings with the (Default) marker and RELATED LINKS', () => {
    const help = command(file('## SYNTAX\n\n### A (Default)\n```\nGet-X -A\n```\n\n### B\n```\nGet-X -B\n```\n\n## RELATED LINKS\n\n[One](https://one.example)\n\n[Two](Two.md)\n'));
    expect(help.syntax.map((s) => [s.parameterSetName, s.isDefault, s.code])).toEqual([
      ['A', true, 'Get-X -A'],
      ['B', false, 'Get-X -B'],
    ]);
    expect(help.relatedLinks).toEqual([
      { text: 'One', uri: 'https://one.example' },
      { text: 'Two', uri: 'Two.md' },
    ]);
  });
});

describe('malformed files', () => {
  it.each([
    ['an unknown section', file('## REMARKS\nx\n'), 'X.md, line 10: Unexpected header name REMARKS; expected one of ## SYNOPSIS, ## SYNTAX, ## DESCRIPTION, ## EXAMPLES, ## PARAMETERS, ## INPUTS, ## OUTPUTS, ## NOTES, ## RELATED LINKS'],
    [
      'an unknown yaml key',
      file('## PARAMETERS\n\n### -A\n\n```yaml\nType: String\nMandatory: true\n```\n'),
      'X.md, line 16: Invalid yaml: unknown key Mandatory; expected one of Type, Parameter Sets, Aliases, Accepted values, Required, Position, Default value, Accept pipeline input, Accept wildcard characters, Applicable',
    ],
    [
      'a yaml line without a colon',
      file('## PARAMETERS\n\n### -A\n\n```yaml\nType String\n```\n'),
      'X.md, line 15: Invalid yaml: expected simple key-value pairs; expected "Key: value" lines with one of the keys Type, Parameter Sets, Aliases, Accepted values, Required, Position, Default value, Accept pipeline input, Accept wildcard characters, Applicable',
    ],
    ['a level-3 heading where a section is expected', '# Get-X\n\n### -A\n', 'X.md, line 3: Expect Heading level 2; expected a section heading: ## SYNOPSIS, ## SYNTAX, ## DESCRIPTION, ## EXAMPLES, ## PARAMETERS, ## INPUTS, ## OUTPUTS, ## NOTES, ## RELATED LINKS'],
    ['text between the name and the first section', '# Get-X\n\nStray text.\n\n## SYNOPSIS\nx\n', 'X.md, line 3: Expect Heading; expected a section heading: ## SYNOPSIS, ## SYNTAX, ## DESCRIPTION, ## EXAMPLES, ## PARAMETERS, ## INPUTS, ## OUTPUTS, ## NOTES, ## RELATED LINKS'],
    ['plain text in RELATED LINKS', file('## RELATED LINKS\n\nGet-Y\n'), 'X.md, line 12: Expect hyperlink, but got Get-Y; expected one "[text](uri)" link per line'],
    ['two code blocks after a remark', file('## EXAMPLES\n\n### E\n```\na\n```\nremark\n```\nb\n```\n'), 'X.md, line 17: Expect Heading; expected a "### Example title" heading (one introduction, code blocks and one remarks paragraph per example)'],
    ['no command heading', '## SYNOPSIS\nx\n', "X.md, line 1: Booo, I don't know what is the heading level 2; expected the command name as a \"# Verb-Noun\" heading"],
    ['two commands', `${file('')}# Get-Y\n`, 'X.md, line 10: A second command heading "# Get-Y"; expected one command per help file'],
    ['a front matter with no end', '---\nschema: 2.0.0\n# Get-X\n', 'X.md, line 1: The front matter that starts on line 1 has no closing "---" line.'],
    ['the deprecated schema', '---\nschema: 1.0.0\n---\n# Get-X\n', 'X.md, line 2: Unsupported schema 1.0.0; expected schema: 2.0.0 (platyPS schema 1.0.0 is deprecated)'],
    ['a front matter that is not yaml', '---\nschema: [2.0.0\n---\n# Get-X\n', /^X\.md, line \d+: Invalid yaml front matter: /],
  ])('%s', (_title, text, message) => {
    const result = loadHelpMarkdown(text, 'X.md');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(typeof message === 'string' ? new RegExp(`^${message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) : message);
  });
});

describe('about topics', () => {
  it('renders the text platyPS writes to about_*.help.txt and takes the fifth line as the synopsis', () => {
    const result = loadHelpMarkdown(
      '# Topic\n## about_Topic\n\n# SHORT DESCRIPTION\nShort text.\n\n# LONG DESCRIPTION\nLong text.\n\n## Sub heading\nMore.\n\n### Deeper\n```\ncode line\n```\n',
      'about_Topic.md',
    );
    expect(result.ok && result.topic).toEqual({
      kind: 'About',
      name: 'about_Topic',
      file: 'about_Topic.md',
      synopsis: 'Short text.',
      text: 'TOPIC\n    about_topic\n\nSHORT DESCRIPTION\n    Short text.\n\nLONG DESCRIPTION\n    Long text.\n\nSub heading\n    More.\n\n    DEEPER\n    code line\n\n',
    });
  });
});
