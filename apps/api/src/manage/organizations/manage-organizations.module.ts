// Write side of organizations: create and update, owned by a series.
import { Module } from '@nestjs/common';
import { ManageCommonModule } from '../common/manage-common.module.js';
import { OrganizationMutations } from './organizations.mutations.js';
import { OrganizationsWriter } from './organizations.writer.js';

@Module({ imports: [ManageCommonModule], providers: [OrganizationMutations, OrganizationsWriter] })
export class ManageOrganizationsModule {}
