// "Who is asking" for exports whose content depends on the reader (agreements.csv). The exports
// module only needs to know which series the reader organizes and where the reader may read
// confidential agreements; how a bearer token turns into those answers belongs to the auth
// module (the policy's "read confidential"), which the app binds to EXPORT_VIEWER_RESOLVER.
import type { IncomingHttpHeaders } from 'node:http';
import { Injectable } from '@nestjs/common';

export interface ExportViewer {
  /** Series whose unpublished series and editions this reader may find. */
  seriesIdsWithAccess: readonly string[];
  /** Whether the reader may read confidential values and unpublished agreements of this edition. */
  readsConfidential(edition: { seriesId: string; editionId: string }): boolean;
}

export interface ExportRequest {
  headers: IncomingHttpHeaders;
  /** The token of an `Authorization: Bearer <token>` header, or null when there is none. */
  bearerToken: string | null;
}

export interface ExportViewerResolver {
  /** Null for a visitor. An implementation that cannot verify a token must answer null, never guess. */
  resolveViewer(request: ExportRequest): Promise<ExportViewer | null>;
}

export const EXPORT_VIEWER_RESOLVER = Symbol('EXPORT_VIEWER_RESOLVER');

/** Default binding until sign-in is wired: everyone reads what visitors read (fails closed). */
@Injectable()
export class VisitorOnlyViewerResolver implements ExportViewerResolver {
  resolveViewer(): Promise<ExportViewer | null> {
    return Promise.resolve(null);
  }
}

const BEARER = /^Bearer[ \t]+([A-Za-z0-9\-._~+/]+=*)[ \t]*$/i;

/** Reads the bearer token (RFC 6750 syntax); anything else counts as no token. */
export function toExportRequest(headers: IncomingHttpHeaders): ExportRequest {
  const authorization = headers.authorization;
  const match = typeof authorization === 'string' ? BEARER.exec(authorization) : null;
  return { headers, bearerToken: match?.[1] ?? null };
}
