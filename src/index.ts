/**
 * The pcsh library: run PowerShell and the Partner Center cmdlets from Node.
 *
 * ```ts
 * import { createHost } from 'pcsh';
 * const host = createHost();
 * const { output, errors } = await host.invoke('New-PartnerCustomerCart -CustomerId $id -LineItems $items', { variables: { id, items } });
 * await host.close();
 * ```
 */
export { createHost, type CreateHostOptions, type InvokeOptions, type InvokeResult, type PcshHost } from './host/library-host.js';
export { ErrorRecord, ErrorCategoryInfo, PSException, RuntimeException, type ErrorCategory, type InvocationInfo } from './engine/errors.js';
export { Hashtable, PSDateTime, PSEnumValue, PSObject, type PSEnumType, type PSPropertyInfo } from './engine/ps-object.js';
export { ScriptBlock } from './engine/script-block.js';
export type { InformationRecord } from './engine/cmdlet.js';
export type { ModuleInfo } from './engine/command-info.js';
