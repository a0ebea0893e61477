/**
 * Reading the preference variables (`$ErrorActionPreference`, `$ConfirmPreference`…) the way pwsh does:
 * they may hold an enum value or any string that converts to one.
 */
import { ActionPreferenceType, ConfirmImpactType, type ActionPreference } from './action-preference.js';
import type { ConfirmImpact } from './cmdlet.js';
import { toPSString } from './conversion.js';
import { PSEnumValue, type PSEnumType } from './ps-object.js';
import { variablePath, type SessionState } from './session-state.js';

/** The preference variables and their defaults (InitialSessionState.cs). */
export const PreferenceDefaults = {
  ErrorActionPreference: 'Continue',
  WarningPreference: 'Continue',
  VerbosePreference: 'SilentlyContinue',
  DebugPreference: 'SilentlyContinue',
  InformationPreference: 'SilentlyContinue',
  ProgressPreference: 'Continue',
} as const satisfies Record<string, ActionPreference>;

export type PreferenceVariable = keyof typeof PreferenceDefaults;

function readEnum(value: unknown, type: PSEnumType): string | undefined {
  if (value instanceof PSEnumValue) return value.name;
  if (typeof value === 'number') return PSEnumValue.fromValue(type, value)?.name;
  return PSEnumValue.parse(type, toPSString(value))?.name;
}

/** The current value of an ActionPreference variable; an unreadable value counts as the default. */
export function getActionPreference(sessionState: SessionState, name: PreferenceVariable): ActionPreference {
  const value = sessionState.getValue(variablePath(name));
  if (value === undefined || value === null) return PreferenceDefaults[name];
  return (readEnum(value, ActionPreferenceType) as ActionPreference | undefined) ?? PreferenceDefaults[name];
}

/** `$ConfirmPreference` (default High). */
export function getConfirmPreference(sessionState: SessionState): ConfirmImpact {
  const value = sessionState.getValue(variablePath('ConfirmPreference'));
  if (value === undefined || value === null) return 'High';
  return (readEnum(value, ConfirmImpactType) as ConfirmImpact | undefined) ?? 'High';
}

/** `$WhatIfPreference` (default false). */
export function getWhatIfPreference(sessionState: SessionState): boolean {
  const value = sessionState.getValue(variablePath('WhatIfPreference'));
  if (value === undefined || value === null) return false;
  if (typeof value === 'boolean') return value;
  return toPSString(value).toLowerCase() === 'true' || value === 1;
}

/** `System.Management.Automation.ErrorView`: how `$Error` records are rendered. */
export const ErrorViewType: PSEnumType = {
  fullName: 'System.Management.Automation.ErrorView',
  name: 'ErrorView',
  members: [
    ['NormalView', 0],
    ['CategoryView', 1],
    ['ConciseView', 2],
    ['DetailedView', 3],
  ],
};

export type ErrorView = 'NormalView' | 'CategoryView' | 'ConciseView' | 'DetailedView';

/** `$ErrorView` (default ConciseView). */
export function getErrorView(sessionState: SessionState): ErrorView {
  const value = sessionState.getValue(variablePath('ErrorView'));
  return (readEnum(value, ErrorViewType) as ErrorView | undefined) ?? 'ConciseView';
}
