// Write side of organizations: create and update, owned by a series.
import { Module } from '@nestjs/common';
import { OrganizationMutations } from './organizations.mutations.js';
import { OrganizationsWriter } from './organizations.writer.js';

@Module({ providers: [OrganizationMutations, OrganizationsWriter] })
export class ManageOrganizationsModule {}
