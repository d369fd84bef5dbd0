// The organizer (write) side of the api: one module per bounded context, each with its
// mutations resolver and writer service. AppModule imports this one module.
import { Module } from '@nestjs/common';
import { ManageAgreementsModule } from './agreements/manage-agreements.module.js';
import { ManageDelegationsModule } from './delegations/manage-delegations.module.js';
import { ManageEditionsModule } from './editions/manage-editions.module.js';
import { ManageLaunchModule } from './launch/manage-launch.module.js';
import { ManageIndicatorsModule } from './indicators/manage-indicators.module.js';
import { ManageOrganizationsModule } from './organizations/manage-organizations.module.js';
import { ManagePeopleModule } from './people/manage-people.module.js';
import { ManageProgrammeModule } from './programme/manage-programme.module.js';
import { ManageSeriesModule } from './series/manage-series.module.js';
import { ManageStatementsModule } from './statements/manage-statements.module.js';

@Module({
  imports: [
    ManageSeriesModule,
    ManageEditionsModule,
    ManageProgrammeModule,
    ManageOrganizationsModule,
    ManagePeopleModule,
    ManageDelegationsModule,
    ManageAgreementsModule,
    ManageIndicatorsModule,
    ManageStatementsModule,
    ManageLaunchModule,
  ],
})
export class ManageModule {}
