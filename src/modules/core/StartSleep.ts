import { setTimeout as sleep } from 'node:timers/promises';
import { PSCmdlet } from '../../engine/cmdlet.js';
import { Param, type BoundParameters } from '../../engine/parameter-declaration.js';

/** Start-Sleep: waits, and stops waiting on Ctrl+C. */
export class StartSleep extends PSCmdlet {
  static readonly cmdlet = { verb: 'Start', noun: 'Sleep', defaultParameterSetName: 'Seconds', implementingType: 'Microsoft.PowerShell.Commands.StartSleepCommand' } as const;

  static readonly parameters = {
    Seconds: Param.double({ parameterSets: { Seconds: { mandatory: true, position: 0, valueFromPipeline: true, valueFromPipelineByPropertyName: true } } }),
    Milliseconds: Param.int({ aliases: ['ms'], parameterSets: { Milliseconds: { mandatory: true, valueFromPipelineByPropertyName: true } } }),
  } as const;

  override async processRecord(p: BoundParameters<typeof StartSleep>): Promise<void> {
    const ms = p.Milliseconds ?? Math.round((p.Seconds ?? 0) * 1000);
    try {
      await sleep(ms, undefined, { signal: this.commandRuntime.signal });
    } catch {
      // Interrupted by Ctrl+C: the engine stops the pipeline.
    }
  }
}
