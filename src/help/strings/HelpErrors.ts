/**
 * Get-Help's error texts, verbatim from pwsh's `src/System.Management.Automation/resources/HelpErrors.resx`
 * (v7.5.4). Keys are the resource names, which are also the errorIds pwsh uses.
 */
export const HelpErrors = {
  HelpNotFound:
    'Get-Help could not find {0} in a help file in this session. To download updated help topics type: "Update-Help". To get help online, search for the help topic in the TechNet library at https://go.microsoft.com/fwlink/?LinkID=107116.',
  LoadHelpFileForTargetFailed:
    'An error occurred while loading Help content for {0} from file {1}. Details: {2}. To download updated Help topics, run the Update-Help cmdlet. To get help online, search for the Help topic in the TechNet library at https://go.microsoft.com/fwlink/?LinkID=107116.',
  NoParmsFound: 'No parameter matches criteria {0}.',
  ParamNotSupported: '{0} is not supported by the requested Help category.',
  NoURIFound:
    'The online version of this Help topic cannot be displayed because the Internet address (URI) of the Help topic is not specified in the command code or in the help file for the command.',
  InvalidURI: 'The specified URI {0} is not valid.',
  CannotLaunchURI: 'Starting a browser to display online Help failed. No program or browser is associated to open the URI {0}.',
  ProtocolNotSupported: 'The protocol specified in the Uri "{0}" is not supported. Only "{1}" and "{2}" protocols are supported.',
  MultipleOnlineTopicsNotSupported: 'Multiple Help topics were found. Use only one Help topic with the -{0} option.',
} as const satisfies Record<string, string>;

export type HelpErrorId = keyof typeof HelpErrors;
