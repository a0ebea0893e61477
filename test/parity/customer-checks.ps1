# Checks a batch of customers before ordering: valid ones are previewed with -WhatIf, invalid input is reported with
# Write-Error, a few binding mistakes are caught and printed, and the script exits 1 when a customer was rejected.
$customers = @(
    '46a62ece-10ad-42e5-b3f1-b2ed53e6fc08'
    'not-a-guid'
    '{DC68E976-86B6-4EDB-B195-1B7A4832D8C0}'
)
$rejected = 0
foreach ($customer in $customers) {
    try {
        $item = New-PartnerCustomerCartLineItem -BillingCycle Monthly -CatalogItemId 'CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P' -CustomerId $customer -Quantity 5
        New-PartnerCustomerCart -CustomerId $customer -LineItems $item -WhatIf
    }
    catch {
        $rejected += 1
        Write-Error "Customer '$customer' rejected: $($_.Exception.Message)"
    }
}

# Mistakes the binder catches before any request is made.
try { New-PartnerCustomerCartLineItem -BillingCycle Unknown -CatalogItemId 'x' -CustomerId $customers[0] } catch { $_.Exception.Message }
try { New-PartnerCustomerCart -CustomerId $customers[0] -LineItems @() } catch { $_.FullyQualifiedErrorId }
try { New-PartnerCustomerCart -CustomerId $customers[0] -Bogus } catch { $_.Exception.Message }

Write-Warning "$rejected of $($customers.Count) customers rejected"
if ($rejected) { exit 1 }
