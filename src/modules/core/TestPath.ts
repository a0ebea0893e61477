import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { PSCmdlet } from '../../engine/cmdlet.js';
import { Param, type BoundParameters } from '../../engine/parameter-declaration.js';

/** Test-Path: whether each path exists. */
export class TestPath extends PSCmdlet {
  static readonly cmdlet = { verb: 'Test', noun: 'Path', implementingType: 'Microsoft.PowerShell.Commands.TestPathCommand' } as const;

  static readonly parameters = {
    Path: Param.stringArray({ mandatory: true, position: 0, valueFromPipeline: true, valueFromPipelineByPropertyName: true }),
  } as const;

  override processRecord(p: BoundParameters<typeof TestPath>): void {
    for (const path of p.Path) this.writeObject(existsSync(resolve(this.sessionState.currentLocation, path)));
  }
}
