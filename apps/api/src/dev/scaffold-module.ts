// The files a new edition-scoped entity starts from (read module, write module, authorization
// matrix cases), in the shapes the rest of the api uses: see docs/guides/adding-a-feature.md.
// `pnpm --filter @caravan/api new:module <Entity> <plural-slug>` writes them; the guide lists
// the steps that stay by hand (schema.prisma, the migration, the domain schema, the registries).

export interface EntityNames {
  /** PascalCase, singular: "Badge". */
  entity: string;
  /** kebab-case, plural: "badges"; the folder and GraphQL field names come from it. */
  plural: string;
}

interface Names extends EntityNames {
  /** camelCase singular: "badge" (the Prisma delegate). */
  camel: string;
  /** camelCase plural: "badges" (the Edition field). */
  camelPlural: string;
  /** PascalCase plural: "Badges". */
  pascalPlural: string;
  /** kebab-case singular: "badge" (file names). */
  single: string;
}

const camelOf = (kebab: string): string => kebab.replace(/-([a-z0-9])/g, (_m, c: string) => c.toUpperCase());

export function namesOf({ entity, plural }: EntityNames): Names {
  if (!/^[A-Z][A-Za-z0-9]*$/.test(entity)) throw new Error(`entity "${entity}" must be PascalCase, e.g. Badge`);
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(plural)) throw new Error(`plural "${plural}" must be kebab-case, e.g. badges`);
  const camelPlural = camelOf(plural);
  const single = entity.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
  return { entity, plural, camel: entity[0]?.toLowerCase() + entity.slice(1), camelPlural, pascalPlural: camelPlural[0]?.toUpperCase() + camelPlural.slice(1), single };
}

const templates: Record<string, (n: Names) => string> = {
  '{plural}/{plural}.module.ts': (n) => `// Bounded context: ${n.plural} of an edition, as visitors see them.
import { Module } from '@nestjs/common';
import { ${n.pascalPlural}Repository } from './${n.plural}.repository.js';
import { Edition${n.pascalPlural}Resolver } from './${n.plural}.resolver.js';
import { ${n.pascalPlural}Service } from './${n.plural}.service.js';

@Module({ providers: [${n.pascalPlural}Repository, ${n.pascalPlural}Service, Edition${n.pascalPlural}Resolver], exports: [${n.pascalPlural}Service] })
export class ${n.pascalPlural}Module {}
`,
  '{plural}/{plural}.repository.ts': (n) => `// Reads of ${n.plural}, as the audience may see them (visible() of @caravan/db/read-models).
import { Inject, Injectable } from '@nestjs/common';
import type { ${n.entity}, Database } from '@caravan/db';
import { visible, type Audience } from '@caravan/db/read-models';
import { DATABASE } from '../config/config.tokens.js';

@Injectable()
export class ${n.pascalPlural}Repository {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  byEditionIds(editionIds: readonly string[], audience: Audience): Promise<${n.entity}[]> {
    return this.db.prisma.${n.camel}.findMany({ where: { AND: [visible('${n.camel}', audience), { editionId: { in: [...editionIds] } }] }, orderBy: { slug: 'asc' } });
  }
}
`,
  '{plural}/{plural}.views.ts': (n) => `// ${n.pascalPlural} as GraphQL serves them, texts resolved once to the request's language.
import type { ${n.entity} } from '@caravan/db';
import { textColumn } from '@caravan/db/read-models';
import { localize, type ResolvedText } from '../common/localized/localize.js';

export interface ${n.entity}View {
  id: string;
  editionId: string;
  slug: string;
  name: ResolvedText;
}

export function to${n.entity}View(row: ${n.entity}, lang: string): ${n.entity}View {
  return { id: row.id, editionId: row.editionId, slug: row.slug, name: localize(textColumn(row.name, \`${n.entity} \${row.slug} name\`), lang) };
}
`,
  '{plural}/models/{single}.model.ts': (n) => `// GraphQL type ${n.entity}.
import { Field, ID, ObjectType } from '@nestjs/graphql';
import { LocalizedString } from '../../common/localized/localized-string.model.js';

@ObjectType('${n.entity}', { description: 'Describe what a ${n.camel} is for visitors.' })
export class ${n.entity}Model {
  @Field(() => ID, { description: 'Stable id.' })
  id: string;

  @Field({ description: 'URL-friendly identifier, unique within the edition.' })
  slug: string;

  @Field(() => LocalizedString, { description: 'Name of the ${n.camel}.' })
  name: LocalizedString;
}
`,
  '{plural}/{plural}.service.ts': (n) => `// ${n.pascalPlural} for resolvers, batched per request through a typed loader.
import { Injectable } from '@nestjs/common';
import { defineLoader, groupByKey, type RequestContext } from '../common/graphql/request-context.js';
import { ${n.pascalPlural}Repository } from './${n.plural}.repository.js';
import { to${n.entity}View, type ${n.entity}View } from './${n.plural}.views.js';

@Injectable()
export class ${n.pascalPlural}Service {
  private readonly ofEditionLoader = defineLoader<string, ${n.entity}View[]>(async (ids, ctx) =>
    groupByKey(ids, (await this.repo.byEditionIds(ids, await ctx.audience())).map((row) => to${n.entity}View(row, ctx.lang)), (v) => v.editionId),
  );

  constructor(private readonly repo: ${n.pascalPlural}Repository) {}

  ofEdition(ctx: RequestContext, editionId: string): Promise<${n.entity}View[]> {
    return this.ofEditionLoader.load(ctx, editionId);
  }
}
`,
  '{plural}/{plural}.resolver.ts': (n) => `// Edition.${n.camelPlural}: the relation; plain fields are properties of the view.
import { ResolveField, Resolver } from '@nestjs/graphql';
import { CONTEXT_KEY, type GraphQLContext, type NoArgs } from '../common/graphql/request-context.js';
import type { EditionView } from '../editions/editions.views.js';
import { EditionModel } from '../editions/models/edition.model.js';
import { ${n.entity}Model } from './models/${n.single}.model.js';
import { ${n.pascalPlural}Service } from './${n.plural}.service.js';
import type { ${n.entity}View } from './${n.plural}.views.js';

@Resolver(() => EditionModel)
export class Edition${n.pascalPlural}Resolver {
  constructor(private readonly ${n.camelPlural}: ${n.pascalPlural}Service) {}

  @ResolveField('${n.camelPlural}', () => [${n.entity}Model], { description: 'Published ${n.plural} of the edition, by slug.' })
  ${n.camelPlural}Of(edition: EditionView, _args: NoArgs, context: GraphQLContext): Promise<${n.entity}View[]> {
    return this.${n.camelPlural}.ofEdition(context[CONTEXT_KEY], edition.id);
  }
}
`,
  'manage/{plural}/{single}.inputs.ts': (n) => `// GraphQL inputs of the ${n.camel} mutations, derived from Z${n.entity}Input of @caravan/forums.
import { Z${n.entity}Input } from '@caravan/forums';
import { inputType, type InputOf, type PatchOf } from '../../common/write/input-type.js';

// One description per field of the schema: a field added there does not compile until described here.
const FIELDS = {
  slug: 'URL slug, unique within the edition. Cannot be changed later.',
  name: 'Name, at least in English.',
  published: 'Visible to visitors right away; false (a draft) when left out.',
} as const;

export const Create${n.entity}Input = inputType('Create${n.entity}Input', Z${n.entity}Input, { description: 'A new ${n.camel} of an edition.', fields: FIELDS });
export type Create${n.entity}Input = InputOf<typeof Z${n.entity}Input>;

const IMMUTABLE = ['slug', 'published'] as const;
export const Update${n.entity}Input = inputType('Update${n.entity}Input', Z${n.entity}Input, {
  description: 'Changes to a ${n.camel}: a field left out keeps its value, null clears an optional one.',
  fields: FIELDS,
  omit: IMMUTABLE,
  patch: true,
});
export type Update${n.entity}Input = PatchOf<typeof Z${n.entity}Input, (typeof IMMUTABLE)[number]>;
`,
  'manage/{plural}/{plural}.writer.ts': (n) => `// Rules of the ${n.camel} mutations; every change goes through MutationRunner with its audit row.
import { Inject, Injectable } from '@nestjs/common';
import type { ${n.entity}, Database } from '@caravan/db';
import { Z${n.entity}Input, type ${n.entity}Input } from '@caravan/forums';
import type { RequestAuth } from '../../auth/request-auth.js';
import { notFound } from '../../common/errors/app-error.js';
import { snapshotOf } from '../../common/write/audit-snapshot.js';
import { currentValues, parseGraphQLInput, parsePatch } from '../../common/write/input-type.js';
import { MutationRunner } from '../../common/write/mutation-runner.js';
import { publishedChange, publishSpec } from '../../common/write/publishing.js';
import { ScopeResolver } from '../../common/write/scope-resolver.js';
import { DATABASE } from '../../config/config.tokens.js';
import type { Create${n.entity}Input, Update${n.entity}Input } from './${n.single}.inputs.js';

const AUDIT = { entityType: '${n.entity}' } as const;
const ACTION = '${n.camel}.edit';
const snapshot = snapshotOf<${n.entity}>(Z${n.entity}Input);
const columns = (input: ${n.entity}Input) => ({ name: input.name });

@Injectable()
export class ${n.pascalPlural}Writer {
  constructor(
    @Inject(DATABASE) private readonly database: Database,
    private readonly runner: MutationRunner,
    private readonly scopes: ScopeResolver,
  ) {}

  async create(auth: RequestAuth, seriesSlug: string, number: number, input: Create${n.entity}Input): Promise<${n.entity}> {
    const scope = await this.scopes.edition(seriesSlug, number);
    return this.runner.run(auth, { action: ACTION, scope, audit: { action: 'create', ...AUDIT } }, async (tx) => {
      const parsed = parseGraphQLInput(Z${n.entity}Input, input);
      // The unique index on (editionId, slug) answers a taken slug with ALREADY_TAKEN.
      const row = await tx.${n.camel}.create({ data: { editionId: scope.editionId, slug: parsed.slug, ...columns(parsed), published: parsed.published ?? false } });
      return { result: row, entityId: row.id, after: snapshot(row) };
    });
  }

  async update(auth: RequestAuth, id: string, input: Update${n.entity}Input): Promise<${n.entity}> {
    const { current, scope } = await this.find(id);
    return this.runner.run(auth, { action: ACTION, scope, audit: { action: 'update', ...AUDIT } }, async (tx) => {
      const parsed = parsePatch(Z${n.entity}Input, currentValues(Z${n.entity}Input, current), input);
      const row = await tx.${n.camel}.update({ where: { id: current.id }, data: columns(parsed) });
      return { result: row, entityId: row.id, before: snapshot(current), after: snapshot(row) };
    });
  }

  async setPublished(auth: RequestAuth, id: string, published: boolean): Promise<${n.entity}> {
    const { current, scope } = await this.find(id);
    return this.runner.run(auth, publishSpec(published, scope, AUDIT.entityType), (tx) =>
      publishedChange(current, tx.${n.camel}.update({ where: { id: current.id }, data: { published } })),
    );
  }

  private async find(id: string) {
    const current = await this.database.prisma.${n.camel}.findUnique({ where: { id } });
    if (!current) throw notFound(\`${n.entity} \${id}\`, 'Check the id.');
    return { current, scope: await this.scopes.ofEdition(current.editionId) };
  }
}
`,
  'manage/{plural}/{plural}.mutations.ts': (n) => `// Organizer mutations of ${n.plural}: arguments in, writer call, the view out.
import { Args, ID, Int, Mutation, Resolver } from '@nestjs/graphql';
import { Auth, type RequestAuth } from '../../auth/request-auth.js';
import { Ctx } from '../../common/graphql/request-context.decorator.js';
import type { RequestContext } from '../../common/graphql/request-context.js';
import { ${n.entity}Model } from '../../${n.plural}/models/${n.single}.model.js';
import { to${n.entity}View, type ${n.entity}View } from '../../${n.plural}/${n.plural}.views.js';
import { Create${n.entity}Input, Update${n.entity}Input } from './${n.single}.inputs.js';
import { ${n.pascalPlural}Writer } from './${n.plural}.writer.js';

const ID_ARG = { type: () => ID, description: 'Id of the ${n.camel}.' } as const;

@Resolver()
export class ${n.entity}Mutations {
  constructor(private readonly writer: ${n.pascalPlural}Writer) {}

  @Mutation(() => ${n.entity}Model, { description: 'Adds a ${n.camel} to an edition (a draft unless input.published is true).' })
  async create${n.entity}(
    @Ctx() ctx: RequestContext,
    @Auth() auth: RequestAuth,
    @Args('series', { description: 'Series slug.' }) series: string,
    @Args('number', { type: () => Int, description: 'Edition number.' }) number: number,
    @Args('input', { type: () => Create${n.entity}Input }) input: Create${n.entity}Input,
  ): Promise<${n.entity}View> {
    return to${n.entity}View(await this.writer.create(auth, series, number, input), ctx.lang);
  }

  @Mutation(() => ${n.entity}Model, { description: 'Changes a ${n.camel}; fields left out keep their value.' })
  async update${n.entity}(@Ctx() ctx: RequestContext, @Auth() auth: RequestAuth, @Args('id', ID_ARG) id: string, @Args('input', { type: () => Update${n.entity}Input }) input: Update${n.entity}Input): Promise<${n.entity}View> {
    return to${n.entity}View(await this.writer.update(auth, id, input), ctx.lang);
  }

  @Mutation(() => ${n.entity}Model, { description: 'Makes a ${n.camel} visible to visitors.' })
  async publish${n.entity}(@Ctx() ctx: RequestContext, @Auth() auth: RequestAuth, @Args('id', ID_ARG) id: string): Promise<${n.entity}View> {
    return to${n.entity}View(await this.writer.setPublished(auth, id, true), ctx.lang);
  }

  @Mutation(() => ${n.entity}Model, { description: 'Hides a ${n.camel} from visitors.' })
  async unpublish${n.entity}(@Ctx() ctx: RequestContext, @Auth() auth: RequestAuth, @Args('id', ID_ARG) id: string): Promise<${n.entity}View> {
    return to${n.entity}View(await this.writer.setPublished(auth, id, false), ctx.lang);
  }
}
`,
  'manage/{plural}/manage-{plural}.module.ts': (n) => `// Write side of ${n.plural}: create, update, publish and unpublish.
import { Module } from '@nestjs/common';
import { ${n.entity}Mutations } from './${n.plural}.mutations.js';
import { ${n.pascalPlural}Writer } from './${n.plural}.writer.js';

@Module({ providers: [${n.entity}Mutations, ${n.pascalPlural}Writer] })
export class Manage${n.pascalPlural}Module {}
`,
  'manage/testing/cases-{plural}.ts': (n) => `// Authorization-matrix cases of the ${n.camel} mutations (one per Mutation field; the matrix fails without them).
import { inEdition, type AuthorizationCase } from './authorization-matrix.js';

const SERIES = 'china-central-asia' as const;
const name = [{ language: 'en', text: 'Matrix ${n.camel}' }];

export const cases: AuthorizationCase[] = [
  {
    name: 'create${n.entity}',
    // The action the writer checks: the matrix plays every role and expects what the policy says of it.
    action: '${n.camel}.edit',
    series: SERIES,
    scope: inEdition(SERIES, 11),
    mutation: \`mutation($input: Create${n.entity}Input!) { create${n.entity}(series: "\${SERIES}", number: 11, input: $input) { id } }\`,
    variables: async (ctx) => ({ input: { slug: ctx.unique('${n.camel}'), name } }),
    tables: ['${n.entity}'],
  },
];
`,
};

/** The scaffold's files, by path under apps/api/src. */
export function scaffoldModule(input: EntityNames): Map<string, string> {
  const names = namesOf(input);
  const fill = (path: string) => path.replace(/\{plural\}/g, names.plural).replace(/\{single\}/g, names.single);
  return new Map(Object.entries(templates).map(([path, render]) => [fill(path), render(names)]));
}

/** What the scaffold cannot do: the steps of docs/guides/adding-a-feature.md left by hand. */
export function remainingSteps(input: EntityNames): string[] {
  const n = namesOf(input);
  return [
    `packages/db/prisma/schema.prisma: model ${n.entity} { id, editionId, slug, name Json, published, @@unique([editionId, slug]) }`,
    `pnpm --filter @caravan/db migration:create add_${n.camel}`,
    `packages/forums/src/schemas.ts: export const Z${n.entity}Input = z.object({ slug: ZSlug, name: ZLocalizedText, published: z.boolean().optional() })`,
    `packages/db/src/read-models/visibility.ts: add '${n.camel}' to PUBLIC and IN_SERIES`,
    `apps/api/src/auth/policy/actions.ts: add '${n.camel}.edit' to the actions and to the roles that may do it`,
    `apps/api/src/app.module.ts: import ${n.pascalPlural}Module; apps/api/src/manage/manage.module.ts: import Manage${n.pascalPlural}Module`,
    `apps/api/src/manage/testing/authorization-matrix.ts: add '${n.entity}' to MATRIX_TABLES; add cases for update, publish and unpublish`,
    'pnpm --filter @caravan/api schema:write, then regenerate the sdk (pnpm --filter @caravan/sdk codegen)',
  ];
}
