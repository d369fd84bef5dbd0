// Write side of editions: create, update, lifecycle transitions, publish and unpublish.
import { Module } from '@nestjs/common';
import { EditionsMutations } from './editions.mutations.js';
import { EditionsWriter } from './editions.writer.js';

@Module({ providers: [EditionsMutations, EditionsWriter] })
export class ManageEditionsModule {}
