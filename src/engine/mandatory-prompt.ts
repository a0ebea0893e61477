/**
 * The interactive prompt for missing mandatory parameters, as pwsh's console host draws it
 * (`ConsoleHostUserInterfacePrompt.cs`, `Prompt`): an empty line, the caption, the message, `(Type !? for Help.)`
 * when a field has a help message, then `Name: ` per field; collections ask `Name[0]: `, `Name[1]: `... until an
 * empty line. Input starting with `!` is a prompt command: `!?` help, `!!x` a literal `!x`, `!""` an empty string,
 * `!$null` null.
 */
import type { TypeShape } from './binder-values.js';
import { PSInvalidCastException, convertTo } from './conversion.js';
import type { PSHostUserInterface } from './host-ui.js';
import { ConsoleHostPromptStrings } from './parameter-binding-strings.js';
import { format } from './strings/format.js';

/** One field of the prompt (pwsh's FieldDescription). */
export interface PromptField {
  readonly name: string;
  readonly helpMessage: string | undefined;
  readonly shape: TypeShape;
}

/** Why a read ended. */
type ReadResult = { readonly kind: 'Value'; readonly value: string | null } | { readonly kind: 'EndOfList' } | { readonly kind: 'Cancelled' };

/** Types whose failed conversion pwsh reports as a format error and asks again. */
const PARSED_TYPES: ReadonlySet<string> = new Set([
  'System.Int32', 'System.Int64', 'System.Double', 'System.Decimal', 'System.Single', 'System.Byte', 'System.DateTime', 'System.Guid',
]);

/**
 * Prompts for every field. Returns name → value, or `undefined` when the input ended (pwsh then reports all the
 * fields as missing). Errors thrown by the UI (e.g. the NonInteractive error) propagate.
 */
// pwsh: ConsoleHostUserInterface.Prompt (ConsoleHostUserInterfacePrompt.cs).
export async function promptForFields(
  ui: PSHostUserInterface,
  caption: string,
  message: string,
  fields: readonly PromptField[],
): Promise<Map<string, unknown> | undefined> {
  if (caption !== '') {
    ui.writeLine();
    ui.writeLine(caption);
  }
  if (message !== '') ui.writeLine(message);
  if (fields.some((f) => f.helpMessage !== undefined && f.helpMessage !== '')) ui.writeLine(ConsoleHostPromptStrings.PromptHelp);

  const results = new Map<string, unknown>();
  for (const field of fields) {
    let value: unknown;
    if (field.shape.kind === 'Array') {
      const items: unknown[] = [];
      for (;;) {
        const item = await promptForSingleItem(ui, field, field.shape.element as TypeShape, `${field.name}[${items.length}]: `, true);
        if (item.kind === 'Cancelled') return cancel(ui);
        if (item.kind === 'EndOfList') break;
        items.push(item.value);
      }
      value = items;
    } else {
      const item = await promptForSingleItem(ui, field, field.shape, format(ConsoleHostPromptStrings.PromptFieldPromptInputSeparatorTemplate, field.name), false);
      if (item.kind !== 'Value') return cancel(ui);
      value = item.value;
    }
    results.set(field.name, value);
  }
  return results;
}

function cancel(ui: PSHostUserInterface): undefined {
  ui.writeLine();
  return undefined;
}

async function promptForSingleItem(
  ui: PSHostUserInterface,
  field: PromptField,
  type: TypeShape,
  fieldPrompt: string,
  listInput: boolean,
): Promise<{ readonly kind: 'Value'; readonly value: unknown } | { readonly kind: 'EndOfList' } | { readonly kind: 'Cancelled' }> {
  for (;;) {
    const input = await promptReadInput(ui, field, fieldPrompt, listInput);
    if (input.kind !== 'Value') return input;
    const converted = tryConvert(ui, type, input.value);
    if (converted.ok) return { kind: 'Value', value: converted.value };
  }
}

/** Reads one line, handling prompt commands; asks again after `!?` or an unknown command. */
async function promptReadInput(ui: PSHostUserInterface, field: PromptField, fieldPrompt: string, listInput: boolean): Promise<ReadResult> {
  for (;;) {
    ui.write(fieldPrompt);
    const raw = await ui.readLine();
    if (raw === null) return { kind: 'Cancelled' };
    if (!raw.startsWith('!')) {
      if (raw.length === 0 && listInput) return { kind: 'EndOfList' };
      return { kind: 'Value', value: raw };
    }
    const command = raw.slice(1);
    if (command.startsWith('!')) return { kind: 'Value', value: command };
    if (command.length === 1) {
      if (command === '?') {
        ui.writeLine(field.helpMessage ? field.helpMessage : format(ConsoleHostPromptStrings.PromptNoHelpAvailableErrorTemplate, field.name));
      } else {
        ui.writeLine(format(ConsoleHostPromptStrings.PromptUnrecognizedCommandErrorTemplate, raw));
      }
      continue;
    }
    if (command === '""') return { kind: 'Value', value: '' };
    if (command.toLowerCase() === '$null') return { kind: 'Value', value: null };
    ui.writeLine(format(ConsoleHostPromptStrings.PromptUnrecognizedCommandErrorTemplate, raw));
  }
}

/**
 * pwsh's PromptTryConvertTo: a parse failure (format or overflow) is reported and asked again; any other failed
 * conversion hands the typed string to the binder, which reports it.
 */
function tryConvert(ui: PSHostUserInterface, type: TypeShape, input: string | null): { readonly ok: true; readonly value: unknown } | { readonly ok: false } {
  if (type.kind === 'String' || type.kind === 'Object' || type.kind === 'PSObject') return { ok: true, value: input };
  try {
    return { ok: true, value: convertTo(input, type.type) };
  } catch (error) {
    if (!(error instanceof PSInvalidCastException)) throw error;
    if (input === null || !PARSED_TYPES.has(type.type.fullName)) return { ok: true, value: input };
    const overflow = input.trim() !== '' && Number.isFinite(Number(input));
    if (overflow) ui.writeLine(format(ConsoleHostPromptStrings.PromptParseOverflowErrorTemplate, type.type.fullName, input));
    else if (input.length > 0) ui.writeLine(format(ConsoleHostPromptStrings.PromptParseFormatErrorTemplate, type.type.fullName, input));
    return { ok: false };
  }
}
