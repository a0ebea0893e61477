/**
 * The common parameters every cmdlet has, and the ShouldProcess pair added by `supportsShouldProcess`,
 * declared once in pwsh's order (`engine/CommonCommandParameters.cs`, `engine/UserFeedbackParameters.cs`).
 * The order is observable: it is the order of candidates in AmbiguousParameter messages.
 */
import { ActionPreferenceType } from './action-preference.js';
import { Param, Validate, type ParameterDeclarations } from './parameter-declaration.js';

export const CommonParameters = {
  Verbose: Param.switch({ aliases: ['vb'] }),
  Debug: Param.switch({ aliases: ['db'] }),
  ErrorAction: Param.enum(ActionPreferenceType, { aliases: ['ea'] }),
  WarningAction: Param.enum(ActionPreferenceType, { aliases: ['wa'] }),
  InformationAction: Param.enum(ActionPreferenceType, { aliases: ['infa'] }),
  ProgressAction: Param.enum(ActionPreferenceType, { aliases: ['proga'] }),
  ErrorVariable: Param.string({ aliases: ['ev'], validate: [Validate.notNullOrEmpty()] }),
  WarningVariable: Param.string({ aliases: ['wv'], validate: [Validate.notNullOrEmpty()] }),
  InformationVariable: Param.string({ aliases: ['iv'], validate: [Validate.notNullOrEmpty()] }),
  OutVariable: Param.string({ aliases: ['ov'], validate: [Validate.notNullOrEmpty()] }),
  OutBuffer: Param.int({ aliases: ['ob'], validate: [Validate.range(0, 2147483647)] }),
  PipelineVariable: Param.string({ aliases: ['pv'], validate: [Validate.notNullOrEmpty()] }),
} as const satisfies ParameterDeclarations;

export const ShouldProcessParameters = {
  WhatIf: Param.switch({ aliases: ['wi'] }),
  Confirm: Param.switch({ aliases: ['cf'] }),
} as const satisfies ParameterDeclarations;

export type CommonParameterName = keyof typeof CommonParameters | keyof typeof ShouldProcessParameters;
