// Root module: config, logger, database and jobs infrastructure, the GraphQL endpoint, and one
// module per bounded context.
import { join } from 'node:path';
import { Global, Module, type DynamicModule } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { MercuriusDriver, type MercuriusDriverConfig } from '@nestjs/mercurius';
import type { Database } from '@caravan/db';
import type { Logger } from 'pino';
import { ApplicationsReviewService } from './accreditation/review/applications-review.service.js';
import { DelegationsModule } from './accreditation/delegations/delegations.module.js';
import { ReviewModule } from './accreditation/review/review.module.js';
import { AuditModule } from './audit/audit.module.js';
import { BadgesModule } from './badges/badges.module.js';
import { CheckInModule } from './checkin/check-in.module.js';
import { AuthModule } from './auth/auth.module.js';
import { AuthExportViewerResolver } from './auth/export-viewer.resolver.js';
import { AccreditationModule } from './accreditation/accreditation.module.js';
import { AgreementsModule } from './agreements/agreements.module.js';
import { CatalogueModule } from './catalogue/catalogue.module.js';
import { createLogger } from './common/logger.js';
import { withPlainPropertyFields } from './common/graphql/plain-fields.js';
import { requestContextHook } from './common/graphql/request-context.hook.js';
import { requestAuthOf } from './auth/request-auth.js';
import { audienceOf } from './auth/viewer.js';
import { ViewerModule } from './auth/viewer.module.js';
import { ViewerService } from './auth/viewer.service.js';
import { VISITOR } from '@caravan/db/read-models';
import { RATE_LIMIT_REDIS, RateLimitModule, type RateLimitRedis } from './common/rate-limit/rate-limit-redis.js';
import { WriteModule } from './common/write/write.module.js';
import { API_CONFIG, LOGGER } from './config/config.tokens.js';
import type { ApiConfig } from './config/env.js';
import { DatabaseModule } from './database/database.module.js';
import { DocumentsModule } from './documents/documents.module.js';
import { EditionsModule } from './editions/editions.module.js';
import { ExportsModule } from './exports/exports.module.js';
import { graphqlHardening } from './hardening/graphql-hardening.js';
import { mutationRateLimit } from './hardening/mutation-rate-limit.js';
import { SecurityHeadersModule } from './hardening/security-headers.js';
import { HealthModule } from './health/health.module.js';
import { recordOperationName } from './observability/graphql-operation.js';
import { ObservabilityModule } from './observability/observability.module.js';
import { IndicatorsModule } from './indicators/indicators.module.js';
import { JobsModule } from './jobs/jobs.module.js';
import { ManageModule } from './manage/manage.module.js';
import { PeopleModule } from './people/people.module.js';
import { PersonalDataModule } from './personal-data/personal-data.module.js';
import { ProgrammeModule } from './programme/programme.module.js';
import { PublicCache } from './public-cache/public-cache.js';
import { QueuesDashboardModule } from './queues-dashboard/queues-dashboard.module.js';
import { PublicCacheModule } from './public-cache/public-cache.module.js';
import { SeriesModule } from './series/series.module.js';
import { SearchModule } from './search/search.module.js';
import { StatementsModule } from './statements/statements.module.js';

export interface AppOptions {
  config: ApiConfig;
  /** A database opened by the caller (tests, tools); otherwise the app opens its own from config. */
  database?: Database;
  logger?: Logger;
}

/** Where the committed schema lives; written at boot in development only. */
export const SCHEMA_FILE = join(__dirname, '..', 'schema.gql');

/**
 * graphql-jit's compiler options: Mercurius hands `compilerOptions` to graphql-jit, but its
 * typings leave the option out.
 */
/** A route's hooks of one kind as a list (Fastify takes one hook or several). */
function routeHooks<T>(hooks: T | T[] | undefined): T[] {
  if (hooks === undefined) return [];
  return Array.isArray(hooks) ? hooks : [hooks];
}

interface JitCompilerOptions {
  compilerOptions: { disableLeafSerialization: boolean };
}

function graphqlOptions(config: ApiConfig, logger: Logger, viewers: ViewerService, redis: RateLimitRedis, cache: PublicCache): MercuriusDriverConfig & JitCompilerOptions {
  const hardening = graphqlHardening(config, logger);
  // A mutation's answer shows what its author may see; a token that does not verify reads as a
  // visitor here (the mutation itself has already refused it).
  const authorAudience = (context: object) =>
    viewers
      .viewer(requestAuthOf(context))
      .then(audienceOf)
      .catch(() => VISITOR);
  return {
    driver: MercuriusDriver,
    // Tests and production build the schema in memory; the committed file is checked by
    // schema-drift.spec.ts and rewritten by `pnpm --filter @caravan/api schema:write`.
    autoSchemaFile: config.nodeEnv === 'development' ? SCHEMA_FILE : true,
    sortSchema: true,
    jit: 1,
    // Leaves of built-in scalars and enums are copied as the resolvers give them, without
    // a serializer call each (tens of thousands on a programme). Safe because every enum's
    // values equal its names (checked by leaf-serialization.spec.ts) and read models hold
    // leaves in their GraphQL form (strings for dates and decimals). Custom scalars would
    // still be serialized.
    compilerOptions: { disableLeafSerialization: true },
    // Plain @Field properties are read as properties, not through a resolver call each.
    transformSchema: withPlainPropertyFields,
    graphiql: config.nodeEnv !== 'production',
    // Depth, cost and body limits, and the error formatter (which never sends a stack trace).
    ...hardening,
    // The request's context (its language fixed, its loaders empty) is built once the query is
    // parsed, before anything executes; see common/graphql/request-language.ts.
    // Then the limits: the operation's shape and cost, and the mutation rate per account and address.
    hooks: { preExecution: [requestContextHook(authorAudience, cache.markQuery), recordOperationName, ...hardening.preExecution, mutationRateLimit(redis, viewers, config.mutationLimits)] },
    // Anonymous queries are answered from the public-answer cache while it is current.
    // (After the answer-size check, so that an answer it replaces is not stored.)
    additionalRouteOptions: { ...hardening.additionalRouteOptions, preHandler: cache.preHandler, onSend: [...routeHooks(hardening.additionalRouteOptions?.onSend), cache.onSend] },
  };
}

@Global()
@Module({})
class CoreModule {
  static register(config: ApiConfig, logger: Logger): DynamicModule {
    return {
      module: CoreModule,
      providers: [
        { provide: API_CONFIG, useValue: config },
        { provide: LOGGER, useValue: logger },
      ],
      exports: [API_CONFIG, LOGGER],
    };
  }
}

@Module({})
export class AppModule {
  static register(options: AppOptions): DynamicModule {
    const { config } = options;
    const logger = options.logger ?? createLogger(config.logLevel);
    return {
      module: AppModule,
      imports: [
        CoreModule.register(config, logger),
        DatabaseModule.register(options.database),
        JobsModule,
        RateLimitModule,
        SecurityHeadersModule,
        AuditModule,
        WriteModule,
        AuthModule,
        GraphQLModule.forRootAsync<MercuriusDriverConfig>({
          driver: MercuriusDriver,
          imports: [ViewerModule, PublicCacheModule],
          inject: [ViewerService, RATE_LIMIT_REDIS, PublicCache],
          useFactory: (viewers: ViewerService, redis: RateLimitRedis, cache: PublicCache) => graphqlOptions(config, logger, viewers, redis, cache),
        }),
        CatalogueModule,
        PeopleModule,
        ProgrammeModule,
        EditionsModule,
        SeriesModule,
        AgreementsModule,
        StatementsModule,
        SearchModule,
        IndicatorsModule,
        ManageModule,
        DocumentsModule,
        AccreditationModule,
        BadgesModule,
        CheckInModule,
        PersonalDataModule,
        // agreements.csv shows organizers of a series everything; visitors the public view.
        // applications.csv reads through the accreditation review, with its scope per category.
        ExportsModule.register({ imports: [ReviewModule], viewerResolver: AuthExportViewerResolver, applicationsSource: ApplicationsReviewService }),
        ReviewModule,
        DelegationsModule,
        HealthModule,
        ObservabilityModule,
        QueuesDashboardModule,
      ],
    };
  }
}
