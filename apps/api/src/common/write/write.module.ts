// The write side's shared pieces, global so every module's writers reach them: the organizer
// runner, the visitors' (public) runner, the scope lookups and the row locks.
import { Global, Module } from '@nestjs/common';
import { MutationRunner } from './mutation-runner.js';
import { PublicWriteRunner } from './public-write-runner.js';
import { RowLocks } from './row-locks.js';
import { ScopeResolver } from './scope-resolver.js';

@Global()
@Module({ providers: [MutationRunner, PublicWriteRunner, ScopeResolver, RowLocks], exports: [MutationRunner, PublicWriteRunner, ScopeResolver, RowLocks] })
export class WriteModule {}
