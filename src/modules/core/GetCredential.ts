import { PSCmdlet } from '../../engine/cmdlet.js';
import { PSCredential, SecureString } from '../../engine/credential.js';
import { Param, Validate, type BoundParameters } from '../../engine/parameter-declaration.js';
import { PSTypes } from '../../engine/type-info.js';

/** pwsh's UtilsStrings (Microsoft.PowerShell.Security) texts. */
const PromptForCredential_DefaultCaption = 'PowerShell credential request';
const PromptForCredential_DefaultMessage = 'Enter your credentials.';

/** Get-Credential: asks the host for a user name and a password (masked) and writes a PSCredential. */
// pwsh: src/Microsoft.PowerShell.Security/security/CredentialCommands.cs (GetCredentialCommand).
export class GetCredential extends PSCmdlet {
  static readonly cmdlet = { verb: 'Get', noun: 'Credential', defaultParameterSetName: 'CredentialSet', implementingType: 'Microsoft.PowerShell.Commands.GetCredentialCommand' } as const;

  static readonly parameters = {
    Credential: Param.typed<PSCredential>(PSTypes.PSCredential, { validate: [Validate.notNull()], parameterSets: { CredentialSet: { position: 0 } } }),
    Message: Param.string({ validate: [Validate.notNullOrEmpty()], parameterSets: { MessageSet: {} } }),
    UserName: Param.string({ validate: [Validate.notNullOrEmpty()], parameterSets: { MessageSet: { position: 0 } } }),
    Title: Param.string({ validate: [Validate.notNullOrEmpty()], parameterSets: { MessageSet: {} } }),
  } as const;

  override async beginProcessing(p: BoundParameters<typeof GetCredential>): Promise<void> {
    if (p.Credential instanceof PSCredential) {
      this.writeObject(p.Credential);
      return;
    }
    const answer = await this.host.ui.promptForCredential(p.Title ?? PromptForCredential_DefaultCaption, p.Message ?? PromptForCredential_DefaultMessage, p.UserName ?? '');
    if (answer !== null) this.writeObject(new PSCredential(answer.userName, new SecureString(answer.password)));
  }
}
