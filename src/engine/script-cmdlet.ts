/**
 * `$PSCmdlet` in an advanced function or script (pwsh's PSScriptCmdlet): the script's view of its own command
 * runtime. ShouldProcess, ShouldContinue and the Write* methods go through the same CommandRuntime a cmdlet uses,
 * so `-WhatIf`, `-Confirm`, `-ErrorAction`, `-Verbose` and the preference variables behave exactly as for cmdlets.
 */
// pwsh: engine/runtime/CompiledScriptBlock.cs (PSScriptCmdlet), engine/cmdlet.cs, engine/MshCommandRuntime.cs.
import { ActionPreferenceStopException, type CommandRuntime } from './command-runtime.js';
import { PipelineStoppedSignal } from './control-flow.js';
import { ErrorRecord, PSException, RuntimeException, type InvocationInfo } from './errors.js';
import { DotNetMembers, type DotNetMemberTable } from './members/engine-object.js';
import { dotNetException, lazyMethodTable, overload, Void } from './members/method-binding.js';
import { resolveType } from './type-resolver.js';
import { PSTypes, type PSTypeInfo } from './type-info.js';

/** What the script command gives its `$PSCmdlet`. */
export interface ScriptCmdletSite {
  readonly runtime: CommandRuntime;
  /** `$PSCmdlet.MyInvocation` (the same value as `$MyInvocation`). */
  readonly myInvocation: InvocationInfo;
  /** The processor that catches this command's ThrowTerminatingError. */
  readonly owner: object;
  readonly parameterSetName: () => string;
  /** Writes to the command's output (WriteObject). */
  readonly writeObject: (value: unknown, enumerateCollection: boolean) => void;
}

/** `$PSCmdlet`. */
export class PSScriptCmdlet {
  constructor(private readonly site: ScriptCmdletSite) {}

  get [DotNetMembers](): DotNetMemberTable<PSScriptCmdlet> {
    return ScriptCmdletMembers;
  }

  get parameterSetName(): string {
    return this.site.parameterSetName();
  }

  get myInvocation(): InvocationInfo {
    return this.site.myInvocation;
  }

  /** `ShouldProcess(target)` and `ShouldProcess(target, action)`: the operation is the command's name unless given. */
  shouldProcessTarget(target: string, action?: string): Promise<boolean> {
    return asDotNetCall(() => this.site.runtime.shouldProcessTarget(target, action));
  }

  /** `ShouldProcess(verboseDescription, verboseWarning, caption)`: the caller's texts as given. */
  shouldProcess(verboseDescription: string, verboseWarning: string, caption: string): Promise<boolean> {
    return asDotNetCall(() => this.site.runtime.shouldProcess(verboseDescription, verboseWarning, caption));
  }

  shouldContinue(query: string, caption: string): Promise<boolean> {
    return asDotNetCall(() => this.site.runtime.shouldContinue(query, caption));
  }

  writeVerbose(text: string): void {
    this.site.runtime.writeVerbose(text);
  }

  writeWarning(text: string): void {
    this.site.runtime.writeWarning(text);
  }

  writeDebug(text: string): void {
    this.site.runtime.writeDebug(text);
  }

  writeObject(value: unknown, enumerateCollection: boolean): void {
    this.site.writeObject(value, enumerateCollection);
  }

  /** A non-terminating error, reported as this command's (pwsh's WriteError sets the record's InvocationInfo). */
  writeError(record: ErrorRecord): void {
    record.invocationInfo = this.site.runtime.myInvocation;
    this.site.runtime.writeError(record);
  }

  /**
   * Ends the command with `record`, reported as this command's: the script's remaining statements do not run and
   * its `catch` blocks do not see it; the command's caller gets it as a statement-terminating error.
   */
  // pwsh: MshCommandRuntime.ThrowTerminatingError and ManageException (PipelineStoppedException).
  throwTerminatingError(record: ErrorRecord): never {
    record.invocationInfo = this.site.runtime.myInvocation;
    this.site.runtime.executionFailed = true;
    // A CmdletInvocationException reaches the caller: statement-terminating even for a record a `throw` made.
    throw new PipelineStoppedSignal(this.site.owner, new RuntimeException(record, 'System.Management.Automation.CmdletInvocationException'));
  }
}

/**
 * A prompt that fails (`-NonInteractive`) throws a .NET exception out of the method, which the script sees wrapped:
 * `Exception calling "ShouldProcess" with "1" argument(s): "PowerShell is in NonInteractive mode. …"` (reference
 * §3). The host raises it as a RuntimeException with a record; its bare exception is what the method call wraps.
 * A stop (Ctrl+C at the prompt) passes unchanged.
 */
async function asDotNetCall<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof ActionPreferenceStopException || !(error instanceof RuntimeException) || error.errorRecord === undefined) throw error;
    throw new PSException(error.message, error.errorRecord.exception.typeName);
  }
}

/** The .NET ErrorRecord type, for method argument conversion. */
function errorRecordType(): PSTypeInfo {
  return resolveType('System.Management.Automation.ErrorRecord') ?? PSTypes.Object;
}

/** `WriteError($null)` is .NET's ArgumentNullException, wrapped as a method invocation error. */
function requireRecord(record: unknown): ErrorRecord {
  if (record instanceof ErrorRecord) return record;
  throw dotNetException('Value cannot be null.', 'System.ArgumentNullException', 'errorRecord');
}

const S = PSTypes.String;

const ScriptCmdletMembers: DotNetMemberTable<PSScriptCmdlet> = {
  typeName: 'System.Management.Automation.PSScriptCmdlet',
  properties: {
    parametersetname: (c) => c.parameterSetName,
    myinvocation: (c) => c.myInvocation,
  },
  methods: lazyMethodTable<PSScriptCmdlet>(() => {
    const record = errorRecordType();
    return {
      ShouldProcess: [
        overload([['target', S]], (c, [target]) => c.shouldProcessTarget(target as string)),
        overload([['target', S], ['action', S]], (c, [target, action]) => c.shouldProcessTarget(target as string, action as string)),
        overload([['verboseDescription', S], ['verboseWarning', S], ['caption', S]], (c, [d, w, caption]) => c.shouldProcess(d as string, w as string, caption as string)),
      ],
      ShouldContinue: [overload([['query', S], ['caption', S]], (c, [query, caption]) => c.shouldContinue(query as string, caption as string))],
      WriteError: [overload([['errorRecord', record]], (c, [r]) => (c.writeError(requireRecord(r)), Void))],
      ThrowTerminatingError: [overload([['errorRecord', record]], (c, [r]) => c.throwTerminatingError(requireRecord(r)))],
      WriteVerbose: [overload([['text', S]], (c, [text]) => (c.writeVerbose(text as string), Void))],
      WriteWarning: [overload([['text', S]], (c, [text]) => (c.writeWarning(text as string), Void))],
      WriteDebug: [overload([['text', S]], (c, [text]) => (c.writeDebug(text as string), Void))],
      WriteObject: [
        overload([['sendToPipeline']], (c, [value]) => (c.writeObject(value, false), Void)),
        overload([['sendToPipeline'], ['enumerateCollection', PSTypes.Boolean]], (c, [value, enumerate]) => (c.writeObject(value, enumerate === true), Void)),
      ],
    };
  }),
};
