/**
 * Parameter builders for the module's own types, so declarations stay one line and `BoundParameters` still
 * sees `mandatory: true` (Param.typed cannot infer its options once its value type is given explicitly).
 */
import { Param, type ParameterOptions } from '../../engine/parameter-declaration.js';
import type { PSObject } from '../../engine/ps-object.js';
import { arrayOf } from '../../engine/type-info.js';
import { PSCartLineItemType } from './models/cart-line-item.js';
import { PSCredentialType } from './models/credential.js';

export const PartnerParam = {
  /** `PSCartLineItem[]`: PSCartLineItems, CartLineItems or hashtables of line-item properties. */
  lineItems: <const O extends ParameterOptions>(options: O) => Param.typed<PSObject[], O>(arrayOf(PSCartLineItemType), options),
  /** One `PSCartLineItem`. */
  lineItem: <const O extends ParameterOptions>(options: O) => Param.typed<PSObject, O>(PSCartLineItemType, options),
  /** A `PSCredential`. */
  credential: <const O extends ParameterOptions>(options: O) => Param.typed<unknown, O>(PSCredentialType, options),
} as const;
