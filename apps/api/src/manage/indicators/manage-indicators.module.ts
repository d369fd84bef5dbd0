// Write side of indicators: create, update and add values, owned by a series.
import { Module } from '@nestjs/common';
import { ManageCommonModule } from '../common/manage-common.module.js';
import { IndicatorMutations } from './indicators.mutations.js';
import { IndicatorsWriter } from './indicators.writer.js';

@Module({ imports: [ManageCommonModule], providers: [IndicatorMutations, IndicatorsWriter] })
export class ManageIndicatorsModule {}
