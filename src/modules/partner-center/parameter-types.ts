/**
 * Parameter builders for the module's own types, so declarations stay one line and `BoundParameters` still
 * sees `mandatory: true` (Param.typed cannot infer its options once its value type is given explicitly).
 */
import { Param, Validate, type ParameterOptions } from '../../engine/parameter-declaration.js';
import type { PSObject } from '../../engine/ps-object.js';
import { arrayOf } from '../../engine/type-info.js';
import { PSCartLineItemType } from './models/cart-line-item.js';
import { PSCredentialType } from './models/credential.js';
import { GUID_PATTERN } from './patterns.js';

export const PartnerParam = {
  /** `PSCartLineItem[]`: PSCartLineItems, CartLineItems or hashtables of line-item properties. */
  lineItems: <const O extends ParameterOptions>(options: O) => Param.typed<PSObject[], O>(arrayOf(PSCartLineItemType), options),
  /** One `PSCartLineItem`. */
  lineItem: <const O extends ParameterOptions>(options: O) => Param.typed<PSObject, O>(PSCartLineItemType, options),
  /** A `PSCredential`. */
  credential: <const O extends ParameterOptions>(options: O) => Param.typed<unknown, O>(PSCredentialType, options),
} as const;

/**
 * The two parameters every command on an existing cart declares, as the module does: a CartId that must not be
 * null and a CustomerId that must be a GUID.
 */
// pwsh: Partner-Center-PowerShell HEAD:src/PowerShell/Commands/{Get,Set,Submit}PartnerCustomerCart.cs,
// AddPartnerCustomerCartLineItem.cs.
export const CartParameters = {
  CartId: Param.string({ mandatory: true, helpMessage: 'The identifier for the cart.', validate: [Validate.notNull()] }),
  CustomerId: Param.string({ mandatory: true, helpMessage: 'The identifier for the customer.', validate: [Validate.pattern(GUID_PATTERN)] }),
} as const;
