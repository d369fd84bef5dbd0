// Write side of agreements: create, update, lifecycle steps and milestones, publish, delete.
import { Module } from '@nestjs/common';
import { AgreementMilestonesWriter } from './agreement-milestones.writer.js';
import { AgreementMutations } from './agreements.mutations.js';
import { AgreementsWriter } from './agreements.writer.js';

@Module({ providers: [AgreementMutations, AgreementsWriter, AgreementMilestonesWriter] })
export class ManageAgreementsModule {}
