/** The modules every pcsh session has. */
import type { ModuleInfo } from '../engine/command-info.js';
import { CoreModule, ManagementModule, SecurityModule, UtilityModule } from '../modules/core/index.js';
import { PartnerCenterModule } from '../modules/partner-center/index.js';

export function defaultModules(): readonly ModuleInfo[] {
  return [CoreModule, UtilityModule, ManagementModule, SecurityModule, PartnerCenterModule];
}
