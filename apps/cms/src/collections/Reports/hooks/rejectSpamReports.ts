import { APIError, type CollectionBeforeValidateHook } from 'payload';
import { clientAddress } from '../../../lib/clientAddress';
import { hitLimit } from '../../../lib/requestLimits';
import { tooManyRequests } from '../../../lib/tooManyRequests';

const REPORTS_PER_CLIENT = { max: 5, windowSeconds: 10 * 60 };

/**
 * Anonymous reports are welcome, robots and floods are not: a filled honeypot is refused, and one
 * client may file at most five reports in ten minutes (counted in the database, across processes).
 */
export const rejectSpamReports: CollectionBeforeValidateHook = async ({ data, req, operation }) => {
  if (operation !== 'create' || req.user) return data;
  if (typeof data?.website === 'string' && data.website.trim() !== '') {
    throw new APIError('This report could not be accepted.', 400, undefined, true);
  }
  const limit = await hitLimit(req.payload, `report-client:${clientAddress(req)}`, REPORTS_PER_CLIENT);
  if (limit.exceeded) {
    throw tooManyRequests(req, 'Too many reports from this address; please try again later.', limit);
  }
  return data;
};
