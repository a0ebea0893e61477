/**
 * `$MyInvocation` and `$PSCmdlet.MyInvocation` as scripts read them: an InvocationInfo that also answers pwsh's
 * member names (`.MyCommand.Name`, `.InvocationName`, `.BoundParameters`, `.ScriptLineNumber`…).
 */
// pwsh: engine/InvocationInfo.cs, engine/CommandInfo.cs.
import type { Extent } from '../language/ast.js';
import type { CommandIdentity, InvocationInfo } from './errors.js';
import { DotNetMembers, type DotNetMemberTable } from './members/engine-object.js';
import { lazyMethodTable } from './members/method-binding.js';
import type { Hashtable } from './ps-object.js';

/** `$MyInvocation.MyCommand`: the command's name and type. */
class CommandInfoValue {
  constructor(readonly command: CommandIdentity) {}

  get [DotNetMembers](): DotNetMemberTable<CommandInfoValue> {
    return CommandInfoMembers;
  }

  toString(): string {
    return this.command.name;
  }
}

const CommandInfoMembers: DotNetMemberTable<CommandInfoValue> = {
  typeName: 'System.Management.Automation.CommandInfo',
  properties: {
    name: (c) => c.command.name,
    commandtype: (c) => c.command.commandType,
  },
  methods: lazyMethodTable(() => ({})),
};

/** The text of the line an extent starts on. */
function lineText(extent: Extent): string {
  const text = extent.source.text;
  const start = text.lastIndexOf('\n', extent.startOffset - 1) + 1;
  const end = text.indexOf('\n', extent.startOffset);
  return text.slice(start, end < 0 ? text.length : end).replace(/\r$/, '');
}

/** An InvocationInfo with pwsh's members; the engine reads it as the plain InvocationInfo it also is. */
export class InvocationInfoValue implements InvocationInfo {
  readonly myCommand?: CommandIdentity;
  readonly invocationName: string;
  readonly extent?: Extent;
  readonly pipelinePosition: number;
  readonly pipelineLength: number;

  constructor(
    info: InvocationInfo,
    /** `$PSBoundParameters` and `$args` of the invocation. */
    readonly bound: { readonly boundParameters: Hashtable; readonly args: readonly unknown[] },
    readonly expectingInput: boolean,
  ) {
    if (info.myCommand !== undefined) this.myCommand = info.myCommand;
    this.invocationName = info.invocationName;
    if (info.extent !== undefined) this.extent = info.extent;
    this.pipelinePosition = info.pipelinePosition;
    this.pipelineLength = info.pipelineLength;
  }

  get [DotNetMembers](): DotNetMemberTable<InvocationInfoValue> {
    return InvocationInfoMembers;
  }
}

const InvocationInfoMembers: DotNetMemberTable<InvocationInfoValue> = {
  typeName: 'System.Management.Automation.InvocationInfo',
  properties: {
    mycommand: (i) => (i.myCommand === undefined ? null : new CommandInfoValue(i.myCommand)),
    invocationname: (i) => i.invocationName,
    boundparameters: (i) => i.bound.boundParameters,
    unboundarguments: (i) => [...i.bound.args],
    pipelineposition: (i) => i.pipelinePosition,
    pipelinelength: (i) => i.pipelineLength,
    expectinginput: (i) => i.expectingInput,
    scriptlinenumber: (i) => i.extent?.startLine ?? 0,
    offsetinline: (i) => i.extent?.startColumn ?? 0,
    line: (i) => (i.extent === undefined ? '' : lineText(i.extent)),
    scriptname: (i) => i.extent?.source.file ?? '',
  },
  methods: lazyMethodTable(() => ({})),
};
