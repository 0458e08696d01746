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
    { key: 'assets.total', name: '资产总额', colNo: 1, header: /资产总额$/ },
    { key: 'original.total', name: '资产原值合计', colNo: 2, header: /资产原值合计$/ },
    { key: 'current', name: '流动资产', colNo: 3, header: /流动资产$/ },
    { key: 'fixed.original', name: '固定资产/小计/原值', colNo: 4, header: /固定资产(\/小计)?\/原值$/ },
    { key: 'fixed.net', name: '固定资产/小计/净值', colNo: 5, header: /固定资产(\/小计)?\/净值$/ },
    { key: 'building.original', name: '房屋构筑物/原值', colNo: 6, header: /房屋构筑物\/原值$/ },
    { key: 'building.net', name: '房屋构筑物/净值', colNo: 7, header: /房屋构筑物\/净值$/ },
    { key: 'vehicle.original', name: '车辆/原值', colNo: 8, header: /车辆\/原值$/ },
    { key: 'vehicle.net', name: '车辆/净值', colNo: 9, header: /车辆\/净值$/ },
    { key: 'equipment.original', name: '单价200万以上大型设备/原值', colNo: 10, header: /大型设备\/原值$/ },
    { key: 'equipment.net', name: '单价200万以上大型设备/净值', colNo: 11, header: /大型设备\/净值$/ },
    { key: 'otherfixed.original', name: '其他固定资产/原值', colNo: 12, header: /其他固定资产\/原值$/ },
    { key: 'otherfixed.net', name: '其他固定资产/净值', colNo: 13, header: /其他固定资产\/净值$/ },
    { key: 'investment', name: '对外投资/有价证券', colNo: 14, header: /对外投资/ },
    { key: 'construction', name: '在建工程', colNo: 15, header: /在建工程$/ },
    { key: 'intangible.original', name: '无形资产/原值', colNo: 16, header: /无形资产\/原值$/ },
    { key: 'intangible.net', name: '无形资产/净值', colNo: 17, header: /无形资产\/净值$/ },
    { key: 'other.original', name: '其他资产/原值', colNo: 18, header: /其他资产\/原值$/ },
    { key: 'other.net', name: '其他资产/净值', colNo: 19, header: /其他资产\/净值$/ },
  ],
  rows: [{ key: 'total', lineNo: 1, label: /^合计$/ }],
};
