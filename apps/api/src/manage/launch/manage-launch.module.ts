// Launching forums: launchForum, validateTheme, the wizard's drafts and cloneEdition.
import { Module } from '@nestjs/common';
import { ViewerModule } from '../../auth/viewer.module.js';
import { LaunchMutations } from './launch.mutations.js';
import { LaunchWriter } from './launch.writer.js';

@Module({ imports: [ViewerModule], providers: [LaunchMutations, LaunchWriter] })
export class ManageLaunchModule {}
