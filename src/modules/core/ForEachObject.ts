import { PSCmdlet } from '../../engine/cmdlet.js';
import { getMember, invokeMethod } from '../../engine/members.js';
import { Param, type BoundParameters } from '../../engine/parameter-declaration.js';
import { arrayOf, PSTypes } from '../../engine/type-info.js';
import type { ScriptBlock } from '../../engine/script-block.js';

const scriptBlocks = arrayOf(PSTypes.ScriptBlock);

/**
 * ForEach-Object: runs script blocks for each input object (`$_`), or gets a property / calls a method of
 * each. Script blocks run in the caller's scope, as pwsh's do. `-Parallel` is not supported.
 */
export class ForEachObject extends PSCmdlet {
  static readonly cmdlet = { verb: 'ForEach', noun: 'Object', defaultParameterSetName: 'ScriptBlockSet', implementingType: 'Microsoft.PowerShell.Commands.ForEachObjectCommand' } as const;

  static readonly parameters = {
    InputObject: Param.psObject({ parameterSets: { ScriptBlockSet: { valueFromPipeline: true }, PropertyAndMethodSet: { valueFromPipeline: true } } }),
    Begin: Param.scriptBlock({ parameterSets: { ScriptBlockSet: {} } }),
    Process: Param.typed<ScriptBlock[]>(scriptBlocks, { parameterSets: { ScriptBlockSet: { mandatory: true, position: 0 } } }),
    End: Param.scriptBlock({ parameterSets: { ScriptBlockSet: {} } }),
    RemainingScripts: Param.typed<ScriptBlock[]>(scriptBlocks, { parameterSets: { ScriptBlockSet: { valueFromRemainingArguments: true } } }),
    MemberName: Param.string({ parameterSets: { PropertyAndMethodSet: { mandatory: true, position: 0 } } }),
    ArgumentList: Param.objectArray({ aliases: ['Args'], parameterSets: { PropertyAndMethodSet: { valueFromRemainingArguments: true } } }),
  } as const;

  private begin: ScriptBlock | undefined;
  private process: ScriptBlock[] = [];
  private end: ScriptBlock | undefined;

  override async beginProcessing(p: BoundParameters<typeof ForEachObject>): Promise<void> {
    if (this.parameterSetName !== 'ScriptBlockSet') return;
    const scripts = [...(p.Process ?? []), ...(p.RemainingScripts ?? [])];
    this.begin = p.Begin;
    this.end = p.End;
    // pwsh: with several positional blocks and no -Begin/-End, the first is begin and (from three) the last is end.
    if (scripts.length === 1 || p.Begin !== undefined || p.End !== undefined) this.process = scripts;
    else if (scripts.length === 2) [this.begin, ...this.process] = scripts as [ScriptBlock, ScriptBlock];
    else {
      this.begin = scripts[0];
      this.end = scripts[scripts.length - 1];
      this.process = scripts.slice(1, -1);
    }
    if (this.begin !== undefined) this.writeObject(await this.commandRuntime.invokeScriptBlock(this.begin), true);
  }

  override async processRecord(p: BoundParameters<typeof ForEachObject>): Promise<void> {
    const input = p.InputObject;
    if (this.parameterSetName === 'PropertyAndMethodSet') {
      const name = p.MemberName as string;
      const args = p.ArgumentList;
      if (args === undefined) {
        this.writeObject(getMember(input, name), true);
      } else {
        this.writeObject(await invokeMethod(input, name, args, { invokeScriptBlock: (block, dollarUnder) => this.commandRuntime.invokeScriptBlock(block, { dollarUnder }) }), true);
      }
      return;
    }
    for (const block of this.process) this.writeObject(await this.commandRuntime.invokeScriptBlock(block, { dollarUnder: input === undefined ? null : input }), true);
  }

  override async endProcessing(): Promise<void> {
    if (this.end !== undefined) this.writeObject(await this.commandRuntime.invokeScriptBlock(this.end), true);
  }
}
