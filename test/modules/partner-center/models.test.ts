/**
 * The module's value mappings, one table each: enum wire spellings (the SDK's EnumJsonConverter), `[PSCartLineItem]`
 * conversions, line items → request JSON, the retry schedule, HTTP status → ErrorCategory, request paths →
 * PowerShell names, and the atomic 0600 write of the token cache.
 */
import { mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Hashtable, PSEnumValue, PSObject } from '../../../src/engine/ps-object.js';
import { parseRetryAfter, retryDelayMs, defaultRetryPolicy } from '../../../src/modules/partner-center/api/retry-policy.js';
import { writeFileAtomic } from '../../../src/modules/partner-center/auth/token-cache.js';
import { categoryOfStatus, psFieldName } from '../../../src/modules/partner-center/error-records.js';
import { cartLineItemFromWire, newPSCartLineItem, toPSCartLineItem } from '../../../src/modules/partner-center/models/cart-line-item.js';
import { lineItemRequests } from '../../../src/modules/partner-center/models/cart-request.js';
import { PSCredential, SecureString } from '../../../src/engine/credential.js';
import { PSCredentialType, readCredential } from '../../../src/modules/partner-center/models/credential.js';
import { BillingCycleType, CartErrorCode, ParticipantType, enumFromWire, enumToWire } from '../../../src/modules/partner-center/models/enums.js';

const member = (type: typeof BillingCycleType, name: string): PSEnumValue => PSEnumValue.parse(type, name) as PSEnumValue;
const prop = (value: unknown, name: string): unknown => (value as PSObject).getProperty(name)?.value;

describe('enum wire spellings', () => {
  it.each([
    // EnumJsonConverter.ReadJson: snake_case → PascalCase member; integers by value; unknown values pass through (pcsh).
    [BillingCycleType, 'one_time', 'OneTime'],
    [BillingCycleType, 'monthly', 'Monthly'],
    [BillingCycleType, 'annual', 'Annual'],
    [BillingCycleType, 'none', 'None'],
    [BillingCycleType, 'triennial', 'triennial'],
    [ParticipantType, 'transaction_reseller', 'TransactionReseller'],
    [ParticipantType, 'additional_transaction_reseller', 'additional_transaction_reseller'],
    [CartErrorCode, 10001, 'CatalogItemIdIsNotValid'],
    [CartErrorCode, 10099, 10099],
  ])('%# reads %s', (type, wire, expected) => {
    const value = enumFromWire(type, wire);
    expect(value instanceof PSEnumValue ? value.name : value).toBe(expected);
  });

  it.each([
    [BillingCycleType, member(BillingCycleType, 'OneTime'), 'one_time'],
    [BillingCycleType, member(BillingCycleType, 'Annual'), 'annual'],
    [BillingCycleType, 'OneTime', 'one_time'],
    [BillingCycleType, 'onetime', 'one_time'],
    [BillingCycleType, 'one_time', 'one_time'],
    [BillingCycleType, 'triennial', 'triennial'],
    [ParticipantType, member(ParticipantType, 'TransactionReseller'), 'transaction_reseller'],
  ])('%# writes %s', (type, value, expected) => {
    expect(enumToWire(type, value)).toBe(expected);
  });
});

describe('[PSCartLineItem] conversion', () => {
  it('a hashtable sets the properties it names, converting their values', () => {
    const item = toPSCartLineItem(
      Hashtable.from([
        ['billingcycle', 'OneTime'],
        ['CatalogItemId', 'X:1:Y'],
        ['Quantity', '3'],
        ['ProvisioningContext', Hashtable.from([['duration', 1]])],
      ]),
    );
    expect(String(prop(item, 'BillingCycle'))).toBe('OneTime');
    expect([prop(item, 'CatalogItemId'), prop(item, 'Quantity'), prop(item, 'Id')]).toEqual(['X:1:Y', 3, 0]);
    expect([...(prop(item, 'ProvisioningContext') as Hashtable)]).toEqual([['duration', '1']]);
  });

  it('a PSCustomObject from JSON converts too (numbers for enums)', () => {
    const item = toPSCartLineItem(PSObject.custom({ BillingCycle: 4, CatalogItemId: 'X', Quantity: 2 }));
    expect(String(prop(item, 'BillingCycle'))).toBe('OneTime');
  });

  it.each([
    ['an unknown property', Hashtable.from([['Colour', 'red']])],
    ['a billing cycle that is no member', Hashtable.from([['BillingCycle', 'Weekly']])],
    ['a quantity that is no number', Hashtable.from([['Quantity', 'ten']])],
    ['a string', 'X'],
  ])('does not convert %s', (_name, value) => {
    expect(toPSCartLineItem(value)).toBeUndefined();
  });

  it('a CartLineItem from the service converts as PSCartLineItem(CartLineItem) copies it, unknown values kept', () => {
    const sdk = cartLineItemFromWire({ id: 2, catalogItemId: 'X', quantity: 1, billingCycle: 'triennial', termDuration: 'P3Y', provisioningContext: { a: 'b' }, renewsTo: { termDuration: 'P1Y' } });
    const item = toPSCartLineItem(sdk) as PSObject;
    expect(item.typeNames[0]).toBe('Microsoft.Store.PartnerCenter.PowerShell.Models.Carts.PSCartLineItem');
    expect([prop(item, 'Id'), prop(item, 'BillingCycle'), prop(item, 'TermDuration'), prop(item, 'RenewsTo')]).toEqual([2, 'triennial', 'P3Y', 'P1Y']);
    expect((prop(item, 'ProvisioningContext') as Hashtable).typeName).toBe('System.Collections.Hashtable');
  });
});

describe('line items → request JSON', () => {
  it('sends every field, TermDuration and RenewsTo included, and leaves out what is unset', () => {
    const item = newPSCartLineItem({
      BillingCycle: member(BillingCycleType, 'Monthly'),
      CatalogItemId: 'CFQ7TTC0LH18:0001:CFQ7TTC0K59S',
      FriendlyName: 'Basic',
      Quantity: 5,
      TermDuration: 'P1Y',
      RenewsTo: 'P1Y',
      CurrencyCode: 'USD',
      OrderGroup: '0',
      Participants: [new PSObject(['KeyValuePair'], [['Key', member(ParticipantType, 'TransactionReseller')], ['Value', '5357564']])],
    });
    expect(lineItemRequests([item])).toEqual([
      {
        id: 0,
        catalogItemId: 'CFQ7TTC0LH18:0001:CFQ7TTC0K59S',
        quantity: 5,
        billingCycle: 'monthly',
        friendlyName: 'Basic',
        termDuration: 'P1Y',
        currencyCode: 'USD',
        orderGroup: '0',
        participants: [{ key: 'transaction_reseller', value: '5357564' }],
        renewsTo: { termDuration: 'P1Y' },
      },
    ]);
  });

  it.each([
    ['all 0 (New-PartnerCustomerCartLineItem): renumbered in order', [0, 0, 0], [0, 1, 2]],
    ['a repeat: renumbered', [4, 4], [0, 1]],
    ['distinct: kept', [3, 1], [3, 1]],
  ])('ids %s', (_name, ids, expected) => {
    const items = ids.map((Id) => newPSCartLineItem({ Id, CatalogItemId: 'X', Quantity: 1, BillingCycle: 'OneTime' }));
    expect(lineItemRequests(items).map((r) => r.id)).toEqual(expected);
  });
});

describe('retry schedule', () => {
  it.each([
    // [retry, random, Retry-After, delay]: equal jitter over 500 ms × 2^(n-1), capped at 10 s; Retry-After is a floor.
    [1, 0, undefined, 250],
    [1, 1, undefined, 500],
    [2, 0.5, undefined, 750],
    [6, 1, undefined, 10_000],
    [10, 0, undefined, 5_000],
    [1, 1, 3, 3_000],
    [5, 1, 1, 8_000],
  ])('retry %i, random %f, Retry-After %s → %i ms', (retry, random, retryAfter, expected) => {
    expect(retryDelayMs(defaultRetryPolicy, retry, retryAfter, () => random)).toBe(expected);
  });

  it.each([
    ['57', 57],
    [' 3 ', 3],
    ['Wed, 25 Nov 2026 00:00:10 GMT', 10],
    ['Wed, 25 Nov 2026 00:00:00 GMT', 0],
    ['', undefined],
    ['soon', undefined],
    [undefined, undefined],
  ])('Retry-After %j → %s s', (header, expected) => {
    expect(parseRetryAfter(header, Date.parse('2026-11-25T00:00:00Z'))).toBe(expected);
  });
});

describe('errors as PowerShell names them', () => {
  it.each([
    [400, 'InvalidArgument'],
    [401, 'AuthenticationError'],
    [403, 'PermissionDenied'],
    [404, 'ObjectNotFound'],
    [405, 'InvalidOperation'],
    [408, 'OperationTimeout'],
    [409, 'ResourceBusy'],
    [429, 'LimitsExceeded'],
    [500, 'NotSpecified'],
    [501, 'NotImplemented'],
    [503, 'ResourceUnavailable'],
  ])('HTTP %i → %s', (status, category) => {
    expect(categoryOfStatus(status)).toBe(category);
  });

  it.each([
    ['lineItems[0].quantity', 'LineItems[0].Quantity'],
    ['lineItems[2].provisioningContext.subscriptionId', 'LineItems[2].ProvisioningContext.subscriptionId'],
    ['lineItems[0].renewsTo.termDuration', 'LineItems[0].RenewsTo.TermDuration'],
    ['lineItems', 'LineItems'],
  ])('%s → %s', (path, name) => {
    expect(psFieldName(path)).toBe(name);
  });
});

describe('-Credential', () => {
  const secret = new SecureString('s3cret');
  it.each([
    ['a PSCredential', new PSCredential('app', secret), { userName: 'app', secret: 's3cret' }],
    ['a PSCredential-typed PSObject', new PSObject(['System.Management.Automation.PSCredential', 'System.Object'], [['UserName', 'app'], ['Password', secret]]), { userName: 'app', secret: 's3cret' }],
    ['a PSObject whose password is plain text', new PSObject(['System.Management.Automation.PSCredential'], [['UserName', 'app'], ['Password', 's3cret']]), undefined],
    ['a hashtable', Hashtable.from([['UserName', 'app'], ['Password', secret]]), undefined],
    ['a string', 'app', undefined],
  ])('%s', (_name, value, expected) => {
    expect(readCredential(value)).toEqual(expected);
    expect(PSCredentialType.isInstance?.(value)).toBe(expected !== undefined);
  });

  it('a SecureString never shows its text', () => {
    expect([String(secret), JSON.stringify({ secret })]).toEqual(['System.Security.SecureString', '{"secret":"System.Security.SecureString"}']);
  });
});

describe('the token cache file', () => {
  it('is written atomically with mode 0600 in a private directory, replacing the old content', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'pcsh-cache-')), 'home');
    const path = join(dir, 'token-cache.json');
    const umask = process.umask(0o022);
    try {
      writeFileAtomic(path, '{"a":1}');
      writeFileAtomic(path, '{"a":2}');
    } finally {
      process.umask(umask);
    }
    expect(readFileSync(path, 'utf8')).toBe('{"a":2}');
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    expect(readdirSync(dir)).toEqual(['token-cache.json']);
  });
});
