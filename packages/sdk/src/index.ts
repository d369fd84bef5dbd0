// @caravan/sdk: typed client for the whole Caravan GraphQL api, generated from its schema.
export {
  createCaravanClient,
  DEFAULT_API_URL,
  type CaravanClient,
  type CaravanClientOptions,
  type MutationCalls,
  type OperationCall,
  type QueryCalls,
} from './caravan-client.js';
export { CaravanApiError, type ClientErrorCode, type GraphQLErrorEntry } from './caravan-api.error.js';
