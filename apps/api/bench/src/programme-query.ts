// The query under test: the portal's edition programme, as one visitor asks for it. Both servers
// must answer it with the same JSON body.

export const BENCH_SERIES = 'china-central-asia';
export const BENCH_EDITION = 7;
/** Russian exercises the language fallback: some texts exist only in English. */
export const BENCH_LANG = 'ru';

export const PROGRAMME_QUERY = `query EditionProgramme($series: String!, $number: Int!, $lang: String) {
  edition(series: $series, number: $number, lang: $lang) {
    id
    number
    timeZone
    startDate
    endDate
    theme { text language fallback }
    hostCity { text language fallback }
    programmeDays
    rooms { id slug name { text language fallback } venueName { text language fallback } }
    tracks { id slug name { text language fallback } }
    sessions {
      id
      slug
      kind
      startsAt
      endsAt
      localDate
      localStart
      localEnd
      title { text language fallback }
      room { id slug name { text language fallback } }
      track { id slug name { text language fallback } }
      speakers {
        role
        person {
          id
          slug
          name { text language fallback }
          position { text language fallback }
          organization { id name { text language fallback } }
          country { code name { text language fallback } }
        }
      }
    }
  }
}`;

export const PROGRAMME_VARIABLES = { series: BENCH_SERIES, number: BENCH_EDITION, lang: BENCH_LANG } as const;

/** Body of the api request, sent unchanged on every request of the load. */
export const PROGRAMME_REQUEST_BODY = JSON.stringify({ query: PROGRAMME_QUERY, variables: PROGRAMME_VARIABLES });

/** Path of the bare server's one route for the same edition. */
export const BARE_PROGRAMME_PATH = `/editions/${BENCH_SERIES}/${BENCH_EDITION}/programme?lang=${BENCH_LANG}`;
