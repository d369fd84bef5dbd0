// The PostgreSQL extensions the migrations create. A PGlite instance loads its builds of
// extensions only when it is opened with them, so every PGlite that replays the migrations (the
// scratch and shadow databases of migration:create, the previous default's data on import) is
// opened with this map.
import type { PGliteOptions } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';

export const PGLITE_EXTENSIONS = { btree_gist } satisfies PGliteOptions['extensions'];
