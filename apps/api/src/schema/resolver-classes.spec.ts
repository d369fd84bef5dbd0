import { Module } from '@nestjs/common';
import { Query, Resolver } from '@nestjs/graphql';
import { SessionResolver } from '../programme/programme.resolver.js';
import { SeriesMutations } from '../manage/series/series.mutations.js';
import { appResolvers, resolverClasses } from './resolver-classes.js';

@Resolver()
class ProbeResolver {
  @Query(() => String)
  probe(): string {
    return 'probe';
  }
}

class NotAResolver {}

@Module({ providers: [ProbeResolver, NotAResolver] })
class InnerModule {}

@Module({})
class OuterModule {}

describe(resolverClasses.name, () => {
  it('finds the resolvers of modules imported statically and dynamically, and nothing else', () => {
    expect(resolverClasses({ module: OuterModule, imports: [InnerModule] })).toEqual([ProbeResolver]);
    expect(resolverClasses(OuterModule)).toEqual([]);
  });

  it('finds the read and the write side of the app', () => {
    const found = appResolvers();
    expect(found).toEqual(expect.arrayContaining([SessionResolver, SeriesMutations]));
    expect(new Set(found).size).toBe(found.length);
  });
});
