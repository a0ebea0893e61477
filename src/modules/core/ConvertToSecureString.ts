import { PSCmdlet } from '../../engine/cmdlet.js';
import { SecureString } from '../../engine/credential.js';
import { ErrorRecord, PSException } from '../../engine/errors.js';
import { Param, type BoundParameters } from '../../engine/parameter-declaration.js';

/**
 * ConvertTo-SecureString: plain text to a SecureString (`-AsPlainText`; `-Force` is accepted as in pwsh 7,
 * where it is no longer needed). pcsh has no DPAPI or key-encrypted standard strings.
 */
export class ConvertToSecureString extends PSCmdlet {
  static readonly cmdlet = { verb: 'ConvertTo', noun: 'SecureString', defaultParameterSetName: 'Secure', implementingType: 'Microsoft.PowerShell.Commands.ConvertToSecureStringCommand' } as const;

  static readonly parameters = {
    String: Param.string({ mandatory: true, position: 0, valueFromPipeline: true }),
    AsPlainText: Param.switch({ parameterSets: { PlainText: { mandatory: true, position: 1 } } }),
    Force: Param.switch({ parameterSets: { PlainText: { position: 2 } } }),
  } as const;

  override processRecord(p: BoundParameters<typeof ConvertToSecureString>): void {
    if (p.AsPlainText !== true) {
      const message = 'pcsh cannot decrypt an encrypted standard string. Pass the secret with -AsPlainText, for example: ConvertTo-SecureString $secret -AsPlainText';
      this.writeError(new ErrorRecord(new PSException(message, 'System.NotSupportedException'), 'ImportSecureString', 'NotImplemented', null));
      return;
    }
    this.writeObject(new SecureString(p.String));
  }
}
