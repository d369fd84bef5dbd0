import { grantsInForce } from './team.server.js';
import type { AuditEntry } from './audit.server.js';

const entry = (id: string, entityId: string, action: string, after: object | null, at: string): AuditEntry => ({
  id,
  action,
  entityType: 'RoleGrant',
  entityId,
  editionId: null,
  at,
  before: null,
  after: after ? JSON.stringify(after) : null,
  actor: null,
});

describe(grantsInForce.name, () => {
  it('keeps grants whose newest entry is a grant, and drops revoked ones', () => {
    const entries = [
      entry('3', 'g1', 'revoke', null, '2026-11-03T00:00:00Z'),
      entry('2', 'g2', 'grant', { userEmail: 'editor@example.org', role: 'PROGRAMME_EDITOR', editionId: 'e11' }, '2026-11-02T00:00:00Z'),
      entry('1', 'g1', 'grant', { userEmail: 'gone@example.org', role: 'SERIES_ADMIN', editionId: null }, '2026-11-01T00:00:00Z'),
    ];
    expect(grantsInForce(entries)).toEqual([{ id: 'g2', email: 'editor@example.org', role: 'PROGRAMME_EDITOR', editionId: 'e11', grantedAt: '2026-11-02T00:00:00Z' }]);
  });

  it('ignores entries it cannot read', () => {
    expect(grantsInForce([entry('1', 'g1', 'grant', { role: 'NOT_A_ROLE', userEmail: 'x@example.org' }, '2026-11-01T00:00:00Z')])).toEqual([]);
  });
});
