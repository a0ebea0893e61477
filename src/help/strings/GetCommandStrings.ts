/**
 * Get-Command's texts that the engine's DiscoveryExceptions catalogue does not carry, verbatim from pwsh's
 * `src/System.Management.Automation/resources/DiscoveryExceptions.resx` (v7.5.4).
 */
export const GetCommandStrings = {
  CommandParameterNotFound: "No matching commands include a parameter named '{0}'.  Check the spelling of the parameter name, and then try again.",
} as const satisfies Record<string, string>;
