import { editionDays, layoutDay, minutesOf } from './programme-grid.js';

const rooms = [
  { id: 'hall-a', label: 'Hall A' },
  { id: 'hall-b', label: 'Hall B' },
];

describe(editionDays.name, () => {
  it('lists the local dates inclusively, across a month end, and nothing without dates', () => {
    expect(editionDays('2024-10-30', '2024-11-02')).toEqual(['2024-10-30', '2024-10-31', '2024-11-01', '2024-11-02']);
    expect(editionDays(null, null)).toEqual([]);
    expect(editionDays('2024-10-28', '2024-10-25')).toEqual([]);
  });
});

describe(layoutDay.name, () => {
  it('places sessions by room column and 15-minute rows, in time order', () => {
    const grid = layoutDay('2024-10-25', rooms, [
      { id: 'late', localDate: '2024-10-25', localStart: '14:00', localEnd: '15:30', roomId: 'hall-b' },
      { id: 'opening', localDate: '2024-10-25', localStart: '09:00', localEnd: '10:30', roomId: 'hall-a' },
      { id: 'other-day', localDate: '2024-10-26', localStart: '09:00', localEnd: '10:00', roomId: 'hall-a' },
    ]);
    expect(grid.columns).toEqual([{ roomId: 'hall-a' }, { roomId: 'hall-b' }]);
    expect(grid.placements).toEqual([
      { id: 'opening', column: 2, rowStart: 6, rowEnd: 12 },
      { id: 'late', column: 3, rowStart: 26, rowEnd: 32 },
    ]);
    expect(grid.rows).toBe(40);
    expect(grid.hours[0]).toEqual({ label: '08:00', row: 2 });
  });

  it('widens the day around early and late sessions and adds a column for sessions without a room', () => {
    const grid = layoutDay('2024-10-25', rooms, [
      { id: 'breakfast', localDate: '2024-10-25', localStart: '07:10', localEnd: '07:20', roomId: null },
      { id: 'gala', localDate: '2024-10-25', localStart: '19:00', localEnd: '21:45', roomId: 'hall-a' },
    ]);
    expect(grid.startMinute).toBe(minutesOf('07:00'));
    expect(grid.endMinute).toBe(minutesOf('22:00'));
    expect(grid.columns.at(-1)).toEqual({ roomId: null });
    expect(grid.placements[0]).toEqual({ id: 'breakfast', column: 4, rowStart: 2, rowEnd: 4 });
  });
});
