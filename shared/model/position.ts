import { z } from 'zod';

/** Where a respondent stands on a question that asks "Do you agree". */
export const PositionSchema = z.enum(['agree', 'partly-agree', 'disagree', 'no-comment']);
