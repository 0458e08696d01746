import { describeError } from '../../src/taskpane/model/error-message';

describe('describeError', () => {
  test('keeps a Chinese message from the Excel layer as it is', () => {
    expect(describeError(new Error('工作表“公开01表”受保护，D7 未修改。'))).toBe('工作表“公开01表”受保护，D7 未修改。');
  });

  test('turns Office error codes into Chinese advice', () => {
    expect(describeError({ code: 'AccessDenied', message: 'The requested operation is not allowed' })).toMatch(/受保护.*撤销工作表保护/);
    expect(describeError({ code: 'ItemNotFound', message: 'The requested resource doesn’t exist.' })).toMatch(/重命名或删除/);
    expect(describeError({ debugInfo: { code: 'InvalidOperation' }, message: 'x' })).toMatch(/不允许/);
  });

  test('an English message about protection is recognised; anything else names the raw detail', () => {
    expect(describeError(new Error('Cannot change part of a protected sheet'))).toMatch(/受保护/);
    expect(describeError(new Error('boom'))).toBe('Excel 接口出错（boom）。请重试；如仍失败，请保存工作簿后重新打开。');
    expect(describeError(undefined)).toMatch(/^Excel 接口出错。/);
  });
});
