/**
 * `help`: Get-Help with the full view unless another view is asked for, as pwsh's `help` function. pwsh pages
 * its output through `more`/`less` on a terminal; pcsh writes it straight to the output.
 */
// pwsh: v7.5.4 src/System.Management.Automation/engine/InitialSessionState.cs (GetHelpPagingFunctionText).
import type { MamlHelpView } from '../../help/maml-views.js';
import { GetHelp } from './GetHelp.js';

/** The `help` command: registered under the name `help`; its errors carry Get-Help's identifiers, as in pwsh. */
export class Help extends GetHelp {
  protected override defaultView(): MamlHelpView {
    return 'FullView';
  }
}
