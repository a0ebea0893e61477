import { PSCmdlet } from '../../engine/cmdlet.js';
import { toPSString } from '../../engine/conversion.js';
import { PSCredential, SecureString } from '../../engine/credential.js';
import { ErrorRecord, PSException } from '../../engine/errors.js';
import { invokeStaticMethod, setMember } from '../../engine/members.js';
import { Param, type BoundParameters } from '../../engine/parameter-declaration.js';
import { Hashtable, PSObject } from '../../engine/ps-object.js';
import { resolveType } from '../../engine/type-resolver.js';
import type { PSTypeInfo } from '../../engine/type-info.js';

/** pwsh's NewObjectStrings TypeNotFound text. */
const TypeNotFound = 'Cannot find type [{0}]: verify that the assembly containing this type is loaded.';

const customObjectNames = new Set(['psobject', 'pscustomobject', 'system.management.automation.psobject', 'system.management.automation.pscustomobject', 'system.object', 'object']);

/** New-Object: creates an object of a .NET type pcsh knows, optionally setting properties (`-Property`). */
export class NewObject extends PSCmdlet {
  static readonly cmdlet = { verb: 'New', noun: 'Object', defaultParameterSetName: 'Net', implementingType: 'Microsoft.PowerShell.Commands.NewObjectCommand' } as const;

  static readonly parameters = {
    TypeName: Param.string({ parameterSets: { Net: { mandatory: true, position: 0 } } }),
    ArgumentList: Param.objectArray({ aliases: ['Args'], parameterSets: { Net: { position: 1 } } }),
    Property: Param.hashtable(),
  } as const;

  override async processRecord(p: BoundParameters<typeof NewObject>): Promise<void> {
    const typeName = p.TypeName ?? '';
    const args = p.ArgumentList ?? [];
    let created: unknown;
    if (customObjectNames.has(typeName.trim().toLowerCase())) {
      created = PSObject.custom(p.Property === undefined ? [] : [...p.Property].map(([k, v]) => [toPSString(k), v] as const));
      this.writeObject(created);
      return;
    }
    const type = resolveType(typeName);
    if (type === undefined) {
      this.throwTerminatingError(new ErrorRecord(new PSException(TypeNotFound.replace('{0}', typeName), 'System.Management.Automation.PSArgumentException'), 'TypeNotFound', 'InvalidType', null));
    }
    created = await this.construct(type, args);
    if (p.Property !== undefined) for (const [key, value] of p.Property) setMember(created, toPSString(key), value);
    this.writeObject(created);
  }

  /** Calls the type's constructor (pwsh's `[T]::new(args)`). */
  private async construct(type: PSTypeInfo, args: readonly unknown[]): Promise<unknown> {
    if (type.fullName === 'System.Management.Automation.PSCredential') {
      const [user, password] = args;
      if (args.length === 2 && password instanceof SecureString) return new PSCredential(toPSString(user), password);
    }
    if (type.fullName === 'System.Collections.Hashtable' && args.length === 0) return new Hashtable();
    if (args.length === 0 && type.convertFrom !== undefined) {
      const fromEmpty = type.convertFrom(new Hashtable());
      if (fromEmpty !== undefined) return fromEmpty;
    }
    return invokeStaticMethod(type, 'new', [...args], { invokeScriptBlock: (block, dollarUnder) => this.commandRuntime.invokeScriptBlock(block, { dollarUnder }) });
  }
}
