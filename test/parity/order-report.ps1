# Summarises orders.json without calling Partner Center: a table of the orders, totals per billing cycle, and a
# JSON summary for another tool.
$orders = Get-Content -Raw -Path "$PSScriptRoot/orders.json" | ConvertFrom-Json
$orders | Select-Object customerId, billingCycle, quantity | Format-Table

$orders | Group-Object billingCycle | Sort-Object Name | ForEach-Object {
    '{0,-8} {1,3} order(s) {2,4} licence(s)' -f $_.Name, $_.Count, ($_.Group | Measure-Object quantity -Sum).Sum
}

[pscustomobject]@{
    orders    = $orders.Count
    licences  = [int]($orders | Measure-Object quantity -Sum).Sum
    customers = @($orders.customerId | Sort-Object -Unique)
} | ConvertTo-Json
