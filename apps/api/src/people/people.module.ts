// Bounded context: people, organizations and delegations.
import { Module } from '@nestjs/common';
import { CatalogueModule } from '../catalogue/catalogue.module.js';
import { PeopleRepository } from './people.repository.js';
import { DelegationResolver, OrganizationResolver, PersonResolver } from './people.resolver.js';
import { PeopleService } from './people.service.js';

@Module({
  imports: [CatalogueModule],
  providers: [PeopleRepository, PeopleService, PersonResolver, OrganizationResolver, DelegationResolver],
  exports: [PeopleService],
})
export class PeopleModule {}
