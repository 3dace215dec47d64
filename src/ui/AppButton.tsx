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
    // Taro's H5 button treats any `disabled` attribute as set, so pass it only when true.
    <Button
      className={`ll-button ll-button--${kind}${disabled || loading ? ' ll-button--off' : ''}`}
      disabled={disabled || loading ? true : undefined}
      onClick={onClick}
    >
      {loading ? '请稍候…' : children}
    </Button>
  );
}
