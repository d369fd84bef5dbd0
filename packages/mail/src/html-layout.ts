// The html part: one column, inline styles (mail clients drop <style> blocks), tables only
// where mail clients need them for layout (marked role="presentation"), the language and
// direction on <html> and on the article, and a real data table for the details.
import { escapeHtml, isolateHtml } from './escape.js';
import type { MailColors, MailContent } from './mail-content.js';

function style(declarations: Readonly<Record<string, string>>): string {
  return escapeHtml(
    Object.entries(declarations)
      .map(([property, value]) => `${property}:${value}`)
      .join(';'),
  );
}

export function renderHtml(content: MailContent, colors: MailColors): string {
  const start = content.dir === 'rtl' ? 'right' : 'left';
  const paragraph = style({ margin: '0 0 16px' });
  const small = style({ margin: '0 0 16px', 'font-size': '13px', color: colors.muted });
  const subject = escapeHtml(content.subject);
  const lang = escapeHtml(content.lang);
  const [button, ...otherLinks] = content.links;

  const body: string[] = [
    `<h1 style="${style({ margin: '0 0 16px', 'font-size': '22px', 'line-height': '1.3', color: colors.text })}">${content.heading.html}</h1>`,
    `<p style="${paragraph}">${content.greeting.html}</p>`,
    ...content.paragraphs.map((p) => `<p style="${paragraph}">${p.html}</p>`),
  ];
  if (content.details.length > 0) {
    const cell = { padding: '8px 0', 'border-top': `1px solid ${colors.border}`, 'vertical-align': 'top' };
    const rows = content.details.map(
      (detail) =>
        `<tr><th scope="row" style="${style({ ...cell, 'text-align': start, 'font-weight': 'normal', color: colors.muted, 'padding-inline-end': '16px', width: '40%' })}">${escapeHtml(detail.label)}</th>` +
        `<td style="${style({ ...cell, 'text-align': start })}">${isolateHtml(detail.value)}</td></tr>`,
    );
    body.push(`<table style="${style({ 'border-collapse': 'collapse', width: '100%', margin: '0 0 24px' })}">${rows.join('')}</table>`);
  }
  if (button !== undefined) {
    const href = escapeHtml(button.url);
    body.push(
      `<p style="${style({ margin: '8px 0 16px' })}"><a href="${href}" style="${style({
        display: 'inline-block',
        'background-color': colors.primary,
        color: colors.onPrimary,
        padding: '12px 24px',
        'border-radius': '4px',
        'text-decoration': 'none',
        'font-weight': 'bold',
      })}">${button.label.html}</a></p>`,
      `<p style="${small}">${content.linkFallback.html}<br><a href="${href}" style="${style({ color: colors.link, 'word-break': 'break-all' })}">${escapeHtml(button.url)}</a></p>`,
    );
  }
  for (const link of otherLinks) {
    body.push(`<p style="${paragraph}"><a href="${escapeHtml(link.url)}" style="${style({ color: colors.link })}">${link.label.html}</a></p>`);
  }
  body.push(...content.notes.map((note) => `<p style="${small}">${note.html}</p>`));
  body.push(...content.attachmentNotes.map((note) => `<p style="${paragraph}">${note.html}</p>`));
  body.push(`<p style="${style({ margin: '24px 0 0' })}">${content.signOff.map((line) => line.html).join('<br>')}</p>`);

  return [
    '<!DOCTYPE html>',
    `<html lang="${lang}" dir="${content.dir}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="color-scheme" content="light">',
    `<title>${subject}</title>`,
    '</head>',
    `<body style="${style({ margin: '0', padding: '0', 'background-color': colors.page })}">`,
    `<div role="article" aria-roledescription="email" aria-label="${subject}" lang="${lang}" dir="${content.dir}" style="${style({
      'background-color': colors.page,
      padding: '24px 12px',
      'font-family': colors.fontFamily,
      'font-size': '16px',
      'line-height': '1.5',
      color: colors.text,
      'text-align': start,
    })}">`,
    `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="${style({
      'max-width': '600px',
      margin: '0 auto',
      'border-collapse': 'collapse',
      'background-color': colors.surface,
    })}">`,
    `<tr><td style="${style({ 'background-color': colors.primary, color: colors.onPrimary, padding: '16px 24px', 'font-size': '15px', 'font-weight': 'bold' })}">${isolateHtml(content.banner)}</td></tr>`,
    `<tr><td style="${style({ padding: '24px' })}">`,
    ...body,
    '</td></tr>',
    `<tr><td style="${style({ padding: '16px 24px', 'font-size': '12px', color: colors.muted, 'border-top': `1px solid ${colors.border}` })}">${content.automated.html}</td></tr>`,
    '</table>',
    '</div>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
