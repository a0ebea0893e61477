/**
 * The console rendering of PromptForChoice (ConsoleHostUserInterfacePromptForChoice.cs,
 * HostUIHelperMethods.BuildHotkeysAndPlainLabels / DetermineChoicePicked), as pure functions.
 */
import type { ChoiceDescription } from '../engine/host-ui.js';
import { format } from '../engine/strings/format.js';
import { ConsoleHostUserInterfaceStrings as S } from './strings/ConsoleHostUserInterfaceStrings.js';

/** A label split into its hotkey (upper-cased) and its plain text: `Yes to &All` → `A`, `Yes to All`. */
export function splitLabel(label: string): { readonly hotkey: string; readonly plain: string } {
  const at = label.indexOf('&');
  if (at < 0) return { hotkey: '', plain: label };
  const hotkey = at + 1 < label.length ? label.charAt(at + 1).trim().toUpperCase() : '';
  return { hotkey, plain: (label.slice(0, at) + label.slice(at + 1)).trim() };
}

/**
 * The choice line: `[Y] Yes  [N] No  [?] Help (default is "Y"): `, wrapped before a piece that would pass
 * `width - 1` columns (the piece before the break loses its trailing spaces).
 */
export function choicePromptText(choices: readonly ChoiceDescription[], defaultChoice: number, width: number): string {
  const lineMax = width - 1;
  const pieces = choices.map((c) => {
    const { hotkey, plain } = splitLabel(c.label);
    return `[${hotkey}] ${plain}  `;
  });
  pieces.push(S.PromptForChoiceHelp);
  const fallback = choices[defaultChoice];
  if (fallback !== undefined) {
    const { hotkey, plain } = splitLabel(fallback.label);
    pieces.push(format(S.DefaultChoicePrompt, hotkey === '' ? plain : hotkey));
  }
  let text = '';
  let lineLength = 0;
  for (const piece of pieces) {
    if (lineLength + piece.length > lineMax) {
      text += '\n';
      text += piece.trimEnd();
      lineLength = piece.length;
    } else {
      text += piece;
      lineLength += piece.length;
    }
  }
  return text;
}

/** The `?` help: `Y - Continue with only the next step of the operation.` per choice. */
export function choiceHelpLines(choices: readonly ChoiceDescription[]): string[] {
  return choices.map((c) => {
    const { hotkey, plain } = splitLabel(c.label);
    return `${hotkey === '' ? plain : hotkey} - ${c.helpMessage}`;
  });
}

/** The index a (trimmed) response picks: the full label first, then the hotkey, case-insensitively; -1 if none. */
export function determineChoicePicked(response: string, choices: readonly ChoiceDescription[]): number {
  const split = choices.map((c) => splitLabel(c.label));
  const lower = response.toLowerCase();
  const byLabel = split.findIndex((s) => s.plain.toLowerCase() === lower);
  if (byLabel >= 0) return byLabel;
  return split.findIndex((s) => s.hotkey !== '' && s.hotkey.toLowerCase() === lower);
}
