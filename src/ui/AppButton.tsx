import { Button } from '@tarojs/components';
import type { ReactNode } from 'react';
import './app-button.scss';

export type AppButtonKind = 'primary' | 'plain' | 'danger';

/** A full-width button at least one tap target high; the main package's only button. */
export function AppButton({
  children,
  onClick,
  kind = 'primary',
  disabled = false,
  loading = false,
}: {
  children: ReactNode;
  onClick: () => void;
  kind?: AppButtonKind;
  disabled?: boolean;
  loading?: boolean;
}) {
  return (
    <Button className={`ll-button ll-button--${kind}`} disabled={disabled || loading} onClick={onClick}>
      {loading ? '请稍候…' : children}
    </Button>
  );
}
