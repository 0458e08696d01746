import type { Rule } from '../types';
import { X01 } from './x01';
import { X02 } from './x02';
import { X03 } from './x03';
import { X04 } from './x04';
import { X05 } from './x05';
import { X06 } from './x06';
import { X07 } from './x07';
import { X08 } from './x08';
import { X09 } from './x09';
import { X10 } from './x10';
import { X11 } from './x11';
import { X12 } from './x12';
import { X13 } from './x13';
import { X14 } from './x14';
import { X15 } from './x15';
import { X16 } from './x16';
import { XEMPTY } from './x-empty';
import { TABLE_SET } from './table-set';
import { CODE_NAME } from './code-name';
import { CLASS_NAME } from './class-name';

/** Between-table rules (REFERENCE §2.2) and the 科目名称 rules, in report order. */
export const CROSS_RULES: Rule[] = [X01, X02, X03, X04, X05, X06, X07, X08, X09, X10, X11, X12, X13, X14, X15, X16, XEMPTY, TABLE_SET, CODE_NAME, CLASS_NAME];
