// Role grants, read and written within the scope of one series: every method that touches a
// grant takes that scope, so a grant of another series cannot be reached by mistake.
import { Inject, Injectable } from '@nestjs/common';
import type { Database, OrganizerRole } from '@caravan/db';
import { DATABASE } from '../config/config.tokens.js';
import type { Tx } from './accounts.repository.js';
import type { Scope } from './policy/can.js';

export interface GrantRow {
  id: string;
  userId: string;
  seriesId: string;
  editionId: string | null;
  role: OrganizerRole;
  createdAt: Date;
}

export interface GrantView {
  id: string;
  role: OrganizerRole;
  seriesSlug: string;
  editionNumber: number | null;
  grantedAt: string;
}

@Injectable()
export class RoleGrantsRepository {
  constructor(@Inject(DATABASE) private readonly db: Database) {}



  /** Finding a grant by id is how a revoke learns its scope; it is then checked before anything changes. */
  byId(id: string): Promise<GrantRow | null> {
    return this.db.prisma.roleGrant.findUnique({ where: { id } });
  }

  // PostgreSQL treats NULL edition ids as distinct in the unique index, so series-wide
  // duplicates have to be looked for explicitly.
  existing(tx: Tx, scope: Scope, userId: string, role: OrganizerRole): Promise<GrantRow | null> {
    return tx.roleGrant.findFirst({ where: { userId, role, seriesId: scope.seriesId, editionId: scope.editionId ?? null } });
  }

  create(tx: Tx, scope: Scope, userId: string, role: OrganizerRole): Promise<GrantRow> {
    return tx.roleGrant.create({ data: { userId, role, seriesId: scope.seriesId, editionId: scope.editionId ?? null } });
  }

  async delete(tx: Tx, scope: Scope, id: string): Promise<boolean> {
    const { count } = await tx.roleGrant.deleteMany({ where: { id, seriesId: scope.seriesId } });
    return count === 1;
  }

  /** Grants with their series slug and edition number, for display. */
  async describe(grants: readonly Pick<GrantRow, 'id' | 'role' | 'seriesId' | 'editionId' | 'createdAt'>[]): Promise<GrantView[]> {
    if (grants.length === 0) return [];
    const [series, editions] = await Promise.all([
      this.db.prisma.series.findMany({ where: { id: { in: [...new Set(grants.map((g) => g.seriesId))] } }, select: { id: true, slug: true } }),
      this.db.prisma.edition.findMany({
        where: { id: { in: grants.flatMap((g) => (g.editionId ? [g.editionId] : [])) } },
        select: { id: true, number: true },
      }),
    ]);
    const slugs = new Map(series.map((s) => [s.id, s.slug]));
    const numbers = new Map(editions.map((e) => [e.id, e.number]));
    return grants.map((g) => ({
      id: g.id,
      role: g.role,
      seriesSlug: slugs.get(g.seriesId) ?? g.seriesId,
      editionNumber: g.editionId ? (numbers.get(g.editionId) ?? null) : null,
      grantedAt: g.createdAt.toISOString(),
    }));
  }

  forUser(userId: string): Promise<GrantRow[]> {
    return this.db.prisma.roleGrant.findMany({ where: { userId }, orderBy: { createdAt: 'asc' } });
  }
}
