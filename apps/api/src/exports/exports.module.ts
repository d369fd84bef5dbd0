// Bounded context: standard file exports of an edition over plain HTTP (iCalendar, frab/pretalx
// schedule JSON and XML, agreements CSV).
import { Module, type DynamicModule, type ModuleMetadata, type Type } from '@nestjs/common';
import { APPLICATIONS_EXPORT_SOURCE, NoApplicationsSource, type ApplicationsExportSource } from './applications-export.js';
import { EXPORT_VIEWER_RESOLVER, VisitorOnlyViewerResolver, type ExportViewerResolver } from './export-viewer.js';
import { ExportsController } from './exports.controller.js';
import { ExportsRepository } from './exports.repository.js';
import { ExportsService } from './exports.service.js';

export interface ExportsModuleOptions {
  /** Modules that provide the resolver (e.g. the auth module). */
  imports?: ModuleMetadata['imports'];
  /** Who-is-asking for agreements.csv; without it every reader is a visitor. */
  viewerResolver?: Type<ExportViewerResolver>;
  /** Where applications.csv reads from (an exported provider of `imports`); without it there is none. */
  applicationsSource?: Type<ApplicationsExportSource>;
}

@Module({
  providers: [ExportsRepository, ExportsService, { provide: EXPORT_VIEWER_RESOLVER, useClass: VisitorOnlyViewerResolver }, { provide: APPLICATIONS_EXPORT_SOURCE, useClass: NoApplicationsSource }],
  controllers: [ExportsController],
})
export class ExportsModule {
  /** The module with the app's own resolver bound, e.g. `register({ imports: [AuthModule], viewerResolver: AuthExportViewerResolver })`. */
  static register(options: ExportsModuleOptions = {}): DynamicModule {
    // Only the binding is added: the decorator already declares the controller, and declaring it
    // again would register every route twice. A provider given here replaces the default one.
    return {
      module: ExportsModule,
      imports: options.imports ?? [],
      providers: [
        { provide: EXPORT_VIEWER_RESOLVER, useClass: options.viewerResolver ?? VisitorOnlyViewerResolver },
        options.applicationsSource
          ? { provide: APPLICATIONS_EXPORT_SOURCE, useExisting: options.applicationsSource }
          : { provide: APPLICATIONS_EXPORT_SOURCE, useClass: NoApplicationsSource },
      ],
    };
  }
}
