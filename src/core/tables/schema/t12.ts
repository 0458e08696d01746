import type { TableSchema } from './types';

/** 公开12表 国有资产使用情况表 (2022: 公开11表). One 合计 row, 19 栏. */
export const T12: TableSchema = {
  id: 'T12',
  name: '国有资产使用情况表',
  kind: 'fixed',
  number: 12,
  titles: [
    { text: '国有资产使用情况表', families: ['yunnan'] },
    { text: '国有资产占用情况表', families: ['yunnan', 'central', 'beijing', 'sichuan'] },
  ],
  columns: [
    { key: 'assets.total', colNo: 1, header: /资产总额$/ },
    { key: 'original.total', colNo: 2, header: /资产原值合计$/ },
    { key: 'current', colNo: 3, header: /流动资产$/ },
    { key: 'fixed.original', colNo: 4, header: /固定资产(\/小计)?\/原值$/ },
    { key: 'fixed.net', colNo: 5, header: /固定资产(\/小计)?\/净值$/ },
    { key: 'building.original', colNo: 6, header: /房屋构筑物\/原值$/ },
    { key: 'building.net', colNo: 7, header: /房屋构筑物\/净值$/ },
    { key: 'vehicle.original', colNo: 8, header: /车辆\/原值$/ },
    { key: 'vehicle.net', colNo: 9, header: /车辆\/净值$/ },
    { key: 'equipment.original', colNo: 10, header: /大型设备\/原值$/ },
    { key: 'equipment.net', colNo: 11, header: /大型设备\/净值$/ },
    { key: 'otherfixed.original', colNo: 12, header: /其他固定资产\/原值$/ },
    { key: 'otherfixed.net', colNo: 13, header: /其他固定资产\/净值$/ },
    { key: 'investment', colNo: 14, header: /对外投资/ },
    { key: 'construction', colNo: 15, header: /在建工程$/ },
    { key: 'intangible.original', colNo: 16, header: /无形资产\/原值$/ },
    { key: 'intangible.net', colNo: 17, header: /无形资产\/净值$/ },
    { key: 'other.original', colNo: 18, header: /其他资产\/原值$/ },
    { key: 'other.net', colNo: 19, header: /其他资产\/净值$/ },
  ],
  rows: [{ key: 'total', lineNo: 1, label: /^合计$/ }],
};
