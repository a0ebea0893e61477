/**
 * The shared declaration of Write-Warning / Write-Verbose / Write-Debug: one mandatory `-Message` that also
 * comes from the pipeline and may be empty (pwsh: `[Alias("Msg")] [AllowEmptyString]`).
 */
import { Param } from '../../engine/parameter-declaration.js';

export const messageParameters = {
  Message: Param.string({ mandatory: true, position: 0, valueFromPipeline: true, aliases: ['Msg'], allowEmptyString: true }),
} as const;
