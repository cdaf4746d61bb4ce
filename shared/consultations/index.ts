import type { Consultation } from '../model';
import { dccDateConsultation2020 } from './dcc-date-con-2020';

/** Consultations that ship with the app and are offered on first run. */
export const bundledConsultations: readonly Consultation[] = [dccDateConsultation2020];
