// The Persian text to show for anything a call can throw.
import { ApiError } from './client';
import { common } from '../messages/common';

export function errorText(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  if (error instanceof TypeError) return common.networkError;
  return common.unexpectedError;
}

export function isNotFound(error: unknown): boolean {
  return error instanceof ApiError && error.code === 'not_found';
}
