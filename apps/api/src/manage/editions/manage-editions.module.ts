// Write side of editions: create, update, lifecycle transitions, publish and unpublish.
import { Module } from '@nestjs/common';
import { ManageCommonModule } from '../common/manage-common.module.js';
import { EditionsMutations } from './editions.mutations.js';
import { EditionsWriter } from './editions.writer.js';

@Module({ imports: [ManageCommonModule], providers: [EditionsMutations, EditionsWriter] })
export class ManageEditionsModule {}
