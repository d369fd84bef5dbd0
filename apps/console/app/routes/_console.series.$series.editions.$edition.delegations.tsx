// Delegations of an edition in protocol order: head, members, order; a form to add one (a
// draft unless published) and, per delegation, a form to change head, members and order.
import { data, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { ActionButton, CheckboxField, ConsoleForm, FormTitle, SelectField, SubmitButton, TextField, type Choice } from '../components/form.js';
import { EditionDelegationsDocument } from '../generated/graphql.js';
import { organizerAction } from '../lib/action.server.js';
import { fromApi, notFound } from '../lib/api.server.js';
import { editionParam, openPlace } from '../lib/page.server.js';
import { pageTitle } from '../lib/page-title.js';
import { listPeople } from '../lib/people.server.js';
import { useConsole } from '../lib/use-console.js';

export const meta = pageTitle('delegations.title');

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { organizer, locale, series, edition: number } = await openPlace(request, params, 'delegations');
  const [{ edition }, { people }] = await Promise.all([fromApi(() => organizer.client.request(EditionDelegationsDocument, { series, number: number ?? 0, lang: locale })), listPeople(organizer, series, locale)]);
  if (!edition) notFound(`Edition ${number ?? ''}`);
  const known = new Map(people.map((person) => [person.slug, person.name]));
  for (const delegation of edition.delegations) for (const person of [delegation.head, ...delegation.members]) if (person && !known.has(person.slug)) known.set(person.slug, person.name.text);
  return data(
    {
      number: edition.number,
      delegations: edition.delegations.map((delegation) => ({
        id: delegation.id,
        order: delegation.protocolOrder,
        country: delegation.country ? `${delegation.country.name.text} (${delegation.country.code})` : '—',
        head: delegation.head?.slug ?? '',
        headName: delegation.head?.name.text ?? null,
        members: delegation.members.map((member) => member.slug),
        memberNames: delegation.members.map((member) => member.name.text),
      })),
      people: [...known].map(([slug, name]) => ({ value: slug, label: `${name} (${slug})` })).sort((a, b) => a.label.localeCompare(b.label)),
    },
    { headers: organizer.headers },
  );
}

const members = (form: FormData) =>
  String(form.get('members') ?? '')
    .split(/[\s,]+/)
    .map((slug) => slug.trim())
    .filter(Boolean)
    .map((person) => ({ person }));

export function action({ request, params }: ActionFunctionArgs) {
  const series = params['series'] ?? '';
  const number = editionParam(params) ?? 0;
  const here = `/series/${encodeURIComponent(series)}/editions/${number}/delegations`;
  return organizerAction(request, { fields: { countryCode: 'countryCode', protocolOrder: 'protocolOrder', head: 'head', members: 'members' } }, async ({ organizer, form, intent, text, done }) => {
    const client = organizer.client;
    if (intent === 'create') {
      const published = form.get('published') === 'on';
      const created = await client.mutation.createDelegation({
        series,
        number,
        input: { countryCode: text('countryCode').toUpperCase(), protocolOrder: Number(text('protocolOrder') || '0'), head: text('head') || null, members: members(form), published },
      });
      const label = created.country?.code ?? text('countryCode');
      return done(here, published ? { kind: 'success', message: 'delegations.created', values: { country: label } } : { kind: 'success', message: 'delegations.createdDraft', values: { country: label }, draft: { kind: 'delegation', id: created.id, label } });
    }
    const id = text('id');
    if (intent === 'update') {
      await client.mutation.updateDelegation({ id, input: { protocolOrder: Number(text('protocolOrder') || '0'), head: text('head') || null, members: members(form) } });
      return done(here, { kind: 'success', message: 'delegations.saved' });
    }
    if (intent === 'unpublish') {
      await client.mutation.unpublishDelegation({ id });
      return done(here, { kind: 'info', message: 'delegations.unpublished', draft: { kind: 'delegation', id, label: text('label') } });
    }
    if (intent === 'delete') {
      await client.mutation.deleteDelegation({ id });
      return done(here, { kind: 'success', message: 'delegations.deleted' });
    }
    throw new Response(`Unknown intent "${intent}"`, { status: 400 });
  });
}

function DelegationFields({ people, head, memberSlugs, order }: { people: Choice[]; head: string; memberSlugs: string[]; order: number }) {
  const { t } = useConsole();
  return (
    <>
      <TextField name="protocolOrder" type="number" label={t('delegations.order')} hint={t('delegations.orderHint')} defaultValue={String(order)} required />
      <SelectField name="head" label={t('delegations.head')} choices={people} defaultValue={head} empty={t('speakers.nobody')} />
      <TextField name="members" label={t('delegations.members')} hint={t('delegations.membersHint')} defaultValue={memberSlugs.join(', ')} />
    </>
  );
}

export default function Delegations() {
  const { number, delegations, people } = useLoaderData<typeof loader>();
  const { t } = useConsole();
  return (
    <>
      <h1>{t('delegations.heading', { number })}</h1>
      <p className="muted">{t('delegations.publishedOnly')}</p>
      {delegations.map((delegation) => (
        <section key={delegation.id} className="card" aria-labelledby={`delegation-${delegation.id}-title`}>
          <ConsoleForm id={`delegation-${delegation.id}`}>
            <FormTitle id={`delegation-${delegation.id}`}>
              {delegation.order}. {delegation.country}
            </FormTitle>
            <p className="muted">
              {t('delegations.head')}: {delegation.headName ?? '—'} · {t('delegations.members')}: {delegation.memberNames.join(', ') || '—'}
            </p>
            <input type="hidden" name="id" value={delegation.id} />
            <DelegationFields people={people} head={delegation.head} memberSlugs={delegation.members} order={delegation.order} />
            <SubmitButton label={t('delegations.save')} intent="update" />
          </ConsoleForm>
          <div className="toolbar">
            <ActionButton id={`unpublish-${delegation.id}`} intent="unpublish" label={t('delegations.unpublish', { country: delegation.country })} hidden={{ id: delegation.id, label: delegation.country }} />
            <ActionButton id={`delete-${delegation.id}`} intent="delete" label={t('delegations.delete', { country: delegation.country })} hidden={{ id: delegation.id }} danger />
          </div>
        </section>
      ))}
      <ConsoleForm id="new-delegation">
        <FormTitle id="new-delegation">{t('delegations.new')}</FormTitle>
        <TextField name="countryCode" label={t('delegations.country')} hint={t('delegations.countryHint')} required />
        <DelegationFields people={people} head="" memberSlugs={[]} order={delegations.length + 1} />
        <CheckboxField name="published" label={t('session.publishNow')} />
        <SubmitButton label={t('delegations.create')} intent="create" />
      </ConsoleForm>
    </>
  );
}
