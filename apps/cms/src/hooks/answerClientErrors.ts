import type { AfterErrorHook } from 'payload';
import { clientErrorAnswer } from '../lib/clientErrors';

/** Answers errors caused by the request with the 4xx they are, instead of "Something went wrong" (500). */
export const answerClientErrors: AfterErrorHook = ({ error, req }) => {
  const answer = clientErrorAnswer(error);
  if (!answer) return;
  if (answer.retryAfterSeconds !== undefined) {
    const headers = new Headers(req.responseHeaders);
    headers.set('Retry-After', String(answer.retryAfterSeconds));
    req.responseHeaders = headers;
  }
  return { status: answer.status, response: { errors: [{ message: answer.message }] } };
};
