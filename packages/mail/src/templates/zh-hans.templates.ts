// Simplified Chinese mail templates.
import type { LanguageTemplates } from './template.types.js';

const CONFIRMED_NEXT_STEPS = '请在往来函件中注明您的报名编号，并在办理注册时随身携带。论坛议程及参会须知已在论坛网站发布。';
const PERSONAL_LINK = '该链接仅供您本人使用，请勿转发本邮件。';

export const zhHans: LanguageTemplates = {
  common: {
    greeting: '尊敬的{name}：',
    greetingColleague: '尊敬的同事：',
    signOffParticipant: ['此致', '敬礼！', '{editionName}组委会'],
    signOffOrganizer: ['此致', '敬礼！', 'Caravan 平台团队'],
    linkFallback: '如果按钮无法打开，请将以下地址复制到浏览器地址栏中：',
    attachmentNote: '附件：{filename}',
    automated: '本邮件由系统自动发送，请勿直接回复。',
    // ICU's Chinese data writes a range of long dates as 2024/10/25 – 2024/10/28.
    dateRange: '{start, date, calendar}至{end, date, calendar}',
    labels: {
      editionName: '论坛',
      seriesName: '论坛系列',
      dates: '举办日期',
      category: '参会类别',
      reference: '报名编号',
      waitlistPosition: '候补顺位',
      reason: '原因',
      delegationName: '代表团',
      ipAddress: 'IP 地址',
      device: '设备',
      location: '大致位置',
    },
  },
  kinds: {
    'registration.received': {
      subject: '报名已收到：{editionName}',
      heading: '我们已收到您的报名',
      paragraphs: [
        '感谢您报名参加本届论坛。您的报名已登记，组委会将进行审核。',
        '审核结果确定后，我们将及时通知您。在此期间，您可通过下方的个人链接查看或修改报名信息。',
      ],
      links: { magicLinkUrl: '查看或修改报名' },
      notes: [PERSONAL_LINK],
    },
    'registration.approved': {
      subject: '参会确认：{editionName}',
      heading: '您的参会资格已确认',
      paragraphs: ['我们高兴地通知您，组委会已批准您参加本届论坛的报名。', CONFIRMED_NEXT_STEPS],
      links: { magicLinkUrl: '查看报名', portalUrl: '论坛网站' },
    },
    'registration.rejected': {
      subject: '报名审核结果：{editionName}',
      heading: '报名审核结果',
      paragraphs: ['感谢您对本届论坛的关注。很遗憾地通知您，组委会未能批准您的报名。', '希望今后有机会在本系列论坛的后续活动中欢迎您。'],
      links: {},
    },
    'registration.waitlisted': {
      subject: '报名已列入候补名单：{editionName}',
      heading: '您的报名已列入候补名单',
      paragraphs: [
        '感谢您的报名。您所报名的参会类别目前名额已满，因此您的报名已列入候补名单。',
        '如有名额空出，我们将按候补顺序审核报名，并第一时间通知您。',
      ],
      links: { magicLinkUrl: '查看报名' },
    },
    'registration.promoted': {
      subject: '已有空余名额：{editionName}',
      heading: '您的参会资格已确认',
      paragraphs: ['我们高兴地通知您，您所报名的参会类别已有名额空出，您在候补名单中的报名现已获得批准。', CONFIRMED_NEXT_STEPS],
      links: { magicLinkUrl: '查看报名', portalUrl: '论坛网站' },
    },
    'application.access-link': {
      subject: '访问您的报名：{editionName}',
      heading: '访问您的报名',
      paragraphs: ['您申请了查看或修改报名信息的链接，请点击下方按钮。', '该链接仅供您本人使用，有效期为 {expiresInHours, plural, other {# 小时}}。'],
      links: { magicLinkUrl: '打开报名' },
      notes: ['如果您并未申请此链接，请忽略本邮件，您的报名信息不会有任何变更。'],
    },
    'delegation.invitation': {
      subject: '代表团成员邀请：{editionName}',
      heading: '诚邀您加入代表团',
      paragraphs: [
        '您已被列入下述代表团，特邀请您以代表团成员身份报名参加本届论坛。',
        '请于{registrationDeadline, date, calendar}前通过下方链接完成报名。',
      ],
      links: { invitationUrl: '完成报名' },
      notes: [PERSONAL_LINK],
    },
    'visa-letter.issued': {
      subject: '签证邀请函：{editionName}',
      heading: '您的签证邀请函',
      paragraphs: [
        '随函附上用于办理签证的正式邀请函。',
        '请将邀请函连同其他所需材料一并提交至您申请签证的使领馆。如领事机构需要进一步确认，请联系组委会并注明您的报名编号。',
      ],
      links: {},
    },
    'data-export.ready': {
      subject: '您的个人数据导出文件已准备就绪',
      heading: '您的个人数据导出文件已准备就绪',
      paragraphs: [
        '根据您的申请，我们已整理了与您参加本届论坛相关的个人数据副本。',
        '文件可在{expiresAt, date, long} {expiresAt, time, short}前下载，逾期将被删除。',
      ],
      links: { downloadUrl: '下载数据' },
      notes: ['如果您并未申请导出数据，请告知组委会。'],
    },
    'organizer.password-reset': {
      subject: '重置您的 Caravan 密码',
      heading: '重置密码',
      paragraphs: [
        '我们收到了重置您 Caravan 组织者账户密码的请求。',
        '请点击下方按钮设置新密码。该链接有效期为 {expiresInMinutes, plural, other {# 分钟}}，且仅可使用一次。',
      ],
      links: { resetUrl: '设置新密码' },
      notes: ['如果您并未申请重置密码，请忽略本邮件，您的密码不会改变。'],
    },
    'organizer.team-invitation': {
      subject: '组织团队邀请：{seriesName}',
      heading: '诚邀您加入组织团队',
      paragraphs: [
        '{inviterName}邀请您以{role, select, SERIES_ADMIN {系列管理员} PROGRAMME_EDITOR {议程编辑} REGISTRATION_OFFICER {报名审核专员} MEDIA_OFFICER {媒体中心专员} CHECKIN_STAFF {现场签到人员} other {团队成员}}身份加入下述论坛系列的组织团队。',
        '如接受邀请，请点击下方按钮。本邀请有效期至{expiresAt, date, long} {expiresAt, time, short}。',
      ],
      links: { acceptUrl: '接受邀请' },
      notes: ['如果您并未预期收到此邀请，请忽略本邮件。'],
    },
    'organizer.sign-in-alert': {
      subject: '您的 Caravan 账户有新的登录',
      heading: '账户新登录提醒',
      paragraphs: [
        '您的 Caravan 组织者账户于{signedInAt, date, long} {signedInAt, time, short}登录。登录详情如下。',
        '如果是您本人操作，无需采取任何措施。',
      ],
      links: { securityUrl: '修改密码' },
      notes: ['如果您不认识此次登录，请立即修改密码并通知系列管理员。'],
    },
  },
};
