// Turkmen mail templates.
import type { LanguageTemplates } from './template.types.js';

const CONFIRMED_NEXT_STEPS =
  'Ähli hat alyşmalarda hasaba alyş belgiňizi görkezmegiňizi we akkreditasiýa wagtynda ony ýanyňyzda saklamagyňyzy haýyş edýäris. Maksatnama we amaly maglumatlar forumyň saýtynda çap edildi.';
const PERSONAL_LINK = 'Salgylanma şahsydyr: bu haty başgalara ibermezligiňizi haýyş edýäris.';

export const tk: LanguageTemplates = {
  common: {
    greeting: 'Hormatly {name}!',
    greetingColleague: 'Hormatly kärdeş!',
    signOffParticipant: ['Hormatlamak bilen,', 'Guramaçylyk komiteti', '{editionName}'],
    signOffOrganizer: ['Hormatlamak bilen,', 'Caravan platformasynyň topary'],
    linkFallback: 'Düwme açylmasa, bu salgyny brauzeriň salgy setirine göçüriň:',
    attachmentNote: 'Goşundy: {filename}',
    automated: 'Bu hat awtomatik usulda iberildi. Oňa jogap bermezligiňizi haýyş edýäris.',
    labels: {
      editionName: 'Forum',
      seriesName: 'Forumlar tapgyry',
      dates: 'Geçiriljek seneleri',
      category: 'Gatnaşyk kategoriýasy',
      reference: 'Hasaba alyş belgisi',
      waitlistPosition: 'Garaşylýanlaryň sanawyndaky orny',
      reason: 'Sebäbi',
      delegationName: 'Wekiliýet',
      ipAddress: 'IP salgysy',
      device: 'Enjam',
      location: 'Takmynan ýerleşýän ýeri',
    },
  },
  kinds: {
    'registration.received': {
      subject: 'Arza kabul edildi: {editionName}',
      heading: 'Arzaňyz kabul edildi',
      paragraphs: [
        'Foruma gatnaşmak üçin arza bereniňiz üçin minnetdarlyk bildirýäris. Arzaňyz hasaba alyndy we oňa Guramaçylyk komiteti tarapyndan serediler.',
        'Karar kabul edilenden soň size derrew habar bereris. Şoňa çenli aşakdaky şahsy salgylanma arkaly arzaňyzy görüp, zerur bolsa düzedip bilersiňiz.',
      ],
      links: { magicLinkUrl: 'Arzany görmek ýa-da üýtgetmek' },
      notes: [PERSONAL_LINK],
    },
    'registration.approved': {
      subject: 'Gatnaşygyňyz tassyklandy: {editionName}',
      heading: 'Gatnaşygyňyz tassyklandy',
      paragraphs: ['Guramaçylyk komitetiniň foruma gatnaşmak baradaky arzaňyzy makullandygyny size şatlyk bilen habar berýäris.', CONFIRMED_NEXT_STEPS],
      links: { magicLinkUrl: 'Arzany görmek', portalUrl: 'Forumyň saýty' },
    },
    'registration.rejected': {
      subject: 'Arza boýunça karar: {editionName}',
      heading: 'Arzaňyz boýunça karar',
      paragraphs: [
        'Foruma bildiren gyzyklanmaňyz üçin minnetdarlyk bildirýäris. Gynansak-da, Guramaçylyk komiteti arzaňyzy makullap bilmeýär.',
        'Tapgyryň indiki forumlarynyň birinde sizi garşylamak mümkinçiligine umyt edýäris.',
      ],
      links: {},
    },
    'registration.waitlisted': {
      subject: 'Arza garaşylýanlaryň sanawyna goşuldy: {editionName}',
      heading: 'Arzaňyz garaşylýanlaryň sanawynda',
      paragraphs: [
        'Arzaňyz üçin minnetdarlyk bildirýäris. Häzirki wagtda gatnaşyk kategoriýaňyzdaky ähli orunlar eýelenen, şonuň üçin arzaňyz garaşylýanlaryň sanawyna goşuldy.',
        'Orun boşan ýagdaýynda garaşylýanlaryň sanawyndaky arzalara nobat boýunça seredilip, size derrew habar beriler.',
      ],
      links: { magicLinkUrl: 'Arzany görmek' },
    },
    'registration.promoted': {
      subject: 'Orun boşady: {editionName}',
      heading: 'Gatnaşygyňyz tassyklandy',
      paragraphs: [
        'Gatnaşyk kategoriýaňyzda orun boşandygyny we garaşylýanlaryň sanawyndaky arzaňyzyň makullanandygyny size şatlyk bilen habar berýäris.',
        CONFIRMED_NEXT_STEPS,
      ],
      links: { magicLinkUrl: 'Arzany görmek', portalUrl: 'Forumyň saýty' },
    },
    'application.access-link': {
      subject: 'Arzaňyza girmek: {editionName}',
      heading: 'Arzaňyza girmek',
      paragraphs: [
        'Siz arzaňyzy görmek ýa-da üýtgetmek üçin salgylanma soradyňyz. Aşakdaky düwmäni ulanmagyňyzy haýyş edýäris.',
        'Salgylanma şahsydyr we {expiresInHours, plural, other {# sagadyň}} dowamynda hereket edýär.',
      ],
      links: { magicLinkUrl: 'Arzany açmak' },
      notes: ['Eger bu salgylanmany soramadyk bolsaňyz, bu haty äsgermezlik edip bilersiňiz: arzaňyz üýtgewsiz galýar.'],
    },
    'delegation.invitation': {
      subject: 'Wekiliýetiň düzümine çakylyk: {editionName}',
      heading: 'Wekiliýetiň düzümine çakylyk',
      paragraphs: [
        'Siz aşakda görkezilen wekiliýetiň düzümine goşuldyňyz we foruma onuň agzasy hökmünde hasaba alynmaga çagyrylýarsyňyz.',
        'Hasaba alnyşy aşakdaky salgylanma arkaly tamamlamagyňyzy haýyş edýäris. Hasaba alnyşyň soňky möhleti: {registrationDeadline, date, calendar}.',
      ],
      links: { invitationUrl: 'Hasaba alnyşy tamamlamak' },
      notes: [PERSONAL_LINK],
    },
    'visa-letter.issued': {
      subject: 'Wiza goldaw haty: {editionName}',
      heading: 'Wiza goldaw hatyňyz',
      paragraphs: [
        'Wiza resmileşdirmek üçin resmi çakylyk hatyny şu hata goşup iberýäris.',
        'Haty beýleki zerur resminamalar bilen bilelikde wiza alýan ilçihanaňyza ýa-da konsullygyňyza tabşyryň. Konsullyk edarasy goşmaça tassyklama talap etse, hasaba alyş belgiňizi görkezip, Guramaçylyk komitetine ýüz tutuň.',
      ],
      links: {},
    },
    'data-export.ready': {
      subject: 'Şahsy maglumatlaryňyzyň göçürmesi taýýar',
      heading: 'Şahsy maglumatlaryňyzyň göçürmesi taýýar',
      paragraphs: [
        'Haýyşyňyz boýunça foruma gatnaşmagyňyz bilen baglanyşykly bizde saklanýan şahsy maglumatlaryňyzyň göçürmesini taýýarladyk.',
        'Faýly ýüklemegiň möhleti: {expiresAt, date, long}, {expiresAt, time, short}; şondan soň ol pozular.',
      ],
      links: { downloadUrl: 'Maglumatlary ýüklemek' },
      notes: ['Eger bu göçürmäni soramadyk bolsaňyz, Guramaçylyk komitetine habar beriň.'],
    },
    'organizer.password-reset': {
      subject: 'Caravan açar sözüni dikeltmek',
      heading: 'Açar sözi dikeltmek',
      paragraphs: [
        'Caravan ulgamyndaky guramaçy hasabyňyzyň açar sözüni dikeltmek barada haýyş aldyk.',
        'Täze açar sözi bellemek üçin aşakdaky düwmäni ulanyň. Salgylanma {expiresInMinutes, plural, other {# minudyň}} dowamynda hereket edýär we diňe bir gezek ulanylyp bilner.',
      ],
      links: { resetUrl: 'Täze açar sözi bellemek' },
      notes: ['Eger açar sözi dikeltmegi soramadyk bolsaňyz, bu haty äsgermezlik edip bilersiňiz: açar sözüňiz üýtgemeýär.'],
    },
    'organizer.team-invitation': {
      subject: 'Guramaçylyk toparyna çakylyk: {seriesName}',
      heading: 'Guramaçylyk toparyna çakylyk',
      paragraphs: [
        '{inviterName} sizi aşakda görkezilen forumlar tapgyrynyň guramaçylyk toparyna {role, select, SERIES_ADMIN {tapgyryň administratory} PROGRAMME_EDITOR {maksatnamanyň redaktory} REGISTRATION_OFFICER {arzalar boýunça işgär} MEDIA_OFFICER {metbugat merkeziniň işgäri} CHECKIN_STAFF {hasaba alyş nokadynyň işgäri} other {toparyň agzasy}} hökmünde goşulmaga çagyrýar.',
        'Çakylygy kabul etmek üçin aşakdaky düwmäni ulanyň. Çakylygyň hereket edýän möhleti: {expiresAt, date, long}, {expiresAt, time, short}.',
      ],
      links: { acceptUrl: 'Çakylygy kabul etmek' },
      notes: ['Eger bu çakylyga garaşmaýan bolsaňyz, bu haty äsgermezlik edip bilersiňiz.'],
    },
    'organizer.sign-in-alert': {
      subject: 'Caravan hasabyňyza täze giriş',
      heading: 'Hasaba täze giriş',
      paragraphs: [
        'Caravan ulgamyndaky guramaçy hasabyňyza giriş amala aşyryldy. Wagty: {signedInAt, date, long}, {signedInAt, time, short}. Giriş barada maglumatlar aşakda berilýär.',
        'Eger bu siz bolsaňyz, hiç hili çäre gerek däl.',
      ],
      links: { securityUrl: 'Açar sözi çalyşmak' },
      notes: ['Eger bu girişi tanamasaňyz, açar sözi derrew çalşyň we tapgyryň administratoryna habar beriň.'],
    },
  },
};
