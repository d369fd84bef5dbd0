// Write side of indicators: create, update and add values, owned by a series.
import { Module } from '@nestjs/common';
import { IndicatorMutations } from './indicators.mutations.js';
import { IndicatorsWriter } from './indicators.writer.js';

@Module({ providers: [IndicatorMutations, IndicatorsWriter] })
export class ManageIndicatorsModule {}
