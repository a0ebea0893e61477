/**
 * pwsh's ActionPreference and ConfirmImpact enums as PSEnumTypes, so that `-ErrorAction Bogus` converts and
 * fails with pwsh's enumeration message, and `$ErrorActionPreference` holds an enum value.
 */
import { PSEnumValue, type PSEnumType } from './ps-object.js';

/** `System.Management.Automation.ActionPreference`, in enum order. */
export const ActionPreferenceType: PSEnumType = {
  fullName: 'System.Management.Automation.ActionPreference',
  name: 'ActionPreference',
  members: [
    ['SilentlyContinue', 0],
    ['Stop', 1],
    ['Continue', 2],
    ['Inquire', 3],
    ['Ignore', 4],
    ['Suspend', 5],
    ['Break', 6],
  ],
};

export type ActionPreference = 'SilentlyContinue' | 'Stop' | 'Continue' | 'Inquire' | 'Ignore' | 'Suspend' | 'Break';

/** `System.Management.Automation.ConfirmImpact`, in enum order (None < Low < Medium < High). */
export const ConfirmImpactType: PSEnumType = {
  fullName: 'System.Management.Automation.ConfirmImpact',
  name: 'ConfirmImpact',
  members: [
    ['None', 0],
    ['Low', 1],
    ['Medium', 2],
    ['High', 3],
  ],
};

/** The enum value for a preference name. */
export function actionPreference(name: ActionPreference): PSEnumValue {
  return PSEnumValue.parse(ActionPreferenceType, name) as PSEnumValue;
}
