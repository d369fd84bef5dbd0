// Write side of series: create (platform admins), update, publish and unpublish.
import { Module } from '@nestjs/common';
import { SeriesMutations } from './series.mutations.js';
import { SeriesWriter } from './series.writer.js';

@Module({ providers: [SeriesMutations, SeriesWriter] })
export class ManageSeriesModule {}
