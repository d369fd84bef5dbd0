// Limits of the public GraphQL endpoint, as options of the Mercurius driver: query depth,
// root fields (aliases) per operation, query cost, request body size; in production no introspection and no field suggestions.
// Error bodies keep going through the shared formatter, which never sends a stack trace.
import type { MercuriusDriverConfig } from '@nestjs/mercurius';
import { NoSchemaIntrospectionCustomRule, type DocumentNode, type ExecutionResult, type GraphQLError, type GraphQLSchema } from 'graphql';
import type { Logger } from 'pino';
import { formatExecutionResult } from '../common/errors/format-graphql-error.js';
import type { ApiConfig } from '../config/env.js';
import { bodyTooLarge, responseSizeLimit, withDepthCodes } from './harden-errors.js';
import { assertComplexity } from './query-complexity.js';
import { requireQuery } from './request-shape.js';
import { assertRootFields } from './root-fields.js';
import { assertStorableText } from './stored-text.js';

/**
 * Most tokens a query may have. The parser descends recursively, so a document nested a few
 * thousand levels deep overflows the stack before any depth check could see it; this bound stops
 * it while parsing, in linear time. The largest operation of the portal, console and sdk has
 * under 400 tokens.
 */
export const QUERY_TOKEN_LIMIT = 2000;

export type HardeningOptions = Pick<MercuriusDriverConfig, 'queryDepth' | 'validationRules' | 'additionalRouteOptions' | 'errorFormatter' | 'graphql'> & {
  /** preExecution hooks, for the app to run together with its own. */
  preExecution: ((schema: GraphQLSchema, document: DocumentNode, context: unknown, variables: Record<string, unknown> | undefined) => void)[];
};

export function graphqlHardening(config: ApiConfig, logger: Logger): HardeningOptions {
  const production = config.nodeEnv === 'production';
  return {
    queryDepth: config.queryDepthLimit,
    graphql: { parseOptions: { maxTokens: QUERY_TOKEN_LIMIT } },
    // A static list keeps Mercurius' per-query validation cache usable.
    validationRules: production ? [NoSchemaIntrospectionCustomRule] : [],
    preExecution: [
      (_schema, document) => assertRootFields(document, config.queryRootFieldLimit),
      (_schema, document, _context, variables) => assertStorableText(document, variables),
      (schema, document, _context, variables) => assertComplexity(schema, document, variables, config.queryComplexityLimit),
    ],
    additionalRouteOptions: { bodyLimit: config.bodyLimitBytes, preValidation: requireQuery, onSend: responseSizeLimit(config.responseLimitBytes) },
    errorFormatter: (execution: ExecutionResult & { errors: readonly GraphQLError[] }) => {
      const tooLarge = bodyTooLarge(execution.errors, config.bodyLimitBytes);
      if (tooLarge) return tooLarge;
      return formatExecutionResult({ ...execution, errors: withDepthCodes(execution.errors, config.queryDepthLimit) }, logger, {
        hideSuggestions: production,
      });
    },
  };
}
