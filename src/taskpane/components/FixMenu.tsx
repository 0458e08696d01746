import { Button, Menu, MenuItem, MenuList, MenuPopover, MenuTrigger } from '@fluentui/react-components';

/**
 * 修正: writes the correct value, or a live formula (=SUM(…)) where the core knows one.
 * A menu rather than two buttons keeps the card narrow at 320 px.
 */
export function FixMenu(props: {
  label: string;
  hasFormula: boolean;
  disabled: boolean;
  onFix: (mode: 'value' | 'formula') => void;
  ariaLabel?: string;
  appearance?: 'primary' | 'secondary';
}) {
  if (!props.hasFormula) {
    return (
      <Button size="small" appearance={props.appearance} disabled={props.disabled} aria-label={props.ariaLabel} onClick={() => props.onFix('value')}>
        {props.label}
      </Button>
    );
  }
  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>
        <Button size="small" appearance={props.appearance} disabled={props.disabled} aria-label={props.ariaLabel} aria-haspopup="menu">
          {props.label} ▾
        </Button>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          <MenuItem onClick={() => props.onFix('value')}>写入正确数值</MenuItem>
          <MenuItem onClick={() => props.onFix('formula')}>写入公式（随明细自动更新）</MenuItem>
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
