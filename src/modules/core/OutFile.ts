import { appendFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { PSCmdlet } from '../../engine/cmdlet.js';
import { Param, Validate, type BoundParameters } from '../../engine/parameter-declaration.js';
import { OutStringFormatter } from '../../format/out-default.js';
import { errorViewOf, formatEnumerationLimit } from '../../format/session-preferences.js';

/**
 * Out-File: writes its input to a file as the console would show it (UTF-8 without BOM, `\n` line ends).
 * pwsh implements `>` and `>>` with it, and so does pcsh.
 */
// pwsh: commands/utility/FormatAndOutput/out-file/Out-File.cs.
export class OutFile extends PSCmdlet {
  static readonly cmdlet = {
    verb: 'Out',
    noun: 'File',
    supportsShouldProcess: true,
    defaultParameterSetName: 'ByPath',
    implementingType: 'Microsoft.PowerShell.Commands.OutFileCommand',
  } as const;

  static readonly parameters = {
    FilePath: Param.string({ aliases: ['Path'], parameterSets: { ByPath: { mandatory: true, position: 0 } } }),
    Encoding: Param.string({ position: 1 }),
    Append: Param.switch(),
    Force: Param.switch(),
    NoClobber: Param.switch({ aliases: ['NoOverwrite'] }),
    Width: Param.int({ validate: [Validate.range(2, 2147483647)] }),
    NoNewline: Param.switch(),
    InputObject: Param.psObject({ valueFromPipeline: true }),
  } as const;

  private formatter: OutStringFormatter | undefined;
  private readonly lines: string[] = [];

  override beginProcessing(p: BoundParameters<typeof OutFile>): void {
    const width = this.host.ui.rawUI.bufferWidth;
    this.formatter = new OutStringFormatter({
      width: p.Width ?? width,
      consoleWidth: width,
      windowWidth: width,
      errorView: errorViewOf(this.sessionState.getVariable('ErrorView')),
      enumerationLimit: formatEnumerationLimit(this.sessionState.getVariable('global:FormatEnumerationLimit')),
    });
  }

  override processRecord(p: BoundParameters<typeof OutFile>): void {
    if (p.InputObject !== undefined) this.lines.push(...(this.formatter?.write(p.InputObject) ?? []));
  }

  override async endProcessing(p: BoundParameters<typeof OutFile>): Promise<void> {
    this.lines.push(...(this.formatter?.end() ?? []));
    const path = resolve(this.sessionState.currentLocation, p.FilePath ?? '');
    if (!(await this.shouldProcess(path))) return;
    const text = p.NoNewline === true ? this.lines.join('') : this.lines.map((line) => `${line}\n`).join('');
    if (p.Append === true) await appendFile(path, text);
    else await writeFile(path, text);
  }
}
