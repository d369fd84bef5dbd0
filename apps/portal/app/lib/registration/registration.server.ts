// The registration pages' calls to the api: the edition's registration (form, categories,
// notice), submitting an application with its Idempotency-Key, uploading the badge photo to the
// api's photo endpoint, the participant's own application through the magic link, and the
// link sent again. A refusal of the answers comes back as problems by field, never as a throw.
import { CaravanApiError, createCaravanClient } from '@caravan/sdk';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { parse } from 'graphql';
import { config } from '../config.server.js';
import { problemsFromExtensions, type FormProblem } from './problems.js';
import type { RegistrationView } from './registration-view.js';
import type { RegistrationWindow } from './registration-window.js';

const TIMEOUT_MS = 8_000;
const client = createCaravanClient({ url: config.apiUrl, timeoutMs: TIMEOUT_MS });

function document<TResult, TVariables extends Record<string, unknown>>(source: string): TypedDocumentNode<TResult, TVariables> {
  return parse(source) as TypedDocumentNode<TResult, TVariables>;
}

const REGISTRATION = document<{ registration: RegistrationView | null }, { series: string; edition: number; lang: string }>(`
  query PortalRegistration($series: String!, $edition: Int!, $lang: String) {
    registration(series: $series, edition: $edition, lang: $lang) {
      editionId open opensAt closesAt
      privacyNotice { id version text }
      fields { key input label help options { value label } maxLength min max multiple }
      categories { slug kind name description capacity placesLeft approval visaSupport fields { key required } }
    }
  }`);

export interface ApplicationReceipt {
  reference: string;
  status: string;
}

interface SubmitInput extends Record<string, unknown> {
  editionId: string;
  category: string;
  language: string;
  answers: Record<string, unknown>;
  draft: boolean;
}

const SUBMIT = document<{ submitApplication: ApplicationReceipt }, { input: SubmitInput }>(`
  mutation PortalSubmitApplication($input: SubmitApplicationInput!) {
    submitApplication(input: $input) { reference status }
  }`);

const REQUEST_LINK = document<{ requestApplicationLink: boolean }, { editionId: string; email: string; language: string }>(`
  mutation PortalRequestApplicationLink($editionId: ID!, $email: String!, $language: String!) {
    requestApplicationLink(editionId: $editionId, email: $email, language: $language)
  }`);

/** The edition's registration in `lang`, or null when the edition has none. */
export async function loadRegistration(series: string, edition: number, lang: string): Promise<RegistrationView | null> {
  return (await client.request(REGISTRATION, { series, edition, lang })).registration;
}

/** What became of a submission: the receipt, the problems by field, or the edition being closed. */
export type SubmitOutcome = { ok: true; receipt: ApplicationReceipt } | { ok: false; problems: FormProblem[]; closed: boolean; alreadySent?: boolean };

/**
 * The api's refusal of the answers as problems; any other failure is thrown for the page's
 * error boundary (an unreachable api is a 503 there, not a problem of the visitor's answers).
 */
export function refusal(error: unknown): { problems: FormProblem[]; closed: boolean; alreadySent?: boolean } {
  if (error instanceof CaravanApiError) {
    const first = error.details.errors?.[0];
    if (error.code === 'REGISTRATION_CLOSED') return { problems: [], closed: true };
    // The same rendering of the form sent twice with answers that differ (a photo uploaded anew
    // by the second send): the first send is the one that counts.
    if (error.code === 'IDEMPOTENCY_KEY_REUSED') return { problems: [], closed: false, alreadySent: true };
    const problems = problemsFromExtensions(first?.extensions);
    if (error.code === 'BAD_USER_INPUT' && problems.length) return { problems, closed: false };
  }
  throw error;
}

/** Sends an application; `idempotencyKey` makes a repeated send (a double click) register once. */
export async function submitApplication(input: SubmitInput, idempotencyKey: string): Promise<SubmitOutcome> {
  const keyed = createCaravanClient({ url: config.apiUrl, timeoutMs: TIMEOUT_MS, headers: { 'Idempotency-Key': idempotencyKey } });
  try {
    return { ok: true, receipt: (await keyed.request(SUBMIT, { input })).submitApplication };
  } catch (error) {
    return { ok: false, ...refusal(error) };
  }
}

/** Asks the api to mail the application's link again; says nothing about whether one exists. */
export async function requestApplicationLink(editionId: string, email: string, language: string): Promise<void> {
  await client.request(REQUEST_LINK, { editionId, email, language });
}

/** The most a photo upload may weigh on its way through the portal; the api checks the image itself. */
export const MAX_PHOTO_BYTES = 5 * 1024 * 1024;

export type PhotoOutcome = { ok: true; photo: string } | { ok: false; problems: FormProblem[] };

/** The image types the photo endpoint reads from a raw body; anything else goes as bytes for it to judge. */
const IMAGE_TYPES = new Set(['image/jpeg', 'image/png', 'image/webp']);

/**
 * Forwards the visitor's photo to the api's photo endpoint for `editionId` (the raw image as the
 * body); the api checks it by content and keeps a re-encoded copy.
 */
export async function uploadPhoto(file: File, editionId: string, idempotencyKey?: string): Promise<PhotoOutcome> {
  if (file.size > MAX_PHOTO_BYTES) return { ok: false, problems: [{ field: 'photo', code: 'file_too_large' }] };
  const url = new URL('/registration/photos', config.apiUrl);
  url.searchParams.set('editionId', editionId);
  const headers: Record<string, string> = { 'content-type': IMAGE_TYPES.has(file.type) ? file.type : 'application/octet-stream' };
  if (idempotencyKey) headers['idempotency-key'] = `${idempotencyKey}.photo`;
  let response: Response;
  try {
    response = await fetch(url, { method: 'POST', body: Buffer.from(await file.arrayBuffer()), headers, signal: AbortSignal.timeout(TIMEOUT_MS * 2) });
  } catch (cause) {
    throw new CaravanApiError('NETWORK_ERROR', `Could not reach the photo endpoint ${url.origin}${url.pathname}`, { cause });
  }
  const answer: unknown = await response.json().catch(() => null);
  if (response.status === 201 && typeof (answer as { photo?: unknown } | null)?.photo === 'string') return { ok: true, photo: (answer as { photo: string }).photo };
  if (response.status === 400 || response.status === 413) {
    // A refusal of the edition (closed meanwhile) is the form's, not the photo's.
    const problems = problemsFromExtensions((answer as Record<string, unknown> | null) ?? undefined).map((problem) => (problem.field === 'photo' ? problem : { ...problem, field: '' }));
    return { ok: false, problems: problems.length ? problems : [{ field: 'photo', code: 'unreadable' }] };
  }
  throw new CaravanApiError('HTTP_ERROR', `The photo endpoint answered HTTP ${response.status}.`, { status: response.status });
}

const WINDOW = document<{ registration: RegistrationWindow | null }, { series: string; edition: number }>(`
  query PortalRegistrationWindow($series: String!, $edition: Int!) {
    registration(series: $series, edition: $edition) { open opensAt closesAt }
  }`);

/**
 * Whether and when the edition takes registrations, for its page; null when it takes none. The
 * edition page stands without it: a failure here is logged and the page shows no registration.
 */
export async function registrationWindow(series: string, edition: number): Promise<RegistrationWindow | null> {
  try {
    return (await client.request(WINDOW, { series, edition })).registration;
  } catch (error) {
    if (!(error instanceof CaravanApiError)) throw error;
    console.error(`[portal] registration window of ${series}/${edition} not read: ${error.code}: ${error.message}`);
    return null;
  }
}

export interface ApplicationHistoryEntry {
  status: string;
  at: string;
}

/** The participant's own application, as the magic link shows it. */
export interface ApplicationView {
  reference: string;
  status: string;
  editable: boolean;
  withdrawable: boolean;
  /** Counts changes: sent back with an edit, so a change made meanwhile is not overwritten. */
  version: number;
  answers: Record<string, unknown>;
  category: { slug: string; name: string };
  edition: { seriesSlug: string; number: number };
  history: readonly ApplicationHistoryEntry[];
}

interface ApplicationAnswer {
  reference: string;
  status: string;
  category: string;
  categoryName: string;
  answers: Record<string, unknown>;
  editable: boolean;
  withdrawable: boolean;
  seriesSlug: string;
  editionNumber: number;
  version: number;
  history: readonly ApplicationHistoryEntry[];
}

const MY_APPLICATION = document<{ myApplication: ApplicationAnswer | null }, { token: string; lang: string }>(`
  query PortalMyApplication($token: String!, $lang: String) {
    myApplication(token: $token, lang: $lang) {
      reference status category categoryName answers editable withdrawable seriesSlug editionNumber version
      history { status at }
    }
  }`);

const UPDATE_APPLICATION = document<{ updateMyApplication: ApplicationReceipt }, { token: string; answers: Record<string, unknown>; submit: boolean; expectedVersion: number | null }>(`
  mutation PortalUpdateMyApplication($token: String!, $answers: JSON!, $submit: Boolean, $expectedVersion: Int) {
    updateMyApplication(token: $token, answers: $answers, submit: $submit, expectedVersion: $expectedVersion) { reference status }
  }`);

const WITHDRAW_APPLICATION = document<{ withdrawMyApplication: ApplicationReceipt }, { token: string; reason: string | null }>(`
  mutation PortalWithdrawMyApplication($token: String!, $reason: String) {
    withdrawMyApplication(token: $token, reason: $reason) { reference status }
  }`);

/** Codes by which the api refuses a magic link: forged, foreign or expired. */
const INVALID_LINK_CODES = new Set(['APPLICATION_LINK_INVALID', 'NOT_FOUND']);

/** The application behind a magic link, or null when the link is not (or no longer) valid. */
export async function loadMyApplication(token: string, lang: string): Promise<ApplicationView | null> {
  try {
    const found = (await client.request(MY_APPLICATION, { token, lang })).myApplication;
    if (!found) return null;
    const { category, categoryName, seriesSlug, editionNumber, ...rest } = found;
    return { ...rest, category: { slug: category, name: categoryName }, edition: { seriesSlug, number: editionNumber } };
  } catch (error) {
    if (error instanceof CaravanApiError && INVALID_LINK_CODES.has(error.code)) return null;
    throw error;
  }
}

/** Saves a draft's answers, or submits it; the api's refusal comes back as problems. */
export async function updateMyApplication(token: string, answers: Record<string, unknown>, submit: boolean, expectedVersion?: number): Promise<SubmitOutcome> {
  try {
    return { ok: true, receipt: (await client.request(UPDATE_APPLICATION, { token, answers, submit, expectedVersion: expectedVersion ?? null })).updateMyApplication };
  } catch (error) {
    return { ok: false, ...refusal(error) };
  }
}

export async function withdrawMyApplication(token: string, reason: string | null): Promise<ApplicationReceipt> {
  return (await client.request(WITHDRAW_APPLICATION, { token, reason })).withdrawMyApplication;
}

/** A category a delegation's invitation allows, as the api names it (its questions are the form's). */
export interface DelegationCategory {
  slug: string;
  kind: string;
  name: string;
}

/** A delegation's invitation as its link shows it: the delegation, its places and members, the categories it registers in. */
export interface DelegationInvitationView {
  delegationName: string;
  quota: number | null;
  registeredCount: number;
  seriesSlug: string;
  editionNumber: number;
  members: readonly { reference: string; name: string; status: string }[];
  categories: readonly DelegationCategory[];
}

const DELEGATION_INVITATION = document<{ delegationInvitation: DelegationInvitationView | null }, { token: string; lang: string }>(`
  query PortalDelegationInvitation($token: String!, $lang: String) {
    delegationInvitation(token: $token, lang: $lang) {
      delegationName quota registeredCount seriesSlug editionNumber
      members { reference name status }
      categories { slug kind name }
    }
  }`);

const REGISTER_MEMBER = document<{ registerDelegationMember: ApplicationReceipt }, { token: string; category: string; language: string; answers: Record<string, unknown> }>(`
  mutation PortalRegisterDelegationMember($token: String!, $category: String!, $language: String!, $answers: JSON!) {
    registerDelegationMember(token: $token, category: $category, language: $language, answers: $answers) { reference status }
  }`);

/** Codes by which the api refuses an invitation link: expired, revoked, foreign or forged. */
const INVALID_INVITATION_CODES = new Set(['INVITATION_INVALID', 'NOT_FOUND']);

/** The invitation behind a delegation link, or null when the link is not (or no longer) valid. */
export async function loadDelegationInvitation(token: string, lang: string): Promise<DelegationInvitationView | null> {
  try {
    return (await client.request(DELEGATION_INVITATION, { token, lang })).delegationInvitation;
  } catch (error) {
    if (error instanceof CaravanApiError && INVALID_INVITATION_CODES.has(error.code)) return null;
    throw error;
  }
}

/** Registers one member of the delegation; the quota, the answers and the link are the api's to check. */
export async function registerDelegationMember(
  token: string,
  input: { category: string; language: string; answers: Record<string, unknown> },
  idempotencyKey: string,
): Promise<SubmitOutcome & { invalid?: boolean; full?: boolean }> {
  const keyed = createCaravanClient({ url: config.apiUrl, timeoutMs: TIMEOUT_MS, headers: { 'Idempotency-Key': idempotencyKey } });
  try {
    return { ok: true, receipt: (await keyed.request(REGISTER_MEMBER, { token, ...input })).registerDelegationMember };
  } catch (error) {
    if (error instanceof CaravanApiError && INVALID_INVITATION_CODES.has(error.code)) return { ok: false, problems: [], closed: false, invalid: true };
    // The delegation's quota (or the category's places) used up while the form was open.
    if (error instanceof CaravanApiError && /QUOTA|FULL/.test(error.code)) return { ok: false, problems: [], closed: false, full: true };
    return { ok: false, ...refusal(error) };
  }
}
