// Scripts shared by the language tests.

/** The seed example of the brief (issue 3), with -WhatIf. */
export const SEED = [
  '$lineItems = @()',
  "$lineItems += New-PartnerCustomerCartLineItem -BillingCycle 'OneTime' -CatalogItemId 'DG7GMGF0DWTL:0001:DG7GMGF0DSJB' -CustomerId '46a62ece-10ad-42e5-b3f1-b2ed53e6fc08' -FriendlyName 'Sample RI Purchase' -ProvisioningContext @{duration='1Year'; scope='shared'; subscriptionId='b35d5324-df8e-4306-9023-6edac2d4896c'} -Quantity 10",
  "New-PartnerCustomerCart -CustomerId '46a62ece-10ad-42e5-b3f1-b2ed53e6fc08' -LineItems $lineItems -WhatIf",
].join('\n');

/** A script of the kind partners write around the cart cmdlets: JSON input, a loop, try/catch, a summary. */
export const PARTNER_SCRIPT = `#requires -Version 7
<#
.SYNOPSIS
  Creates carts for the orders in a JSON file.
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory = $true)][string]$Path,
    [ValidateSet('Annual', 'Monthly')][string]$BillingCycle = 'Monthly',
    [switch]$DryRun
)

$orders = Get-Content -Path $Path -Raw | ConvertFrom-Json
$created = 0; $failed = @()
:orders foreach ($order in $orders) {
    if (-not $order.CustomerId) { Write-Warning "Order $($order.Id) has no customer"; continue orders }
    $lineItems = @()
    for ($i = 0; $i -lt $order.Items.Count; $i++) {
        $item = $order.Items[$i]
        $lineItems += New-PartnerCustomerCartLineItem -BillingCycle $BillingCycle \`
            -CatalogItemId $item.CatalogItemId -Quantity ([int]$item.Quantity) -ProvisioningContext @{
                duration = '1Year'; scope = "shared"
            }
    }
    try {
        $cart = New-PartnerCustomerCart -CustomerId $order.CustomerId -LineItems $lineItems -WhatIf:$DryRun -ErrorAction Stop
        $created++
    } catch [System.Net.WebException] {
        $failed += [pscustomobject]@{ Id = $order.Id; Error = $_.Exception.Message }
    } catch {
        throw
    } finally {
        Write-Verbose ('Processed {0}' -f $order.Id)
    }
    switch -Wildcard ($order.Status) {
        'new*' { $new = $true }
        default { $new = $false }
    }
}
$summary = @"
Created: $created
Failed:  $($failed.Count)
"@
Write-Output $summary 2>&1 | Out-Host
if ($failed.Count -gt 0 -and !$DryRun) { exit 1 } elseif ($created -eq 0) { exit 2 } else { exit 0 }
`;
