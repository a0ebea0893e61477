import { PSCmdlet } from '../../engine/cmdlet.js';
import { RuntimeException } from '../../engine/errors.js';
import { Param, Validate, type BoundParameters } from '../../engine/parameter-declaration.js';
import type { PSEnumValue } from '../../engine/ps-object.js';
import { convertToJson, jsonMaxDepthWarning, StringEscapeHandlingType, type StringEscapeHandling } from '../../format/json.js';

/**
 * ConvertTo-Json: collects its input (several pipeline objects, or `-AsArray`, make an array) and writes it as
 * JSON; when `-Depth` (default 2) cuts the value, one WARNING comes before the JSON.
 */
// pwsh: commands/utility/WebCmdlet/ConvertToJsonCommand.cs.
export class ConvertToJson extends PSCmdlet {
  static readonly cmdlet = {
    verb: 'ConvertTo',
    noun: 'Json',
    implementingType: 'Microsoft.PowerShell.Commands.ConvertToJsonCommand',
    outputType: ['System.String'],
    helpUri: 'https://go.microsoft.com/fwlink/?LinkID=2096925',
  } as const;

  static readonly parameters = {
    InputObject: Param.object({ mandatory: true, position: 0, valueFromPipeline: true, allowNull: true }),
    Depth: Param.int({ validate: [Validate.range(0, 100)] }),
    Compress: Param.switch(),
    EnumsAsStrings: Param.switch(),
    AsArray: Param.switch(),
    EscapeHandling: Param.enum(StringEscapeHandlingType),
  } as const;

  private readonly inputs: unknown[] = [];

  override processRecord(p: BoundParameters<typeof ConvertToJson>): void {
    this.inputs.push(p.InputObject ?? null);
  }

  override endProcessing(p: BoundParameters<typeof ConvertToJson>): void {
    if (this.inputs.length === 0) return;
    const value = this.inputs.length > 1 || p.AsArray === true ? this.inputs : this.inputs[0];
    const depth = p.Depth ?? 2;
    try {
      const result = convertToJson(value, {
        depth,
        compress: p.Compress === true,
        enumsAsStrings: p.EnumsAsStrings === true,
        escapeHandling: ((p.EscapeHandling as PSEnumValue | undefined)?.name ?? 'Default') as StringEscapeHandling,
      });
      if (result.truncated) this.writeWarning(jsonMaxDepthWarning(depth));
      this.writeObject(result.json);
    } catch (error) {
      if (error instanceof RuntimeException && error.errorRecord !== undefined) this.throwTerminatingError(error.errorRecord);
      throw error;
    }
  }
}
