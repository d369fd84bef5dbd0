// Bounded context: generated documents (programme.md) and the requests that produce them.
import { Module } from '@nestjs/common';
import { DocumentsRepository } from './documents.repository.js';
import { DocumentsResolver } from './documents.resolver.js';
import { DocumentsService } from './documents.service.js';
import { ExportController } from './export.controller.js';

@Module({
  providers: [DocumentsRepository, DocumentsService, DocumentsResolver],
  controllers: [ExportController],
})
export class DocumentsModule {}
