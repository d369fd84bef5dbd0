// One api for a whole describe block, without the beforeAll/afterAll every suite would write:
// started before the block's first test, closed after its last. What useTestApi returns stands
// in for the started harness (a proxy that forwards to it), so the tests read `api.gql(...)` as
// usual; touching it outside a test or hook, before the start, is an error that says so.
//
//   describe(PeopleWriter.name, () => {
//     const api = useTestApi();
//     it('...', async () => { await api.as('ccaOrganizer').gql(CREATE, { input }); });
//   });
import { startTestApi, type TestApi, type TestApiOptions } from './test-api.js';

/** An object made on first use (inside a test or a hook), then kept: the returned proxy forwards to it. */
export function madeOnFirstUse<T extends object>(what: string, make: () => T): T {
  let value: T | undefined;
  const target = (): T => (value ??= make());
  return new Proxy({} as T, {
    get(_, key) {
      const made = target();
      const member: unknown = Reflect.get(made, key);
      return typeof member === 'function' ? member.bind(made) : member;
    },
    has: (_, key) => Reflect.has(target(), key),
    set: () => {
      throw new Error(`${what} is read-only`);
    },
  });
}

/** The api of this describe block (see above); `options` as startTestApi takes them. */
export function useTestApi(options: TestApiOptions = {}): TestApi {
  let started: TestApi | undefined;
  beforeAll(async () => {
    started = await startTestApi(options);
  });
  afterAll(() => started?.close());
  return madeOnFirstUse('the suite api', () => {
    if (!started) throw new Error('the suite api starts in beforeAll: use it inside a test or a hook');
    return started;
  });
}
