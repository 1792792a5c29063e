import { accessToken } from './auth';

/** One error of a GraphQL answer, with the code every error of the suite carries. */
export interface GraphQLError {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; field?: string };
}

export interface Answer<T> {
  data: T | null;
  errors: GraphQLError[];
}

/** A request that failed as a whole (no data at all); its message is already a sentence for the user. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly errors: GraphQLError[] = [],
  ) {
    super(message);
  }
}

const SENTENCES: Record<string, string> = {
  UNAUTHORIZED: 'Your sign-in has expired or is not accepted. Please sign in again.',
  FORBIDDEN: 'Your role does not allow this. Ask an administrator for the analyst role if you need it.',
  NOT_FOUND: 'This was not found in your workspaces. It may have been deleted, or belong to another workspace.',
  VALIDATION: 'Some input was not accepted.',
  UNAVAILABLE: 'A part of Psychograph is not reachable right now. Please try again in a moment.',
  RATE_LIMITED: 'Too many large requests at once. Please wait a few seconds and try again.',
};

/** A sentence a user understands for an error of the API, keeping the detail the API gave for input errors. */
export function sentence(error: GraphQLError): string {
  const code = error.extensions?.code ?? '';
  const base = SENTENCES[code] ?? 'Something went wrong on the server.';
  if (code === 'VALIDATION') {
    const field = error.extensions?.field ? ` (${error.extensions.field})` : '';
    return `${base} ${error.message}${field}`;
  }
  return base;
}

/** Posts an operation to the gateway; partial answers come back with their errors, whole failures throw. */
export async function graphql<T>(query: string, variables: Record<string, unknown> = {}): Promise<Answer<T>> {
  const token = await accessToken();
  if (!token) throw new ApiError(SENTENCES.UNAUTHORIZED, 'UNAUTHORIZED');
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
  } catch {
    throw new ApiError('The gateway could not be reached. Check your connection and try again.', 'UNAVAILABLE');
  }
  if (response.status === 401) throw new ApiError(SENTENCES.UNAUTHORIZED, 'UNAUTHORIZED');
  if (response.status === 429) throw new ApiError(SENTENCES.RATE_LIMITED, 'RATE_LIMITED');
  if (!response.ok && !response.headers.get('content-type')?.includes('json')) {
    throw new ApiError(`The gateway answered HTTP ${response.status}.`, 'UNAVAILABLE');
  }
  const body = (await response.json()) as { data?: T | null; errors?: GraphQLError[] };
  const errors = body.errors ?? [];
  if (!body.data && errors.length > 0) {
    throw new ApiError(sentence(errors[0]), errors[0].extensions?.code ?? '', errors);
  }
  return { data: body.data ?? null, errors };
}
