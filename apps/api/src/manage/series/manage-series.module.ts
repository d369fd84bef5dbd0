// Write side of series: create (platform admins), update, publish and unpublish.
import { Module } from '@nestjs/common';
import { ViewerModule } from '../../auth/viewer.module.js';
import { ManageCommonModule } from '../common/manage-common.module.js';
import { SeriesMutations } from './series.mutations.js';
import { SeriesWriter } from './series.writer.js';

@Module({ imports: [ManageCommonModule, ViewerModule], providers: [SeriesMutations, SeriesWriter] })
export class ManageSeriesModule {}
