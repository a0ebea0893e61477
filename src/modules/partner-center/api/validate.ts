/**
 * Validates bodies against the cart schemas. ajv is imported and the schemas compiled on first use, once
 * per process, so commands that send nothing (Get-Help, -WhatIf) never pay for it.
 */
import { allSchemas } from './schemas.js';

/** One validation problem: where (a `a[0].b` path) and what (`must be >= 1`). */
export interface SchemaProblem {
  readonly path: string;
  readonly problem: string;
}

/** The schema ids validate() accepts. */
export type SchemaName =
  | 'Cart'
  | 'CartLineItem'
  | 'Order'
  | 'CartCheckoutResult'
  | 'ServiceError'
  | 'Throttling'
  | 'CartLineItemRequest'
  | 'CartRequest';

type Validator = ((data: unknown) => boolean) & { errors?: readonly AjvError[] | null };

interface AjvError {
  readonly instancePath: string;
  readonly keyword: string;
  readonly message?: string;
  readonly params: Readonly<Record<string, unknown>>;
}

let compiled: Promise<ReadonlyMap<SchemaName, Validator>> | undefined;

async function compileAll(): Promise<ReadonlyMap<SchemaName, Validator>> {
  const { Ajv } = await import('ajv');
  const ajv = new Ajv({ allErrors: false, allowUnionTypes: true, strict: true, strictRequired: false });
  for (const schema of allSchemas) ajv.addSchema(schema);
  const validators = new Map<SchemaName, Validator>();
  for (const schema of allSchemas) {
    const id = schema['$id'] as string;
    const validator = ajv.getSchema(id);
    if (validator === undefined) throw new Error(`Schema ${id} did not compile.`);
    validators.set(id.slice(id.lastIndexOf('/') + 1) as SchemaName, validator as unknown as Validator);
  }
  return validators;
}

/** `/lineItems/0/quantity` → `lineItems[0].quantity`. */
function toPath(pointer: string): string {
  let path = '';
  for (const segment of pointer.split('/').slice(1)) {
    const name = segment.replace(/~1/g, '/').replace(/~0/g, '~');
    path += /^\d+$/.test(name) ? `[${name}]` : path === '' ? name : `.${name}`;
  }
  return path;
}

function describe(error: AjvError): SchemaProblem {
  const at = toPath(error.instancePath);
  const join = (name: string): string => (at === '' ? name : `${at}.${name}`);
  switch (error.keyword) {
    case 'required':
      return { path: join(String(error.params['missingProperty'])), problem: 'is required' };
    case 'additionalProperty':
    case 'additionalProperties':
      return { path: join(String(error.params['additionalProperty'])), problem: 'is not a property pcsh may send' };
    case 'not':
      return { path: at, problem: 'must not be unknown' };
    case 'anyOf':
      return { path: at, problem: 'does not match any of the documented forms' };
    default:
      return { path: at, problem: error.message ?? `fails ${error.keyword}` };
  }
}

/**
 * Checks `data` against the named schema. Returns `undefined` when it is valid, else the first problem.
 */
export async function validate(name: SchemaName, data: unknown): Promise<SchemaProblem | undefined> {
  compiled ??= compileAll();
  const validator = (await compiled).get(name);
  if (validator === undefined) throw new Error(`Unknown schema ${name}.`);
  if (validator(data)) return undefined;
  const first = validator.errors?.[0];
  return first === undefined ? { path: '', problem: 'is not valid' } : describe(first);
}
