/**
 * JSON Schemas of the cart API (plain data; compiled lazily by validate.ts). Response schemas are lenient
 * where Microsoft's documentation disagrees with itself (`…TimeStamp`/`…Timestamp`, `catalogId`/`catalogItemId`,
 * integer or string ids and codes, `renewsTo` as object or array) and accept unknown properties and enum
 * strings. Request schemas are strict: only the documented spellings, no unknown properties.
 */
// Facts: /work/shared/reference/partner-center.md §3.3–3.5 (create-a-cart, update-a-cart, checkout-a-cart,
// error-codes and api-throttling-guidance pages of the Partner Center REST reference).

type Schema = Readonly<Record<string, unknown>>;

/** ISO 8601 date-time as .NET writes it: optional fraction of any length, optional `Z` or offset. */
const DATE_TIME = '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:?\\d{2})?$';
const nullable = (schema: Schema): Schema => ({ anyOf: [schema, { type: 'null' }] });
const nullableString: Schema = { type: ['string', 'null'] };
const nullableDateTime: Schema = nullable({ type: 'string', pattern: DATE_TIME });
const integerOrDigits: Schema = { anyOf: [{ type: 'integer' }, { type: 'string', pattern: '^-?\\d+$' }] };
const stringMap: Schema = nullable({ type: 'object', additionalProperties: { type: ['string', 'number', 'boolean', 'null'] } });
const link: Schema = nullable({
  type: 'object',
  properties: {
    uri: nullableString,
    method: nullableString,
    headers: nullable({ type: 'array', items: { type: 'object' } }),
  },
});
const links: Schema = nullable({ type: 'object', additionalProperties: link });

/** A line item the service returns (recursive through addonItems). */
export const cartLineItemResponseSchema: Schema = {
  $id: 'pcsh:partner-center/CartLineItem',
  type: 'object',
  anyOf: [{ required: ['catalogItemId'] }, { required: ['catalogId'] }],
  properties: {
    id: nullable(integerOrDigits),
    catalogItemId: nullableString,
    catalogId: nullableString,
    friendlyName: nullableString,
    quantity: { type: ['integer', 'null'] },
    currencyCode: nullableString,
    billingCycle: { type: ['string', 'integer', 'null'] },
    termDuration: nullableString,
    participants: nullable({
      type: 'array',
      items: { type: 'object', required: ['key'], properties: { key: { type: ['string', 'integer'] }, value: nullableString } },
    }),
    provisioningContext: stringMap,
    orderGroup: { type: ['string', 'integer', 'null'] },
    addonItems: nullable({ type: 'array', items: { $ref: 'pcsh:partner-center/CartLineItem' } }),
    error: nullable({
      type: 'object',
      properties: { errorCode: nullable(integerOrDigits), errorDescription: nullableString },
    }),
    renewsTo: {
      anyOf: [
        { type: 'null' },
        { type: 'object', properties: { termDuration: nullableString } },
        { type: 'array', items: { type: 'object', properties: { termDuration: nullableString } } },
      ],
    },
  },
};

/** A cart the service returns. */
export const cartResponseSchema: Schema = {
  $id: 'pcsh:partner-center/Cart',
  type: 'object',
  required: ['id'],
  properties: {
    id: { type: 'string', minLength: 1 },
    creationTimestamp: nullableDateTime,
    creationTimeStamp: nullableDateTime,
    lastModifiedTimestamp: nullableDateTime,
    lastModifiedTimeStamp: nullableDateTime,
    expirationTimestamp: nullableDateTime,
    expirationTimeStamp: nullableDateTime,
    lastModifiedUser: nullableString,
    status: nullableString,
    lineItems: nullable({ type: 'array', items: { $ref: 'pcsh:partner-center/CartLineItem' } }),
  },
};

/** An order a checkout created. */
export const orderResponseSchema: Schema = {
  $id: 'pcsh:partner-center/Order',
  type: 'object',
  properties: {
    id: nullableString,
    alternateId: nullableString,
    referenceCustomerId: nullableString,
    billingCycle: { type: ['string', 'integer', 'null'] },
    currencyCode: nullableString,
    currencySymbol: nullableString,
    lineItems: nullable({
      type: 'array',
      items: {
        type: 'object',
        properties: {
          lineItemNumber: { type: ['integer', 'null'] },
          offerId: nullableString,
          subscriptionId: nullableString,
          parentSubscriptionId: nullableString,
          termDuration: nullableString,
          transactionType: nullableString,
          friendlyName: nullableString,
          quantity: { type: ['integer', 'null'] },
          partnerIdOnRecord: nullableString,
          provisioningContext: stringMap,
          pricing: nullable({ type: 'object', additionalProperties: { type: ['number', 'null'] } }),
          links,
        },
      },
    }),
    creationDate: nullableDateTime,
    status: nullableString,
    transactionType: nullableString,
    totalPrice: { type: ['number', 'null'] },
    links,
    attributes: nullable({ type: 'object', properties: { etag: nullableString, objectType: nullableString } }),
  },
};

/** What a checkout returns. */
export const cartCheckoutResultResponseSchema: Schema = {
  $id: 'pcsh:partner-center/CartCheckoutResult',
  type: 'object',
  properties: {
    orders: nullable({ type: 'array', items: { $ref: 'pcsh:partner-center/Order' } }),
    orderErrors: nullable({
      type: 'array',
      items: {
        type: 'object',
        properties: {
          orderGroupId: { type: ['string', 'integer', 'null'] },
          code: nullable(integerOrDigits),
          description: nullableString,
        },
      },
    }),
  },
};

/** The service's error body; `code` is a number on the wire and a string in the documented schema. */
export const serviceErrorBodySchema: Schema = {
  $id: 'pcsh:partner-center/ServiceError',
  type: 'object',
  required: ['description'],
  properties: {
    code: { type: ['integer', 'string', 'null'] },
    description: { type: 'string' },
    source: nullableString,
  },
};

/** The body of a 429 response. */
export const throttlingBodySchema: Schema = {
  $id: 'pcsh:partner-center/Throttling',
  type: 'object',
  required: ['message'],
  properties: { statusCode: { type: 'integer' }, message: { type: 'string' } },
};

const termDuration: Schema = { type: 'string', pattern: '^P[0-9]+[DWMY]$' };

/** A line item as pcsh sends it: documented names only, every required field present. */
export const cartLineItemRequestSchema: Schema = {
  $id: 'pcsh:partner-center/CartLineItemRequest',
  type: 'object',
  additionalProperties: false,
  required: ['id', 'catalogItemId', 'quantity', 'billingCycle'],
  properties: {
    id: { type: 'integer', minimum: 0 },
    catalogItemId: { type: 'string', minLength: 1, pattern: '^\\S+$' },
    quantity: { type: 'integer', minimum: 1 },
    billingCycle: { type: 'string', pattern: '^[a-z]+(_[a-z]+)*$', not: { const: 'unknown' } },
    friendlyName: { type: 'string' },
    termDuration,
    currencyCode: { type: 'string', pattern: '^[A-Z]{3}$' },
    orderGroup: { type: 'string' },
    participants: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['key', 'value'],
        properties: { key: { type: 'string', pattern: '^[a-z]+(_[a-z]+)*$' }, value: { type: 'string' } },
      },
    },
    provisioningContext: { type: 'object', additionalProperties: { type: 'string' } },
    renewsTo: { type: 'object', additionalProperties: false, required: ['termDuration'], properties: { termDuration } },
  },
};

/** A cart as pcsh sends it. */
export const cartRequestSchema: Schema = {
  $id: 'pcsh:partner-center/CartRequest',
  type: 'object',
  additionalProperties: false,
  required: ['lineItems'],
  properties: {
    id: { type: 'string' },
    creationTimestamp: { type: 'string', pattern: DATE_TIME },
    lastModifiedTimestamp: { type: 'string', pattern: DATE_TIME },
    expirationTimestamp: { type: 'string', pattern: DATE_TIME },
    lastModifiedUser: { type: 'string' },
    status: { type: 'string' },
    lineItems: { type: 'array', minItems: 1, items: { $ref: 'pcsh:partner-center/CartLineItemRequest' } },
  },
};

/** Every schema, in the order they must be added (referenced ones first). */
export const allSchemas: readonly Schema[] = [
  cartLineItemResponseSchema,
  cartResponseSchema,
  orderResponseSchema,
  cartCheckoutResultResponseSchema,
  serviceErrorBodySchema,
  throttlingBodySchema,
  cartLineItemRequestSchema,
  cartRequestSchema,
];
