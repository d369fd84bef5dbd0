// Demo accounts: one platform admin and one series admin per series. Local development only;
// the passwords are published in the package README.
import type { UserSeed } from '../users.seed.js';

export const users: UserSeed[] = [
  { email: 'admin@caravan.local', password: 'caravan-admin', displayName: 'Platform administrator', isPlatformAdmin: true },
  {
    email: 'cca-organizer@caravan.local',
    password: 'caravan-cca',
    displayName: 'China–Central Asia organizer',
    grants: [{ seriesSlug: 'china-central-asia', role: 'SERIES_ADMIN' }],
  },
  {
    email: 'caucasus-organizer@caravan.local',
    password: 'caravan-caucasus',
    displayName: 'China–Caucasus organizer',
    grants: [{ seriesSlug: 'china-caucasus', role: 'SERIES_ADMIN' }],
  },
];
