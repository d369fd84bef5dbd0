// Shared pieces of the organizer (write) side: the mutation runner and scope lookups.
import { Module } from '@nestjs/common';
import { MutationRunner } from './mutation-runner.js';
import { ScopeResolver } from './scope-resolver.js';

@Module({ providers: [MutationRunner, ScopeResolver], exports: [MutationRunner, ScopeResolver] })
export class ManageCommonModule {}
