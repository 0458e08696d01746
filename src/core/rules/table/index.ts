import type { Rule } from '../types';
import { T01_1 } from './t01-1';
import { T01_2 } from './t01-2';
import { T01_3 } from './t01-3';
import { T01_4 } from './t01-4';
import { T01_5 } from './t01-5';
import { T02_1 } from './t02-1';
import { T02_2 } from './t02-2';
import { T03_1 } from './t03-1';
import { T03_2 } from './t03-2';
import { T04_1 } from './t04-1';
import { T04_2 } from './t04-2';
import { T04_3 } from './t04-3';
import { T04_4 } from './t04-4';
import { T04_5 } from './t04-5';
import { T05_1 } from './t05-1';
import { T05_2 } from './t05-2';
import { T05_3 } from './t05-3';
import { T06_1 } from './t06-1';
import { T06_2 } from './t06-2';
import { T07_1 } from './t07-1';
import { T08_1 } from './t08-1';
import { T09_1 } from './t09-1';
import { T10_1 } from './t10-1';
import { T10_2 } from './t10-2';
import { T10_3 } from './t10-3';
import { T11_1 } from './t11-1';
import { T12_1 } from './t12-1';
import { T12_2 } from './t12-2';
import { T12_3 } from './t12-3';

/** Within-table rules (REFERENCE §2.1), in table order. */
export const WITHIN_TABLE_RULES: Rule[] = [
  T01_1, T01_2, T01_3, T01_4, T01_5,
  T02_1, T02_2,
  T03_1, T03_2,
  T04_1, T04_2, T04_3, T04_4, T04_5,
  T05_1, T05_2, T05_3,
  T06_1, T06_2,
  T07_1,
  T08_1,
  T09_1,
  T10_1, T10_2, T10_3,
  T11_1,
  T12_1, T12_2, T12_3,
];
