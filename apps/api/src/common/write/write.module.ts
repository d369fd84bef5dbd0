// The write side's shared pieces, global so every module's writers reach them: the organizer
// runner, the visitors' (public) runner and the scope lookups.
import { Global, Module } from '@nestjs/common';
import { MutationRunner } from './mutation-runner.js';
import { PublicWriteRunner } from './public-write-runner.js';
import { ScopeResolver } from './scope-resolver.js';

@Global()
@Module({ providers: [MutationRunner, PublicWriteRunner, ScopeResolver], exports: [MutationRunner, PublicWriteRunner, ScopeResolver] })
export class WriteModule {}
