/**
 * pwsh's provider errors for paths (SessionStateStrings.resx): the texts users see from Get-Content and
 * Set-Content on bad paths.
 */
import { ErrorRecord, PSException } from '../../engine/errors.js';

/** `Cannot find path '{0}' because it does not exist.` (PathNotFound, ObjectNotFound, ItemNotFoundException). */
export function pathNotFound(path: string): ErrorRecord {
  return new ErrorRecord(new PSException(`Cannot find path '${path}' because it does not exist.`, 'System.Management.Automation.ItemNotFoundException'), 'PathNotFound', 'ObjectNotFound', path);
}
