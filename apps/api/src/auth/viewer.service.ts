// Turns a request's bearer token into its Viewer: the token's signature and expiry, then the
// session, account and grants in one query. Requests without a token are anonymous; a token
// that fails is refused outright rather than quietly treated as anonymous, so a client learns
// it has to refresh.
import { Inject, Injectable } from '@nestjs/common';
import { AccessTokens } from './access-tokens.js';
import { AccountsRepository } from './accounts.repository.js';
import { sessionEnded } from './auth.errors.js';
import { ACCESS_TOKENS, CLOCK, type Clock } from './auth.tokens.js';
import type { RequestAuth } from './request-auth.js';
import { ANONYMOUS, type Viewer } from './viewer.js';

@Injectable()
export class ViewerService {
  constructor(
    private readonly accounts: AccountsRepository,
    @Inject(ACCESS_TOKENS) private readonly tokens: AccessTokens,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  viewer(auth: RequestAuth): Promise<Viewer> {
    auth.viewer ??= this.load(auth.accessToken);
    return auth.viewer;
  }

  private async load(accessToken: string | null): Promise<Viewer> {
    if (accessToken === null) return ANONYMOUS;
    const claims = await this.tokens.verify(accessToken);
    const live = await this.accounts.liveSession(claims.sessionId, claims.userId, this.clock());
    if (live === null) throw sessionEnded();
    return { kind: 'user', user: live.user, sessionId: live.sessionId, grants: live.grants };
  }
}
