/**
 * The module table: every cmdlet file is listed, each key is its class's `Verb-Noun`, each class compiles to
 * metadata, and its implementing type is the real module's class name (STYLE.md guideline 3).
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { getCommandMetadata } from '../../../src/engine/command-metadata.js';
import { resolveType } from '../../../src/engine/type-resolver.js';
import { findView, type TableViewDefinition } from '../../../src/format/view-registry.js';
import { sandboxEnvironment } from '../../../src/modules/partner-center/auth/environments.js';
import { partnerContextObject } from '../../../src/modules/partner-center/models/partner-context.js';
import { embeddedConnection } from '../../../src/modules/partner-center/session.js';
import { PartnerCenterModule } from '../../../src/modules/partner-center/index.js';

const cmdletsDir = fileURLToPath(new URL('../../../src/modules/partner-center/cmdlets/', import.meta.url));
const files = readdirSync(cmdletsDir).filter((f) => f.endsWith('.ts'));
const entries = Object.entries(PartnerCenterModule.commands);

describe('PartnerCenter module table', () => {
  it('lists every file of cmdlets/ and nothing else', () => {
    const listed = entries.map(([name]) => `${name.replace('-', '')}.ts`).sort();
    expect(listed).toEqual([...files].sort());
  });

  it.each(entries)('%s loads a class whose Verb-Noun is its key', async (name, load) => {
    const type = await load();
    expect(`${type.cmdlet.verb}-${type.cmdlet.noun}`).toBe(name);
    expect(type.cmdlet.implementingType).toBe(`Microsoft.Store.PartnerCenter.PowerShell.Commands.${name.replace('-', '')}`);
    expect(type.name).toBe(name.replace('-', ''));
    expect(getCommandMetadata(type).name).toBe(name);
  });

  it.each([
    ['Microsoft.Store.PartnerCenter.PowerShell.Models.Carts.PSCartLineItem', 'PSCartLineItem'],
    ['Microsoft.Store.PartnerCenter.Models.Carts.CartLineItem', 'CartLineItem'],
    ['microsoft.store.partnercenter.models.products.billingcycletype', 'BillingCycleType'],
    ['Microsoft.Store.PartnerCenter.PowerShell.Models.Authentication.EnvironmentName', 'EnvironmentName'],
  ])('registers [%s] with the type resolver', (name, shortName) => {
    expect(resolveType(name)?.name).toBe(shortName);
  });

  it('registers the module format data\'s PartnerContext table: Account (40), Environment, TenantId', () => {
    const context = partnerContextObject({ ...embeddedConnection('http://127.0.0.1:1', 't'), tenant: 'contoso.onmicrosoft.com', environment: sandboxEnvironment('http://127.0.0.1:1') });
    const found = findView(context.typeNames);
    const view = found?.view as TableViewDefinition;
    expect(view.kind).toBe('Table');
    expect(view.columns.map((c) => [c.label, c.width])).toEqual([['Account', 40], ['Environment', undefined], ['TenantId', undefined]]);
    expect(view.columns.map((c) => String(c.value?.(context)))).toEqual(['null', 'Sandbox', 'contoso.onmicrosoft.com']);
  });

  it('is version 3.0.10, the last release of the archived module', () => {
    expect([PartnerCenterModule.name, PartnerCenterModule.version]).toEqual(['PartnerCenter', '3.0.10']);
  });
});
