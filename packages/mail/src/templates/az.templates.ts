// Azerbaijani (Latin script) mail templates.
import type { LanguageTemplates } from './template.types.js';

const CONFIRMED_NEXT_STEPS =
  'Xahiş edirik, bütün yazışmalarda qeydiyyat nömrənizi göstərin və akkreditasiya zamanı onu yanınızda saxlayın. Proqram və praktiki məlumat forumun saytında dərc olunub.';
const PERSONAL_LINK = 'Keçid şəxsidir: xahiş edirik, bu məktubu başqalarına göndərməyin.';

export const az: LanguageTemplates = {
  common: {
    greeting: 'Hörmətli {name}!',
    greetingColleague: 'Hörmətli həmkar!',
    signOffParticipant: ['Hörmətlə,', 'Təşkilat Komitəsi', '{editionName}'],
    signOffOrganizer: ['Hörmətlə,', 'Caravan platformasının komandası'],
    linkFallback: 'Düymə açılmırsa, bu ünvanı brauzerin ünvan sətrinə köçürün:',
    attachmentNote: 'Əlavə: {filename}',
    automated: 'Bu məktub avtomatik göndərilib. Xahiş edirik, ona cavab verməyin.',
    labels: {
      editionName: 'Forum',
      seriesName: 'Forumlar silsiləsi',
      dates: 'Keçirilmə tarixləri',
      category: 'İştirak kateqoriyası',
      reference: 'Qeydiyyat nömrəsi',
      waitlistPosition: 'Gözləmə siyahısındakı yer',
      reason: 'Səbəb',
      delegationName: 'Nümayəndə heyəti',
      ipAddress: 'IP ünvanı',
      device: 'Cihaz',
      location: 'Təxmini yer',
    },
  },
  kinds: {
    'registration.received': {
      subject: 'Müraciət qəbul edildi: {editionName}',
      heading: 'Müraciətiniz qəbul edildi',
      paragraphs: [
        'Forumda iştirak üçün müraciət etdiyinizə görə təşəkkür edirik. Müraciətiniz qeydə alınıb və Təşkilat Komitəsi tərəfindən nəzərdən keçiriləcək.',
        'Qərar qəbul edilən kimi sizə məlumat verəcəyik. O vaxta qədər aşağıdakı şəxsi keçid vasitəsilə müraciətinizə baxa və zərurət olduqda ona düzəliş edə bilərsiniz.',
      ],
      links: { magicLinkUrl: 'Müraciətə baxmaq və ya dəyişmək' },
      notes: [PERSONAL_LINK],
    },
    'registration.approved': {
      subject: 'İştirak təsdiqləndi: {editionName}',
      heading: 'İştirakınız təsdiqləndi',
      paragraphs: ['Məmnuniyyətlə bildiririk ki, Təşkilat Komitəsi forumda iştirakla bağlı müraciətinizi təsdiqləyib.', CONFIRMED_NEXT_STEPS],
      links: { magicLinkUrl: 'Müraciətə baxmaq', portalUrl: 'Forumun saytı' },
    },
    'registration.rejected': {
      subject: 'Müraciət üzrə qərar: {editionName}',
      heading: 'Müraciətiniz üzrə qərar',
      paragraphs: [
        'Foruma göstərdiyiniz marağa görə təşəkkür edirik. Təəssüf ki, Təşkilat Komitəsi müraciətinizi təsdiqləyə bilmir.',
        'Ümid edirik ki, silsilənin növbəti forumlarından birində sizi salamlamaq imkanımız olacaq.',
      ],
      links: {},
    },
    'registration.waitlisted': {
      subject: 'Müraciət gözləmə siyahısına daxil edildi: {editionName}',
      heading: 'Müraciətiniz gözləmə siyahısındadır',
      paragraphs: [
        'Müraciətinizə görə təşəkkür edirik. Hazırda iştirak kateqoriyanızda bütün yerlər tutulub, buna görə də müraciətiniz gözləmə siyahısına daxil edilib.',
        'Yer boşaldığı təqdirdə gözləmə siyahısındakı müraciətlərə növbə ilə baxılacaq və sizə dərhal məlumat veriləcək.',
      ],
      links: { magicLinkUrl: 'Müraciətə baxmaq' },
    },
    'registration.promoted': {
      subject: 'Yer boşaldı: {editionName}',
      heading: 'İştirakınız təsdiqləndi',
      paragraphs: [
        'Məmnuniyyətlə bildiririk ki, iştirak kateqoriyanızda yer boşalıb və gözləmə siyahısındakı müraciətiniz təsdiqlənib.',
        CONFIRMED_NEXT_STEPS,
      ],
      links: { magicLinkUrl: 'Müraciətə baxmaq', portalUrl: 'Forumun saytı' },
    },
    'application.access-link': {
      subject: 'Müraciətinizə giriş: {editionName}',
      heading: 'Müraciətinizə giriş',
      paragraphs: [
        'Siz müraciətinizə baxmaq və ya onu dəyişmək üçün keçid istəmisiniz. Xahiş edirik, aşağıdakı düymədən istifadə edin.',
        'Keçid şəxsidir və {expiresInHours, plural, other {# saat}} ərzində etibarlıdır.',
      ],
      links: { magicLinkUrl: 'Müraciəti açmaq' },
      notes: ['Bu keçidi istəməmisinizsə, bu məktuba əhəmiyyət verməyə bilərsiniz: müraciətiniz dəyişməz qalır.'],
    },
    'delegation.invitation': {
      subject: 'Nümayəndə heyətinin tərkibinə dəvət: {editionName}',
      heading: 'Nümayəndə heyətinin tərkibinə dəvət',
      paragraphs: [
        'Siz aşağıda göstərilən nümayəndə heyətinin tərkibinə daxil edilmisiniz və foruma onun üzvü kimi qeydiyyatdan keçməyə dəvət olunursunuz.',
        'Xahiş edirik, qeydiyyatı aşağıdakı keçid vasitəsilə tamamlayın. Qeydiyyatın son tarixi: {registrationDeadline, date, calendar}.',
      ],
      links: { invitationUrl: 'Qeydiyyatı tamamlamaq' },
      notes: [PERSONAL_LINK],
    },
    'visa-letter.issued': {
      subject: 'Viza dəstəyi məktubu: {editionName}',
      heading: 'Viza dəstəyi məktubunuz',
      paragraphs: [
        'Viza müraciətinizi dəstəkləmək üçün rəsmi dəvət məktubunu bu məktuba əlavə edirik.',
        'Məktubu digər tələb olunan sənədlərlə birlikdə vizaya müraciət etdiyiniz səfirliyə və ya konsulluğa təqdim edin. Konsulluq idarəsi əlavə təsdiq tələb edərsə, qeydiyyat nömrənizi göstərməklə Təşkilat Komitəsinə müraciət edin.',
      ],
      links: {},
    },
    'data-export.ready': {
      subject: 'Şəxsi məlumatlarınızın surəti hazırdır',
      heading: 'Şəxsi məlumatlarınızın surəti hazırdır',
      paragraphs: [
        'Sorğunuza əsasən forumda iştirakınızla əlaqədar saxladığımız şəxsi məlumatlarınızın surətini hazırladıq.',
        'Faylı yükləmə müddəti: {expiresAt, date, long}, {expiresAt, time, short}; bundan sonra fayl silinəcək.',
      ],
      links: { downloadUrl: 'Məlumatları yükləmək' },
      notes: ['Bu surəti istəməmisinizsə, Təşkilat Komitəsinə məlumat verin.'],
    },
    'organizer.password-reset': {
      subject: 'Caravan parolunun bərpası',
      heading: 'Parolun bərpası',
      paragraphs: [
        'Caravan sistemindəki təşkilatçı hesabınızın parolunun bərpası üçün sorğu aldıq.',
        'Yeni parol təyin etmək üçün aşağıdakı düymədən istifadə edin. Keçid {expiresInMinutes, plural, other {# dəqiqə}} ərzində etibarlıdır və yalnız bir dəfə istifadə oluna bilər.',
      ],
      links: { resetUrl: 'Yeni parol təyin etmək' },
      notes: ['Parolun bərpasını istəməmisinizsə, bu məktuba əhəmiyyət verməyə bilərsiniz: parolunuz dəyişməyəcək.'],
    },
    'organizer.team-invitation': {
      subject: 'Təşkilat qrupuna dəvət: {seriesName}',
      heading: 'Təşkilat qrupuna dəvət',
      paragraphs: [
        '{inviterName} sizi aşağıda göstərilən forumlar silsiləsinin təşkilat qrupuna {role, select, SERIES_ADMIN {silsilə administratoru} PROGRAMME_EDITOR {proqram redaktoru} REGISTRATION_OFFICER {müraciətlər üzrə əməkdaş} MEDIA_OFFICER {mətbuat mərkəzinin əməkdaşı} CHECKIN_STAFF {qeydiyyat məntəqəsinin əməkdaşı} other {qrup üzvü}} kimi qoşulmağa dəvət edir.',
        'Dəvəti qəbul etmək üçün aşağıdakı düymədən istifadə edin. Dəvətin qüvvədə olma müddəti: {expiresAt, date, long}, {expiresAt, time, short}.',
      ],
      links: { acceptUrl: 'Dəvəti qəbul etmək' },
      notes: ['Bu dəvəti gözləmirdinizsə, bu məktuba əhəmiyyət verməyə bilərsiniz.'],
    },
    'organizer.sign-in-alert': {
      subject: 'Caravan hesabınıza yeni giriş',
      heading: 'Hesaba yeni giriş',
      paragraphs: [
        'Caravan sistemindəki təşkilatçı hesabınıza giriş edilib. Vaxt: {signedInAt, date, long}, {signedInAt, time, short}. Giriş barədə məlumat aşağıda verilib.',
        'Əgər bu siz idinizsə, heç bir tədbir tələb olunmur.',
      ],
      links: { securityUrl: 'Parolu dəyişmək' },
      notes: ['Bu girişi tanımırsınızsa, dərhal parolu dəyişin və silsilə administratoruna məlumat verin.'],
    },
  },
};
