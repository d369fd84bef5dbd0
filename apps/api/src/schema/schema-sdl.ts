// Builds the GraphQL schema from the app's resolver classes alone (no database, no server) and
// prints it exactly as @nestjs/graphql writes autoSchemaFile with sortSchema.
import { NestFactory } from '@nestjs/core';
import { GRAPHQL_SDL_FILE_HEADER, GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { appResolvers } from './resolver-classes.js';

export async function buildApiSchema(): Promise<GraphQLSchema> {
  const app = await NestFactory.createApplicationContext(GraphQLSchemaBuilderModule, { logger: false });
  try {
    return await app.get(GraphQLSchemaFactory).create(appResolvers());
  } finally {
    await app.close();
  }
}

export async function buildSchemaSdl(): Promise<string> {
  return GRAPHQL_SDL_FILE_HEADER + printSchema(lexicographicSortSchema(await buildApiSchema()));
}
