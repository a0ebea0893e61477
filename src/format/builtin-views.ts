/**
 * The views pwsh ships for the types pcsh produces: dictionary entries (`Name`/`Value` table with a 30-cell
 * Name column), DateTime (`Tuesday, January 2, 2024 3:04:05 PM`), error records and script blocks (out of
 * band), and Group-Object's GroupInfo. Registered once, when the formatter is first loaded.
 */
// pwsh: DefaultFormatters/DotNetTypes_format_ps1xml.cs (System.Collections.DictionaryEntry, System.DateTime)
// and PowerShellCore_format_ps1xml.cs (ErrorRecord's ErrorInstance, ScriptBlock, GroupInfo, GroupInfoNoElement).
import { ErrorRecord } from '../engine/errors.js';
import { PSDateTime } from '../engine/ps-object.js';
import { formatDateTime } from '../engine/datetime-format.js';
import { renderErrorView } from './error-view.js';
import { displayString } from './value-display.js';
import { registerView } from './view-registry.js';

registerView('System.Collections.DictionaryEntry', {
  kind: 'Table',
  name: 'Dictionary',
  columns: [{ property: 'Name', width: 30 }, { property: 'Value' }],
});
registerView('System.Collections.DictionaryEntry', {
  kind: 'List',
  name: 'System.Collections.DictionaryEntry',
  items: [{ property: 'Name' }, { property: 'Value' }],
});

registerView('System.DateTime', {
  kind: 'Custom',
  name: 'DateTime',
  // The DateTime script property (types.ps1xml): `{0:D} {0:T}` → `Tuesday, January 2, 2024 3:04:05 PM`.
  render: (target) => (target instanceof PSDateTime ? `${formatDateTime(target, 'D')} ${formatDateTime(target, 'T')}` : displayString(target)),
});

registerView('System.Management.Automation.ErrorRecord', {
  kind: 'Custom',
  name: 'ErrorInstance',
  outOfBand: true,
  render: (target, context) =>
    target instanceof ErrorRecord
      ? renderErrorView(target, { view: context.errorView, width: context.windowWidth, color: context.color })
      : displayString(target),
});

registerView('System.Management.Automation.ScriptBlock', {
  kind: 'Custom',
  name: 'ScriptBlock',
  outOfBand: true,
  render: (target) => displayString(target),
});

registerView('Microsoft.PowerShell.Commands.GroupInfo', {
  kind: 'Table',
  columns: [{ property: 'Count', label: 'Count', width: 5, alignment: 'Right' }, { property: 'Name', width: 25 }, { property: 'Group' }],
});
registerView('Microsoft.PowerShell.Commands.GroupInfo', {
  kind: 'List',
  items: [{ property: 'Name' }, { property: 'Count' }, { property: 'Group' }, { property: 'Values' }],
});
registerView('Microsoft.PowerShell.Commands.GroupInfoNoElement', {
  kind: 'Table',
  columns: [{ property: 'Count', label: 'Count', width: 5, alignment: 'Right' }, { property: 'Name', width: 25 }],
});
registerView('Microsoft.PowerShell.Commands.GroupInfoNoElement', {
  kind: 'List',
  items: [{ property: 'Name' }, { property: 'Count' }, { property: 'Values' }],
});
