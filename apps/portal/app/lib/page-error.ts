// The body of the error responses loaders throw, read by the root error boundary.
export interface PageError {
  code: 'NOT_FOUND' | 'API_UNAVAILABLE' | 'API_ERROR';
  detail?: string;
}

export function isPageError(value: unknown): value is PageError {
  return typeof value === 'object' && value !== null && typeof (value as { code?: unknown }).code === 'string';
}
