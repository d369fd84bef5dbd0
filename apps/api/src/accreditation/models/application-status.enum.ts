// The GraphQL enum of application statuses is registered once, with the other enums of the
// contract (common/graphql/enums.ts), so derived inputs find it too; this name stays for its users.
export { ApplicationStatus as ApplicationStatusEnum } from '../../common/graphql/enums.js';
