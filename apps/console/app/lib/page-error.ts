// The body of the error responses loaders and actions throw, read by the root error boundary.
export interface PageError {
  code: 'NOT_FOUND' | 'FORBIDDEN' | 'CSRF_REFUSED' | 'API_UNAVAILABLE' | 'API_ERROR';
  detail?: string;
}

export function isPageError(value: unknown): value is PageError {
  return typeof value === 'object' && value !== null && typeof (value as { code?: unknown }).code === 'string';
}
