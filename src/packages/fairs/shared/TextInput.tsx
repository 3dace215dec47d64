import { Input } from '@tarojs/components';

/** A plain, large text box (Taro's own Input: no extra weight in the package). */
export function TextInput({
  name,
  value,
  placeholder,
  onChange,
  maxLength = 40,
  type = 'text',
}: {
  name: string;
  value: string;
  placeholder?: string;
  onChange: (value: string) => void;
  maxLength?: number;
  type?: 'text' | 'number' | 'digit';
}) {
  return (
    <Input
      className="fairs__input"
      name={name}
      type={type}
      value={value}
      placeholder={placeholder}
      maxlength={maxLength}
      onInput={(e) => onChange(e.detail.value)}
    />
  );
}
