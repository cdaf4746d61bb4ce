import { z } from 'zod';
import { POSITIONS } from './choices';

/** Where a respondent stands on a question that asks "Do you agree". */
export const PositionSchema = z.enum(POSITIONS);
