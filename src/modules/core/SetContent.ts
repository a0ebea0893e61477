import { appendFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { PSCmdlet } from '../../engine/cmdlet.js';
import { toPSString } from '../../engine/conversion.js';
import { Param, type BoundParameters } from '../../engine/parameter-declaration.js';

/** Set-Content: writes values to a file, one per line (each converted to its string form). */
export class SetContent extends PSCmdlet {
  static readonly cmdlet = { verb: 'Set', noun: 'Content', supportsShouldProcess: true, implementingType: 'Microsoft.PowerShell.Commands.SetContentCommand' } as const;

  static readonly parameters = {
    Path: Param.stringArray({ mandatory: true, position: 0 }),
    Value: Param.objectArray({ position: 1, valueFromPipeline: true, allowNull: true, allowEmptyCollection: true }),
    NoNewline: Param.switch(),
    Encoding: Param.string(),
  } as const;

  private readonly values: unknown[] = [];

  override processRecord(p: BoundParameters<typeof SetContent>): void {
    this.values.push(...(p.Value ?? []));
  }

  override async endProcessing(p: BoundParameters<typeof SetContent>): Promise<void> {
    const text = this.values.map((v) => toPSString(v)).join(p.NoNewline === true ? '' : '\n') + (p.NoNewline === true || this.values.length === 0 ? '' : '\n');
    for (const path of p.Path) {
      const full = resolve(this.sessionState.currentLocation, path);
      if (!(await this.shouldProcess(`Path: ${full}`, 'Set Content'))) continue;
      await writeFile(full, '');
      await appendFile(full, text);
    }
  }
}
