/**
 * The console host: pwsh's ConsoleHost for a Node process. Host output and stream lines go to stdout, error
 * lines to stderr; prompts read from the terminal. Width and colour follow pwsh on Linux: the terminal's
 * columns, else 80 (pwsh ignores COLUMNS); colour only on a terminal without NO_COLOR and with TERM != dumb.
 */
import { ErrorRecord, PSException, RuntimeException } from '../engine/errors.js';
import type { ChoiceDescription, PSHost, PSHostUserInterface } from '../engine/host-ui.js';
import { format } from '../engine/strings/format.js';
import { PSStyle } from '../format/ps-style.js';
import { choiceHelpLines, choicePromptText, determineChoicePicked } from './choice-prompt.js';
import type { LineReader } from './line-reader.js';
import { ConsoleHostUserInterfaceStrings as S } from './strings/ConsoleHostUserInterfaceStrings.js';
import { isTerminal } from './terminal.js';

/** How the console was found at start-up. */
export interface ConsoleSettings {
  /** False under -NonInteractive or when stdin is not a terminal. */
  readonly interactive: boolean;
  readonly color: boolean;
  /** The window width; formatted output uses one column less. */
  readonly width: number;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly lines: LineReader;
}

/** Detects terminal, colour and width as pwsh does on Linux. */
export function detectConsole(nonInteractive: boolean): Pick<ConsoleSettings, 'interactive' | 'color' | 'width'> {
  const env = process.env;
  const stdoutTerminal = isTerminal(1);
  const color = stdoutTerminal && env.NO_COLOR === undefined && env.TERM !== 'dumb';
  const width = stdoutTerminal && process.stdout.columns > 0 ? process.stdout.columns : 80;
  return { interactive: !nonInteractive && isTerminal(0), color, width };
}

/** pwsh's error for reads and prompts under -NonInteractive. */
export function nonInteractiveError(): RuntimeException {
  const record = new ErrorRecord(new PSException(S.ReadFailsOnNonInteractiveFlag, 'System.Management.Automation.PSInvalidOperationException'), 'InvalidOperation', 'InvalidOperation');
  return new RuntimeException(record, 'System.Management.Automation.PSInvalidOperationException');
}

/** The console's user interface. */
export class ConsoleHostUserInterface implements PSHostUserInterface {
  readonly rawUI: { readonly bufferWidth: number };

  constructor(private readonly settings: ConsoleSettings) {
    this.rawUI = { bufferWidth: settings.width };
  }

  get interactive(): boolean {
    return this.settings.interactive;
  }

  get supportsVirtualTerminal(): boolean {
    return this.settings.color;
  }

  /** What has been written on the current line so far (a prompt label such as `Message: `). */
  private partialLine = '';

  write(text: string): void {
    this.settings.stdout(text);
    const newline = text.lastIndexOf('\n');
    this.partialLine = newline < 0 ? this.partialLine + text : text.slice(newline + 1);
  }

  writeLine(text = ''): void {
    this.settings.stdout(`${text}\n`);
    this.partialLine = '';
  }

  writeErrorLine(text: string): void {
    this.settings.stderr(`${text}\n`);
  }

  private styled(style: string, text: string): string {
    return this.settings.color ? `${style}${text}${PSStyle.Reset}` : text;
  }

  writeWarningLine(message: string): void {
    this.writeLine(this.styled(PSStyle.Warning, format(S.WarningFormatString, message)));
  }

  writeVerboseLine(message: string): void {
    this.writeLine(this.styled(PSStyle.Verbose, format(S.VerboseFormatString, message)));
  }

  writeDebugLine(message: string): void {
    this.writeLine(this.styled(PSStyle.Debug, format(S.DebugFormatString, message)));
  }

  async readLine(): Promise<string | null> {
    if (!this.settings.interactive) throw nonInteractiveError();
    // A terminal line editor redraws its prompt, clearing the line: give it the label already written.
    const label = this.partialLine;
    this.partialLine = '';
    return this.settings.lines.readLine(label, { alreadyWritten: true });
  }

  async promptForCredential(caption: string, message: string, userName: string): Promise<{ readonly userName: string; readonly password: string } | null> {
    // pwsh: ConsoleHostUserInterfaceSecurity.PromptForCredential.
    if (!this.settings.interactive) throw nonInteractiveError();
    if (caption !== '') {
      this.writeLine();
      this.writeLine(caption);
    }
    if (message !== '') this.writeLine(message);
    let user = userName;
    while (user === '') {
      const typed = await this.settings.lines.readLine(S.PromptForCredential_User);
      if (typed === null) return null;
      user = typed;
    }
    const password = await this.settings.lines.readSecret(format(S.PromptForCredential_Password, user));
    return password === null ? null : { userName: user, password };
  }

  async promptForChoice(caption: string, message: string, choices: readonly ChoiceDescription[], defaultChoice: number): Promise<number> {
    if (!this.settings.interactive) throw nonInteractiveError();
    if (caption !== '') {
      this.writeLine();
      this.writeLine(caption);
    }
    if (message !== '') this.writeLine(message);
    for (;;) {
      const response = await this.settings.lines.readLine(choicePromptText(choices, defaultChoice, this.settings.width));
      if (response === null) {
        const record = new ErrorRecord(new PSException(S.PromptCanceledError, 'System.Management.Automation.Host.PromptingException'), 'PromptForChoiceCanceled', 'OperationStopped');
        throw new RuntimeException(record, 'System.Management.Automation.Host.PromptingException');
      }
      if (response.length === 0) {
        if (defaultChoice >= 0) return defaultChoice;
        continue;
      }
      if (response.trim() === '?') {
        for (const line of choiceHelpLines(choices)) this.writeLine(line);
        continue;
      }
      const picked = determineChoicePicked(response.trim(), choices);
      if (picked >= 0) return picked;
    }
  }
}

/** The console host itself (`$Host`). */
export class ConsoleHost implements PSHost {
  readonly name = 'ConsoleHost';
  readonly ui: ConsoleHostUserInterface;

  constructor(
    settings: ConsoleSettings,
    readonly version: string,
  ) {
    this.ui = new ConsoleHostUserInterface(settings);
  }
}
