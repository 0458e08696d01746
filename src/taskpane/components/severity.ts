/** How each severity is named and coloured in the pane's badges. */
export const SEVERITY = {
  error: { label: '错误', color: 'danger' },
  warning: { label: '警告', color: 'warning' },
  info: { label: '提示', color: 'informative' },
} as const;
