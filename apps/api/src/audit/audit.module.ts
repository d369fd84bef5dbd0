// Bounded context: the audit trail. Global so every module's mutations can record their
// changes through AuditService without importing this module each time.
import { Global, Module } from '@nestjs/common';
import { ViewerModule } from '../auth/viewer.module.js';
import { AuditRepository } from './audit.repository.js';
import { AuditResolver } from './audit.resolver.js';
import { AuditService } from './audit.service.js';

@Global()
@Module({
  imports: [ViewerModule],
  providers: [AuditRepository, AuditService, AuditResolver],
  exports: [AuditService],
})
export class AuditModule {}
