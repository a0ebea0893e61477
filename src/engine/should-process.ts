/**
 * ShouldProcess and ShouldContinue, in pwsh's decision order (MshCommandRuntime.DoShouldProcess,
 * CanShouldProcessAutoConfirm, InquireHelper): No/Yes-to-all memory, `-WhatIf`, auto-confirm by
 * ConfirmImpact against `$ConfirmPreference`, then the Confirm prompt.
 */
import type { ConfirmImpact } from './cmdlet.js';
import type { ChoiceDescription, PSHostUserInterface } from './host-ui.js';
import { format } from './strings/format.js';
import { CommandBaseStrings as S } from './strings/CommandBaseStrings.js';

const impactOrder: Readonly<Record<ConfirmImpact, number>> = { None: 0, Low: 1, Medium: 2, High: 3 };

/** The answers to remember across calls of one command instance. */
export type ContinueStatus = 'Yes' | 'No' | 'YesToAll' | 'NoToAll';

/** What a command instance brings to ShouldProcess. */
export interface ShouldProcessContext {
  readonly whatIf: boolean;
  /** `$ConfirmPreference`, or Low for `-Confirm`, None for `-Confirm:$false`. */
  readonly confirmPreference: ConfirmImpact;
  readonly confirmImpact: ConfirmImpact;
  /** Only the `-Verbose` switch (not `$VerbosePreference`) writes the auto-confirm description (§9.5). */
  readonly verboseSwitch: boolean;
  readonly ui: PSHostUserInterface;
  writeVerbose(message: string): void;
  /** Thrown to stop the command when the user picks Halt or cancels. */
  stop(message: string): never;
  /** The remembered Yes/No-to-all answer of this command instance. */
  lastStatus: ContinueStatus | undefined;
}

/** `Performing the operation "{0}" on target "{1}".` */
export function shouldProcessDescription(action: string, target: string): string {
  return format(S.ShouldProcessMessage, action, target);
}

/** pwsh's DoShouldProcess. */
export async function doShouldProcess(context: ShouldProcessContext, verboseDescription: string, verboseWarning?: string, caption?: string): Promise<boolean> {
  if (context.lastStatus === 'NoToAll') return false;
  if (context.lastStatus === 'YesToAll') return true;
  if (context.whatIf) {
    context.ui.writeLine(format(S.ShouldProcessWhatIfMessage, verboseDescription));
    return false;
  }
  const threshold = context.confirmPreference;
  if (threshold === 'None' || impactOrder[threshold] > impactOrder[context.confirmImpact]) {
    if (context.verboseSwitch) context.writeVerbose(verboseDescription);
    return true;
  }
  const warning = verboseWarning === undefined || verboseWarning === '' ? format(S.ShouldProcessWarningFallback, verboseDescription) : verboseWarning;
  context.lastStatus = await inquire(context, warning, caption, { allowYesToAll: true, allowNoToAll: true });
  return context.lastStatus === 'Yes' || context.lastStatus === 'YesToAll';
}

/** pwsh's ShouldContinue(query, caption): Yes / No (and Suspend). */
export async function doShouldContinue(context: ShouldProcessContext, query: string, caption: string): Promise<boolean> {
  const status = await inquire(context, query, caption, { allowYesToAll: false, allowNoToAll: false });
  return status === 'Yes';
}

/** pwsh's InquireHelper: the Confirm prompt with [Y] [A] [N] [L] [S]. */
async function inquire(
  context: ShouldProcessContext,
  message: string,
  caption: string | undefined,
  options: { readonly allowYesToAll: boolean; readonly allowNoToAll: boolean },
): Promise<ContinueStatus> {
  const choices: { readonly choice: ChoiceDescription; readonly status: ContinueStatus | 'Suspend' }[] = [
    { choice: { label: S.ContinueOneLabel, helpMessage: S.ContinueOneHelpMessage }, status: 'Yes' },
  ];
  if (options.allowYesToAll) choices.push({ choice: { label: S.ContinueAllLabel, helpMessage: S.ContinueAllHelpMessage }, status: 'YesToAll' });
  choices.push({ choice: { label: S.SkipOneLabel, helpMessage: S.SkipOneHelpMessage }, status: 'No' });
  if (options.allowNoToAll) choices.push({ choice: { label: S.SkipAllLabel, helpMessage: S.SkipAllHelpMessage }, status: 'NoToAll' });
  choices.push({ choice: { label: S.PauseLabel, helpMessage: format(S.PauseHelpMessage, 'exit') }, status: 'Suspend' });
  const text = message === '' ? S.ShouldContinuePromptCaption : message;
  const title = caption === undefined || caption === '' ? S.InquireCaptionDefault : caption;
  for (;;) {
    const response = await context.ui.promptForChoice(title, text, choices.map((c) => c.choice), 0);
    const picked = choices[response];
    if (picked === undefined) return context.stop(S.InquireCtrlC);
    // pcsh has no nested prompt: Suspend asks again (a documented difference from pwsh).
    if (picked.status !== 'Suspend') return picked.status;
  }
}
