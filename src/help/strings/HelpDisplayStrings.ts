/**
 * The texts Get-Help prints around help content, verbatim from pwsh's
 * `src/System.Management.Automation/resources/HelpDisplayStrings.resx` (v7.5.4). Keys are the resource names.
 */
export const HelpDisplayStrings = {
  Name: 'NAME',
  Synopsis: 'SYNOPSIS',
  DetailedDescription: 'DESCRIPTION',
  Syntax: 'SYNTAX',
  Parameters: 'PARAMETERS',
  InputType: 'INPUTS',
  ReturnType: 'OUTPUTS',
  TerminatingErrors: 'TERMINATING ERRORS',
  NonHyphenTerminatingErrors: 'NON-TERMINATING ERRORS',
  Notes: 'NOTES',
  RelatedLinks: 'RELATED LINKS',
  RemarksSection: 'REMARKS',
  AliasesSection: 'ALIASES',
  BaseCmdletInformation:
    '    This cmdlet supports the common parameters: Verbose, Debug,\n' +
    '    ErrorAction, ErrorVariable, WarningAction, WarningVariable,\n' +
    '    OutBuffer, PipelineVariable, and OutVariable. For more information, see\n' +
    '    about_CommonParameters (https://go.microsoft.com/fwlink/?LinkID=113216). ',
  ParameterRequired: 'Required?                    ',
  ParameterPosition: 'Position?                    ',
  ParameterDefaultValue: 'Default value                ',
  AcceptsPipelineInput: 'Accept pipeline input?       ',
  ParameterAliases: 'Aliases                      ',
  ParameterIsDynamic: 'Dynamic?                     ',
  ParameterSetName: 'Parameter set name           ',
  PipelineByPropertyName: 'ByPropertyName',
  PipelineByValue: 'ByValue',
  PipelineFromRemainingArguments: 'FromRemainingArguments',
  AcceptsWildCardCharacters: 'Accept wildcard characters?  ',
  VerboseHelpInfo: 'For more information, type: ',
  FullHelpInfo: 'For technical information, type: ',
  ExampleHelpInfo: 'To see the examples, type: ',
  RelatedLinksHelpInfo: 'For online help, type: ',
  CommonParameters: '<CommonParameters>',
  TrueShort: 'true',
  FalseShort: 'false',
  NamedParameter: 'Named',
  None: 'None',
  AllParameterSetsName: '(All)',
  GetLatestHelpContent:
    'Get-Help cannot find the Help files for this cmdlet on this computer. It is displaying only partial help.\n' +
    '    -- To download and install Help files for the module that includes this cmdlet, use Update-Help.\n' +
    '    -- To view the Help topic for this cmdlet online, type: "Get-Help {0} -Online" or\n' +
    '       go to {1}.',
  GetLatestHelpContentWithoutHelpUri:
    'Get-Help cannot find the Help files for this cmdlet on this computer. It is displaying only partial help.\n' +
    '    -- To download and install Help files for the module that includes this cmdlet, use Update-Help.',
  OnlineHelpUri: 'Help URI: {0}',
} as const satisfies Record<string, string>;

export type HelpDisplayStringId = keyof typeof HelpDisplayStrings;
