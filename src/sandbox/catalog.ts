/**
 * The sandbox's seeded catalog: the reserved-instance item of the seed help example and a few new-commerce (NCE)
 * license offers, with the rules the service applies to them (terms, billing cycles, provisioning variables).
 * Ids and titles come from Microsoft's cart examples; prices are not modelled.
 */

/** Billing cycles as the service spells them on the wire (the SDK's EnumJsonConverter writes snake_case). */
export type BillingCycle = 'monthly' | 'annual' | 'none' | 'one_time';

/** All wire spellings, in the SDK enum's order. */
export const BILLING_CYCLES: readonly BillingCycle[] = ['monthly', 'annual', 'none', 'one_time'];

/** A term an offer sells, and the billing cycles allowed with it. */
export interface CatalogTerm {
  readonly termDuration: string;
  readonly billingCycles: readonly BillingCycle[];
}

/** What a provisioning-context key accepts: a list of values, or any GUID. */
export type ProvisioningVariable = readonly string[] | 'guid';

/** One purchasable availability: `product:sku:availability`. */
export interface CatalogItem {
  readonly catalogItemId: string;
  readonly title: string;
  /** Term-based offers (NCE) require `termDuration`; others refuse one. */
  readonly terms: readonly CatalogTerm[];
  /** Billing cycles of an offer that has no terms. */
  readonly billingCycles: readonly BillingCycle[];
  /** Keys the line item's provisioningContext must carry (the SKU's provisioningVariables). */
  readonly provisioningVariables: Readonly<Record<string, ProvisioningVariable>>;
}

const SEEDED_CATALOG: readonly CatalogItem[] = [
  {
    // The seed help example (help/New-PartnerCustomerCart.md): a one-time Azure reserved VM instance purchase.
    catalogItemId: 'DG7GMGF0DWTL:0001:DG7GMGF0DSJB',
    title: 'Reserved Virtual Machine Instance, Standard_D2s_v3',
    terms: [],
    billingCycles: ['one_time'],
    provisioningVariables: { duration: ['1Year', '3Years'], scope: ['shared', 'single'], subscriptionId: 'guid' },
  },
  {
    catalogItemId: 'CFQ7TTC0LH18:0001:CFQ7TTC0K59S',
    title: 'Microsoft 365 Business Basic',
    terms: [
      { termDuration: 'P1M', billingCycles: ['monthly'] },
      { termDuration: 'P1Y', billingCycles: ['monthly', 'annual'] },
    ],
    billingCycles: [],
    provisioningVariables: {},
  },
  {
    // create-a-cart and checkout examples.
    catalogItemId: 'CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P',
    title: 'AI Builder Capacity add-on',
    terms: [{ termDuration: 'P1M', billingCycles: ['monthly'] }],
    billingCycles: [],
    provisioningVariables: {},
  },
  {
    catalogItemId: 'CFQ7TTC0LFLS:0002:CFQ7TTC0KDLJ',
    title: 'Azure Active Directory Premium P1',
    terms: [
      { termDuration: 'P1M', billingCycles: ['monthly'] },
      { termDuration: 'P1Y', billingCycles: ['monthly', 'annual'] },
      { termDuration: 'P3Y', billingCycles: ['monthly', 'annual'] },
    ],
    billingCycles: [],
    provisioningVariables: {},
  },
];

const byId = new Map(SEEDED_CATALOG.map((item) => [item.catalogItemId.toUpperCase(), item]));

/** The seeded catalog, in a stable order. */
export function catalogItems(): readonly CatalogItem[] {
  return SEEDED_CATALOG;
}

/** Finds an item by its id, case-insensitively (the service's ids are upper case). */
export function findCatalogItem(catalogItemId: string): CatalogItem | undefined {
  return byId.get(catalogItemId.toUpperCase());
}

/** The availability part of `product:sku:availability` (what the 400039 text names). */
export function availabilityId(catalogItemId: string): string {
  const parts = catalogItemId.split(':');
  return parts[2] ?? catalogItemId;
}
