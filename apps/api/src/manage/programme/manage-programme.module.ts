// Write side of an edition's programme: tracks, venues and rooms, sessions and speakers.
import { Module } from '@nestjs/common';
import { ProgrammeMutations } from './programme.mutations.js';
import { ProgrammeScopes } from './programme-scopes.js';
import { SessionsWriter } from './sessions.writer.js';
import { TracksWriter } from './tracks.writer.js';
import { VenuesWriter } from './venues.writer.js';

@Module({ providers: [ProgrammeMutations, ProgrammeScopes, SessionsWriter, TracksWriter, VenuesWriter] })
export class ManageProgrammeModule {}
