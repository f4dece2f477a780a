export { claimId, findClaims, MIN_CLAIM_DOCUMENTS, type ClaimsFound } from './claims.js';
export { nearDuplicateGroups, SAME_CLAIM, MIN_CLAIM_WORDS, type ClaimCandidate } from './group.js';
