// Bounded context: edition signing keys and participants' badges (issue, rotate, revoke, PDFs,
// the rendering of a whole edition). Check-in (src/checkin) verifies what this module signs.
import { Module } from '@nestjs/common';
import type { Logger } from 'pino';
import { API_CONFIG, LOGGER } from '../config/config.tokens.js';
import type { ApiConfig } from '../config/env.js';
import { resolveBadgeKeySecret } from './badge-key-secret.js';
import { BadgeIssuer } from './badge-issuer.js';
import { BADGE_KEY_CIPHER } from './badges.tokens.js';
import { BadgesResolver } from './badges.resolver.js';
import { BadgesService } from './badges.service.js';
import { SigningKeyCipher } from './signing-key-cipher.js';

@Module({
  providers: [
    { provide: BADGE_KEY_CIPHER, inject: [API_CONFIG, LOGGER], useFactory: (config: ApiConfig, logger: Logger) => new SigningKeyCipher(resolveBadgeKeySecret(config, logger)) },
    BadgeIssuer,
    BadgesService,
    BadgesResolver,
  ],
  exports: [BadgeIssuer],
})
export class BadgesModule {}
