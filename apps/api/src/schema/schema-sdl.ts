// Builds the GraphQL schema from the resolver classes alone (no database, no server) and
// prints it exactly as @nestjs/graphql writes autoSchemaFile with sortSchema.
import { NestFactory } from '@nestjs/core';
import { GRAPHQL_SDL_FILE_HEADER, GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { AuditResolver } from '../audit/audit.resolver.js';
import { AuthResolver } from '../auth/auth.resolver.js';
import { RolesResolver } from '../auth/roles.resolver.js';
import {
  AgreementCountryTallyResolver,
  AgreementMilestoneResolver,
  AgreementPartyResolver,
  AgreementsResolver,
  EditionAgreementsResolver,
} from '../agreements/agreements.resolver.js';
import { CountryResolver, RegionResolver, SubnationalUnitResolver } from '../catalogue/catalogue.resolver.js';
import { DocumentsResolver } from '../documents/documents.resolver.js';
import { AgreementMutations } from '../manage/agreements/agreements.mutations.js';
import { DelegationMutations } from '../manage/delegations/delegations.mutations.js';
import { EditionsMutations } from '../manage/editions/editions.mutations.js';
import { IndicatorMutations } from '../manage/indicators/indicators.mutations.js';
import { OrganizationMutations } from '../manage/organizations/organizations.mutations.js';
import { PeopleMutations } from '../manage/people/people.mutations.js';
import { ProgrammeMutations } from '../manage/programme/programme.mutations.js';
import { SeriesMutations } from '../manage/series/series.mutations.js';
import { StatementMutations } from '../manage/statements/statements.mutations.js';
import { EditionParticipationResolver, EditionsResolver } from '../editions/editions.resolver.js';
import { EditionIndicatorsResolver, IndicatorValueResolver, IndicatorsResolver } from '../indicators/indicators.resolver.js';
import { DelegationResolver, OrganizationResolver, PersonResolver } from '../people/people.resolver.js';
import { PersonSessionsResolver, SessionResolver } from '../programme/programme.resolver.js';
import { EditionSeriesResolver, SeriesResolver } from '../series/series.resolver.js';
import { EditionStatementsResolver, StatementsResolver } from '../statements/statements.resolver.js';

export const RESOLVERS = [
  RegionResolver,
  CountryResolver,
  SubnationalUnitResolver,
  PersonResolver,
  OrganizationResolver,
  DelegationResolver,
  SessionResolver,
  EditionsResolver,
  SeriesResolver,
  EditionSeriesResolver,
  DocumentsResolver,
  AuthResolver,
  RolesResolver,
  AuditResolver,
  SeriesMutations,
  EditionsMutations,
  ProgrammeMutations,
  OrganizationMutations,
  PeopleMutations,
  DelegationMutations,
  AgreementMutations,
  IndicatorMutations,
  StatementMutations,
  PersonSessionsResolver,
  EditionParticipationResolver,
  AgreementsResolver,
  EditionAgreementsResolver,
  AgreementPartyResolver,
  AgreementMilestoneResolver,
  AgreementCountryTallyResolver,
  StatementsResolver,
  EditionStatementsResolver,
  IndicatorsResolver,
  IndicatorValueResolver,
  EditionIndicatorsResolver,
];

export async function buildSchemaSdl(): Promise<string> {
  const app = await NestFactory.createApplicationContext(GraphQLSchemaBuilderModule, { logger: false });
  try {
    const schema = await app.get(GraphQLSchemaFactory).create(RESOLVERS);
    return GRAPHQL_SDL_FILE_HEADER + printSchema(lexicographicSortSchema(schema));
  } finally {
    await app.close();
  }
}
