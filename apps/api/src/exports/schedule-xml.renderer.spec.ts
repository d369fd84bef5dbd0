import { renderScheduleXml } from './schedule-xml.renderer.js';
import { programmeFixture } from './testing/programme-export.fixture.js';
import { validateScheduleXml } from './testing/schedule-validators.js';

describe(renderScheduleXml.name, () => {
  it('stays valid for xmllint when a stored text holds characters XML cannot carry', () => {
    const model = programmeFixture();
    const [first, ...rest] = model.sessions;
    if (!first) throw new Error('the fixture has sessions');
    const hostile = { ...first, title: 'Opening\u0001 plenary\u000b \ud800and\u0008 more\uffff', description: 'tab\tand\nline stay' };
    const xml = renderScheduleXml({ ...model, sessions: [hostile, ...rest] });
    expect(validateScheduleXml(xml)).toBeNull();
    expect(xml).toContain('<title>Opening plenary and more</title>');
    expect(xml).toContain('tab\tand\nline stay');
  });
});
