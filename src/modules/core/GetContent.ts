import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { PSCmdlet } from '../../engine/cmdlet.js';
import { Param, type BoundParameters } from '../../engine/parameter-declaration.js';
import { pathNotFound } from './path-errors.js';

/** Get-Content: the lines of a file (or its whole text with -Raw). */
export class GetContent extends PSCmdlet {
  static readonly cmdlet = { verb: 'Get', noun: 'Content', implementingType: 'Microsoft.PowerShell.Commands.GetContentCommand' } as const;

  static readonly parameters = {
    Path: Param.stringArray({ mandatory: true, position: 0, valueFromPipelineByPropertyName: true, aliases: ['FullName'] }),
    Raw: Param.switch(),
    TotalCount: Param.long({ aliases: ['First', 'Head'] }),
    Tail: Param.int({ aliases: ['Last'] }),
    Encoding: Param.string(),
  } as const;

  override async processRecord(p: BoundParameters<typeof GetContent>): Promise<void> {
    for (const path of p.Path) {
      const full = resolve(this.sessionState.currentLocation, path);
      let text: string;
      try {
        text = await readFile(full, 'utf8');
      } catch {
        this.writeError(pathNotFound(full));
        continue;
      }
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      if (p.Raw === true) {
        this.writeObject(text);
        continue;
      }
      let lines = text.split(/\r?\n/);
      if (lines[lines.length - 1] === '') lines.pop();
      if (p.TotalCount !== undefined && p.TotalCount >= 0) lines = lines.slice(0, p.TotalCount);
      if (p.Tail !== undefined) lines = p.Tail === 0 ? [] : lines.slice(-p.Tail);
      this.writeObject(lines, true);
    }
  }
}
