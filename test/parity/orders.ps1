# Creates one cart per order in orders.json and checks each out; a bad order is reported and skipped.
# The printed lines are stable: statuses, counts and error ids, never cart ids or dates.
$orders = Get-Content -Raw -Path "$PSScriptRoot/orders.json" | ConvertFrom-Json -AsHashtable
$created = 0
$failed = 0

foreach ($order in $orders) {
    $itemParameters = @{
        BillingCycle  = $order.billingCycle
        CatalogItemId = $order.catalogItemId
        CustomerId    = $order.customerId
        Quantity      = $order.quantity
    }
    if ($order.friendlyName) { $itemParameters.FriendlyName = $order.friendlyName }
    if ($order.provisioningContext) { $itemParameters.ProvisioningContext = $order.provisioningContext }

    try {
        $lineItem = New-PartnerCustomerCartLineItem @itemParameters
        $cart = New-PartnerCustomerCart -CustomerId $order.customerId -LineItems $lineItem -WarningAction SilentlyContinue -ErrorAction Stop
        '{0}: cart {1} with {2} line item(s), {3} licence(s)' -f $order.customerId, $cart.Status, @($cart.LineItems).Count, $cart.LineItems[0].Quantity

        $result = Submit-PartnerCustomerCart -CustomerId $order.customerId -CartId $cart.CartId -WarningAction SilentlyContinue -ErrorAction Stop
        $after = Get-PartnerCustomerCart -CustomerId $order.customerId -CartId $cart.CartId -WarningAction SilentlyContinue
        '{0}: checked out into {1} order(s); cart {2}' -f $order.customerId, @($result.Orders).Count, $after.Status
        $created += 1
    }
    catch {
        $failed += 1
        '{0}: skipped ({1})' -f $order.customerId, $_.FullyQualifiedErrorId
    }
}

"$created of $($orders.Count) orders placed, $failed skipped"
if ($failed -gt 0) { exit 2 }
