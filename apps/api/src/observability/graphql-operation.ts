// Mercurius preExecution hook: notes the executed operation's name on the HTTP request, for the
// request log line and the per-operation metrics.
import { getOperationAST, type DocumentNode, type GraphQLSchema } from 'graphql';

interface OperationContext {
  reply?: { request?: { body?: unknown; caravanOperation?: string } };
}

export function recordOperationName(_schema: GraphQLSchema, document: DocumentNode, context: OperationContext): void {
  const request = context.reply?.request;
  if (!request) return;
  const body = request.body;
  const given = typeof body === 'object' && body !== null && 'operationName' in body && typeof body.operationName === 'string' ? body.operationName : undefined;
  const name = getOperationAST(document, given)?.name?.value;
  if (name !== undefined) request.caravanOperation = name;
}
