/**
 * Renders an `about_` topic's markdown into the `.help.txt` text platyPS's New-ExternalHelp writes, which is
 * what pwsh's Get-Help prints for it.
 */
// pwsh: platyPS master src/Markdown.MAML/Renderer/TextRenderer.cs (AboutMarkdownToString, 80 columns) and
// Renderer/RenderCleaner.cs (FullNormalization).
import type { MarkdownNode } from './markdown-nodes.js';

const Indent = '    ';
const MaxLineWidth = 80;

function wrapAndAppendLines(text: string, out: string[]): void {
  let line = '';
  for (const word of text.split(' ')) {
    if (word.includes('\r\n')) {
      const parts = word.split('\r\n').filter((p) => p !== '');
      parts.forEach((part, i) => {
        if (i === parts.length - 1) line += `${part} `;
        else {
          out.push(`${Indent}${line}${part}\r\n`);
          line = '';
        }
      });
    } else if (line.length + word.length > MaxLineWidth - 4) {
      if (line.endsWith(' ')) line = line.slice(0, -1);
      out.push(`${Indent}${line}\r\n`);
      line = `${word} `;
    } else {
      line += `${word} `;
    }
  }
  if (line.length === 0 || line === ' ') return;
  if (line.endsWith(' ')) line = line.slice(0, -1);
  out.push(`${Indent}${line}`);
}

function normalize(text: string): string {
  return text
    .replace(/[\u00a0\uc2a0]/g, ' ')
    .replace(/\r\n?|\n/g, '\r\n')
    .replace(/[\u2018\u2019\u201b]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f]/g, '"')
    .replace(/[\u05be\u1806\u2010\u2011\u00ad\u2012\u2013\u2014\u2015\u2212]/g, '-');
}

/** The topic text for `nodes` (an about topic's nodes), with `\n` line ends. */
export function renderAboutText(nodes: readonly MarkdownNode[]): string {
  const out: string[] = [];
  nodes.forEach((node, index) => {
    switch (node.kind) {
      case 'Paragraph':
        for (const span of node.spans) {
          const content = span.kind === 'HardBreak' ? '\n' : span.text;
          if (content.length > MaxLineWidth - 4) {
            wrapAndAppendLines(content, out);
            out.push('\r\n');
          } else if (content === '\n') out.push('\r\n');
          else out.push(`${Indent}${content}\r\n`);
        }
        out.push('\r\n');
        break;
      case 'Heading':
        if (index === 0) out.push('TOPIC\r\n');
        else if (node.level === 1) out.push(`${node.text.toUpperCase()}\r\n`);
        else if (node.level === 2 && index === 1) out.push(`${Indent}${node.text.toLowerCase()}\r\n\r\n`);
        else if (node.level === 2) out.push(`${node.text}\r\n`);
        else out.push(`${Indent}${node.text.toUpperCase()}\r\n`);
        break;
      case 'CodeBlock':
        for (const line of node.text.split(/\r?\n/)) out.push(`${Indent}${line}\r\n`);
        out.push('\r\n');
        break;
    }
  });
  return normalize(out.join('')).replace(/\r\n/g, '\n');
}
