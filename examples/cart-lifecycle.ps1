# A cart from start to finish: create it, read it back, replace its line items, add one more, check it out.
# Without Connect-PartnerCenter this runs against pcsh's local Partner Center sandbox.
$customerId = '46a62ece-10ad-42e5-b3f1-b2ed53e6fc08'

$reservedInstance = New-PartnerCustomerCartLineItem -BillingCycle 'OneTime' -CatalogItemId 'DG7GMGF0DWTL:0001:DG7GMGF0DSJB' -CustomerId $customerId -FriendlyName 'Sample RI Purchase' -ProvisioningContext @{duration='1Year'; scope='shared'; subscriptionId='b35d5324-df8e-4306-9023-6edac2d4896c'} -Quantity 10
$cart = New-PartnerCustomerCart -CustomerId $customerId -LineItems $reservedInstance
"Created cart $($cart.CartId): $($cart.Status)"

$cart = Get-PartnerCustomerCart -CustomerId $customerId -CartId $cart.CartId
"Read cart $($cart.CartId): $(@($cart.LineItems).Count) line item(s)"

$fewer = New-PartnerCustomerCartLineItem -BillingCycle 'OneTime' -CatalogItemId 'DG7GMGF0DWTL:0001:DG7GMGF0DSJB' -CustomerId $customerId -FriendlyName 'Sample RI Purchase' -ProvisioningContext @{duration='1Year'; scope='shared'; subscriptionId='b35d5324-df8e-4306-9023-6edac2d4896c'} -Quantity 5
$cart = Set-PartnerCustomerCart -CustomerId $customerId -CartId $cart.CartId -LineItems $fewer
"Updated cart: quantity $($cart.LineItems[0].Quantity)"

$licenses = New-PartnerCustomerCartLineItem -BillingCycle 'Monthly' -CatalogItemId 'CFQ7TTC0LH18:0001:CFQ7TTC0K59S' -CustomerId $customerId -FriendlyName 'Microsoft 365 Business Basic' -Quantity 5 -TermDuration 'P1Y'
$cart = Add-PartnerCustomerCartLineItem -CustomerId $customerId -CartId $cart.CartId -LineItem $licenses
"Added a line item: $(@($cart.LineItems).Count) line item(s)"

$result = Submit-PartnerCustomerCart -CustomerId $customerId -CartId $cart.CartId
foreach ($order in $result.Orders) {
    "Order $($order.Id): $($order.Status)"
}
'{0} order(s), {1} order error(s)' -f @($result.Orders).Count, @($result.OrderErrors).Count
