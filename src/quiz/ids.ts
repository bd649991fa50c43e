/** The two parts of the quiz: what the company needs, and which role fits the candidate. */
export const PART_IDS = ['need', 'fit'] as const;

/** One of the two parts of the quiz. */
export type PartId = (typeof PART_IDS)[number];

/** The outcomes of putting a company's need next to a candidate's fit. */
export const OUTCOME_IDS = [
  'match-cso',
  'match-cro',
  'cro-in-cso-seat',
  'cso-in-cro-seat',
  'undetermined',
] as const;

/** One outcome of the need × fit match. */
export type OutcomeId = (typeof OUTCOME_IDS)[number];
