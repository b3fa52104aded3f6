export {
  CLIENT_ADDRESS_HEADER,
  CLIENT_ADDRESS_STAMPED_ENV,
  clientAddress,
  parseTrustedProxies,
} from './clientAddress.js';
export { requestClientAddress } from './requestClientAddress.js';
export {
  VISITOR_ADDRESS_HEADER,
  VISITOR_SIGNATURE_HEADER,
  verifiedVisitorAddress,
  visitorAddressHeaders,
} from './visitorAddress.js';
