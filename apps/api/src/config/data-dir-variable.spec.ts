// The data directory has one name, defined in @caravan/db; the api's configuration must read it
// under that name.
import { DATA_DIR_VARIABLE } from '@caravan/db';
import { API_ENV_VARIABLES, parseApiEnv } from './env.js';

describe('DATA_DIR', () => {
  it('is read under the name @caravan/db defines', () => {
    expect(API_ENV_VARIABLES).toContain(DATA_DIR_VARIABLE);
    expect(parseApiEnv({ [DATA_DIR_VARIABLE]: '/srv/caravan-data' }).dataDir).toBe('/srv/caravan-data');
  });
});
