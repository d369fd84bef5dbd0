// Uzbek (Latin script) mail templates. The letters oʻ and gʻ use U+02BB and the tutuq belgisi
// U+02BC, as the official orthography does; an ASCII apostrophe would also be an ICU quote.
import type { LanguageTemplates } from './template.types.js';

const CONFIRMED_NEXT_STEPS =
  'Iltimos, barcha yozishmalarda roʻyxatga olish raqamingizni koʻrsating va akkreditatsiya vaqtida uni yoningizda olib yuring. Dastur va amaliy maʼlumotlar forum saytida eʼlon qilingan.';
const PERSONAL_LINK = 'Havola shaxsiy: iltimos, ushbu xatni boshqalarga yubormang.';

export const uz: LanguageTemplates = {
  common: {
    greeting: 'Hurmatli {name}!',
    greetingColleague: 'Hurmatli hamkasb!',
    signOffParticipant: ['Hurmat bilan,', 'Tashkiliy qoʻmita', '{editionName}'],
    signOffOrganizer: ['Hurmat bilan,', 'Caravan platformasi jamoasi'],
    linkFallback: 'Agar tugma ochilmasa, ushbu manzilni brauzerning manzil satriga nusxalang:',
    attachmentNote: 'Ilova: {filename}',
    automated: 'Ushbu xat avtomatik tarzda yuborildi. Iltimos, unga javob bermang.',
    labels: {
      editionName: 'Forum',
      seriesName: 'Forumlar turkumi',
      dates: 'Oʻtkazilish sanalari',
      category: 'Ishtirok toifasi',
      reference: 'Roʻyxatga olish raqami',
      waitlistPosition: 'Kutish roʻyxatidagi oʻrin',
      reason: 'Sabab',
      delegationName: 'Delegatsiya',
      ipAddress: 'IP-manzil',
      device: 'Qurilma',
      location: 'Taxminiy joylashuv',
    },
  },
  kinds: {
    'registration.received': {
      subject: 'Ariza qabul qilindi: {editionName}',
      heading: 'Arizangiz qabul qilindi',
      paragraphs: [
        'Forumda ishtirok etish uchun ariza berganingiz uchun minnatdorchilik bildiramiz. Arizangiz roʻyxatga olindi va Tashkiliy qoʻmita tomonidan koʻrib chiqiladi.',
        'Qaror qabul qilinishi bilan sizga xabar beramiz. Ungacha quyidagi shaxsiy havola orqali arizangizni koʻrib chiqishingiz va zarur boʻlsa, tuzatishingiz mumkin.',
      ],
      links: { magicLinkUrl: 'Arizani koʻrish yoki oʻzgartirish' },
      notes: [PERSONAL_LINK],
    },
    'registration.approved': {
      subject: 'Ishtirok tasdiqlandi: {editionName}',
      heading: 'Ishtirokingiz tasdiqlandi',
      paragraphs: ['Tashkiliy qoʻmita forumda ishtirok etish boʻyicha arizangizni maʼqullaganini mamnuniyat bilan maʼlum qilamiz.', CONFIRMED_NEXT_STEPS],
      links: { magicLinkUrl: 'Arizani koʻrish', portalUrl: 'Forum sayti' },
    },
    'registration.rejected': {
      subject: 'Ariza boʻyicha qaror: {editionName}',
      heading: 'Arizangiz boʻyicha qaror',
      paragraphs: [
        'Forumga koʻrsatgan qiziqishingiz uchun minnatdorchilik bildiramiz. Afsuski, Tashkiliy qoʻmita arizangizni maʼqullay olmasligini maʼlum qilamiz.',
        'Turkumning kelgusi forumlaridan birida sizni kutib olish imkoniyati boʻladi, degan umiddamiz.',
      ],
      links: {},
    },
    'registration.waitlisted': {
      subject: 'Ariza kutish roʻyxatiga kiritildi: {editionName}',
      heading: 'Arizangiz kutish roʻyxatida',
      paragraphs: [
        'Arizangiz uchun minnatdorchilik bildiramiz. Hozirda ishtirok toifangizdagi barcha oʻrinlar band, shu sababli arizangiz kutish roʻyxatiga kiritildi.',
        'Oʻrin boʻshagan taqdirda kutish roʻyxatidagi arizalar navbat boʻyicha koʻrib chiqiladi va biz sizga darhol xabar beramiz.',
      ],
      links: { magicLinkUrl: 'Arizani koʻrish' },
    },
    'registration.promoted': {
      subject: 'Oʻrin boʻshadi: {editionName}',
      heading: 'Ishtirokingiz tasdiqlandi',
      paragraphs: [
        'Ishtirok toifangizda oʻrin boʻshaganini va kutish roʻyxatidagi arizangiz maʼqullanganini mamnuniyat bilan maʼlum qilamiz.',
        CONFIRMED_NEXT_STEPS,
      ],
      links: { magicLinkUrl: 'Arizani koʻrish', portalUrl: 'Forum sayti' },
    },
    'application.access-link': {
      subject: 'Arizangizga kirish: {editionName}',
      heading: 'Arizangizga kirish',
      paragraphs: [
        'Siz arizangizni koʻrish yoki oʻzgartirish uchun havola soʻradingiz. Iltimos, quyidagi tugmadan foydalaning.',
        'Havola shaxsiy boʻlib, {expiresInHours, plural, other {# soat}} davomida amal qiladi.',
      ],
      links: { magicLinkUrl: 'Arizani ochish' },
      notes: ['Agar siz ushbu havolani soʻramagan boʻlsangiz, bu xatga eʼtibor bermasligingiz mumkin: arizangiz oʻzgarishsiz qoladi.'],
    },
    'delegation.invitation': {
      subject: 'Delegatsiya tarkibiga taklif: {editionName}',
      heading: 'Delegatsiya tarkibiga taklif',
      paragraphs: [
        'Siz quyida koʻrsatilgan delegatsiya tarkibiga kiritildingiz va forumga uning aʼzosi sifatida roʻyxatdan oʻtishga taklif etilasiz.',
        'Iltimos, roʻyxatdan oʻtishni quyidagi havola orqali yakunlang. Roʻyxatdan oʻtishning soʻnggi muddati: {registrationDeadline, date, calendar}.',
      ],
      links: { invitationUrl: 'Roʻyxatdan oʻtishni yakunlash' },
      notes: [PERSONAL_LINK],
    },
    'visa-letter.issued': {
      subject: 'Vizani qoʻllab-quvvatlash xati: {editionName}',
      heading: 'Vizani qoʻllab-quvvatlash xatingiz',
      paragraphs: [
        'Viza rasmiylashtirish uchun rasmiy taklifnomani ushbu xatga ilova qilib yubormoqdamiz.',
        'Xatni boshqa zarur hujjatlar bilan birga viza olayotgan elchixona yoki konsullikka taqdim eting. Agar konsullik muassasasi qoʻshimcha tasdiq talab qilsa, roʻyxatga olish raqamingizni koʻrsatib, Tashkiliy qoʻmitaga murojaat qiling.',
      ],
      links: {},
    },
    'data-export.ready': {
      subject: 'Shaxsiy maʼlumotlaringiz nusxasi tayyor',
      heading: 'Shaxsiy maʼlumotlaringiz nusxasi tayyor',
      paragraphs: [
        'Soʻrovingizga koʻra, forumdagi ishtirokingiz bilan bogʻliq holda bizda saqlanayotgan shaxsiy maʼlumotlaringiz nusxasini tayyorladik.',
        'Faylni yuklab olish muddati: {expiresAt, date, long}, {expiresAt, time, short}; shundan soʻng u oʻchiriladi.',
      ],
      links: { downloadUrl: 'Maʼlumotlarni yuklab olish' },
      notes: ['Agar siz ushbu nusxani soʻramagan boʻlsangiz, Tashkiliy qoʻmitaga xabar bering.'],
    },
    'organizer.password-reset': {
      subject: 'Caravan parolini tiklash',
      heading: 'Parolni tiklash',
      paragraphs: [
        'Caravan tizimidagi tashkilotchi hisobingiz parolini tiklash boʻyicha soʻrov oldik.',
        'Yangi parol oʻrnatish uchun quyidagi tugmadan foydalaning. Havola {expiresInMinutes, plural, other {# daqiqa}} davomida amal qiladi va faqat bir marta ishlatilishi mumkin.',
      ],
      links: { resetUrl: 'Yangi parol oʻrnatish' },
      notes: ['Agar siz parolni tiklashni soʻramagan boʻlsangiz, bu xatga eʼtibor bermasligingiz mumkin: parolingiz oʻzgarmaydi.'],
    },
    'organizer.team-invitation': {
      subject: 'Tashkiliy guruhga taklif: {seriesName}',
      heading: 'Tashkiliy guruhga taklif',
      paragraphs: [
        '{inviterName} sizni quyida koʻrsatilgan forumlar turkumining tashkiliy guruhiga {role, select, SERIES_ADMIN {turkum administratori} PROGRAMME_EDITOR {dastur muharriri} REGISTRATION_OFFICER {arizalar boʻyicha xodim} MEDIA_OFFICER {matbuot markazi xodimi} CHECKIN_STAFF {roʻyxatga olish nuqtasi xodimi} other {guruh aʼzosi}} sifatida qoʻshilishga taklif qiladi.',
        'Taklifni qabul qilish uchun quyidagi tugmadan foydalaning. Taklifning amal qilish muddati: {expiresAt, date, long}, {expiresAt, time, short}.',
      ],
      links: { acceptUrl: 'Taklifni qabul qilish' },
      notes: ['Agar siz bu taklifni kutmagan boʻlsangiz, bu xatga eʼtibor bermasligingiz mumkin.'],
    },
    'organizer.sign-in-alert': {
      subject: 'Caravan hisobingizga yangi kirish',
      heading: 'Hisobga yangi kirish',
      paragraphs: [
        'Caravan tizimidagi tashkilotchi hisobingizga kirildi. Vaqti: {signedInAt, date, long}, {signedInAt, time, short}. Kirish tafsilotlari quyida keltirilgan.',
        'Agar bu siz boʻlsangiz, hech qanday chora koʻrish shart emas.',
      ],
      links: { securityUrl: 'Parolni oʻzgartirish' },
      notes: ['Agar siz bu kirishni tanimasangiz, darhol parolni oʻzgartiring va turkum administratoriga xabar bering.'],
    },
  },
};
