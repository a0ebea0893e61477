/**
 * The host interface the engine talks to (pwsh's PSHost / PSHostUserInterface): where host output, stream
 * lines and prompts go. The console host (`src/host/console-host.ts`) writes to the process; the library host
 * collects; tests supply their own.
 */

/** One choice of a PromptForChoice: a label with `&` before its hotkey (`&Yes`, `Yes to &All`). */
export interface ChoiceDescription {
  readonly label: string;
  readonly helpMessage: string;
}

/** The window the host draws in. */
export interface PSHostRawUserInterface {
  /** Columns available to formatted output (pwsh formats console output at this width). */
  readonly bufferWidth: number;
}

/** How a host shows text and asks questions. */
export interface PSHostUserInterface {
  readonly rawUI: PSHostRawUserInterface;
  /** False under `-NonInteractive` or with no terminal: reads and prompts throw pwsh's NonInteractive error. */
  readonly interactive: boolean;
  /** Whether ANSI colour may be written (off for NO_COLOR, TERM=dumb and non-terminals). */
  readonly supportsVirtualTerminal: boolean;
  /** Host output, such as `What if:` lines and Write-Host text. */
  write(text: string): void;
  writeLine(text?: string): void;
  /** One rendered error line (or block); the console host sends it to stderr. */
  writeErrorLine(text: string): void;
  /** The stream lines get their `WARNING: `/`VERBOSE: `/`DEBUG: ` prefix from the host, as pwsh's console host does. */
  writeWarningLine(message: string): void;
  writeVerboseLine(message: string): void;
  writeDebugLine(message: string): void;
  /** Reads one line; `null` at end of input. Throws the NonInteractive error when not interactive. */
  readLine(): Promise<string | null>;
  /**
   * pwsh's PromptForCredential: shows caption and message, asks for the user name (unless given) and the
   * password without echoing it. `null` when the user ends the input. Throws the NonInteractive error when not
   * interactive.
   */
  promptForCredential(caption: string, message: string, userName: string): Promise<{ readonly userName: string; readonly password: string } | null>;
  /**
   * Shows caption, message and choices and returns the chosen index. Rendering and the `?` help follow
   * pwsh's console host (ConsoleHostUserInterfacePromptForChoice.cs).
   */
  promptForChoice(caption: string, message: string, choices: readonly ChoiceDescription[], defaultChoice: number): Promise<number>;
}

/** A host: a name for `$Host.Name`, and its UI. */
export interface PSHost {
  readonly name: string;
  readonly version: string;
  readonly ui: PSHostUserInterface;
}
