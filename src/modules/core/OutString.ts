import { PSCmdlet } from '../../engine/cmdlet.js';
import { Param, Validate, type BoundParameters } from '../../engine/parameter-declaration.js';
import { OutStringFormatter } from '../../format/out-default.js';
import { errorViewOf, formatEnumerationLimit } from '../../format/session-preferences.js';

/**
 * Out-String: renders its input as pwsh's formatter does and writes the text: one string with every line
 * followed by a newline, the lines one by one with `-Stream`, or joined with nothing with `-NoNewline`.
 * Without `-Width` lists are not wrapped and tables use the console width (the host's width; 120 when 0).
 * Out-String never keeps VT colours (pwsh's default `$PSStyle.OutputRendering` is Host).
 */
// pwsh: commands/utility/FormatAndOutput/out-string/Out-String.cs.
export class OutString extends PSCmdlet {
  static readonly cmdlet = {
    verb: 'Out',
    noun: 'String',
    defaultParameterSetName: 'NoNewLineFormatting',
    implementingType: 'Microsoft.PowerShell.Commands.OutStringCommand',
    outputType: ['System.String'],
    helpUri: 'https://go.microsoft.com/fwlink/?LinkID=2097024',
  } as const;

  static readonly parameters = {
    Stream: Param.switch({ parameterSets: { StreamFormatting: {} } }),
    Width: Param.int({ validate: [Validate.range(2, 2147483647)] }),
    NoNewline: Param.switch({ parameterSets: { NoNewLineFormatting: {} } }),
    InputObject: Param.psObject({ valueFromPipeline: true }),
  } as const;

  private formatter: OutStringFormatter | undefined;
  private text = '';

  override beginProcessing(p: BoundParameters<typeof OutString>): void {
    const width = this.host.ui.rawUI.bufferWidth;
    this.formatter = new OutStringFormatter({
      ...(p.Width === undefined ? {} : { width: p.Width }),
      consoleWidth: width,
      windowWidth: width,
      errorView: errorViewOf(this.sessionState.getVariable('ErrorView')),
      enumerationLimit: formatEnumerationLimit(this.sessionState.getVariable('global:FormatEnumerationLimit')),
    });
  }

  override processRecord(p: BoundParameters<typeof OutString>): void {
    this.emit(this.formatter?.write(p.InputObject) ?? [], p.Stream === true, p.NoNewline === true);
  }

  override endProcessing(p: BoundParameters<typeof OutString>): void {
    this.emit(this.formatter?.end() ?? [], p.Stream === true, p.NoNewline === true);
    if (p.Stream !== true) this.writeObject(this.text);
  }

  private emit(lines: readonly string[], stream: boolean, noNewline: boolean): void {
    for (const line of lines) {
      if (stream) this.writeObject(line);
      else this.text += noNewline ? line : `${line}\n`;
    }
  }
}
