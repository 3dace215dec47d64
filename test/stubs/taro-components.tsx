/**
 * Stand-ins for @tarojs/components in jsdom: each Taro component becomes the HTML element a
 * person would perceive (View→div, Text→span, Button→button, Input→input …). Only props that
 * mean something in HTML are passed on; Taro-only props are dropped. Input-like components
 * call Taro's handlers with Taro's event shape ({ detail: { value } }) and a DOM-like target.
 */
import { createElement, forwardRef, type ReactNode, type Ref } from 'react';
// NutUI's bundle requires this module before it runs, so jsdom is prepared for it here.
import './nutui-env';

type Props = Record<string, unknown> & { children?: ReactNode };

const isHtmlProp = (key: string) =>
  key === 'className' ||
  key === 'id' ||
  key === 'role' ||
  key === 'title' ||
  key === 'placeholder' ||
  key === 'disabled' ||
  key === 'name' ||
  key === 'src' ||
  key === 'href' ||
  key.startsWith('aria-') ||
  key.startsWith('data-');

const htmlProps = (props: Props) => {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(props)) {
    if (isHtmlProp(key) && value !== undefined && value !== null) out[key] = value;
  }
  // Taro allows string styles; React in jsdom needs objects.
  if (typeof props.style === 'object' && props.style !== null) out.style = props.style;
  if (props.hidden === true) out.hidden = true;
  return out;
};

const handlers = (props: Props) => {
  const out: Record<string, unknown> = {};
  for (const key of ['onClick', 'onTouchStart', 'onTouchEnd', 'onTouchMove', 'onLongPress']) {
    if (typeof props[key] === 'function') out[key === 'onLongPress' ? 'onContextMenu' : key] = props[key];
  }
  return out;
};

const element = (tag: string, displayName: string) => {
  const Component = forwardRef((props: Props, ref: Ref<unknown>) =>
    createElement(tag, { ...htmlProps(props), ...handlers(props), ref }, props.children),
  );
  Component.displayName = displayName;
  return Component;
};

type ValueHandler =
  ((event: { detail: { value: string }; target: { value: string }; currentTarget: { value: string } }) => void) | undefined;

const taroEvent = (value: string) => ({ detail: { value }, target: { value }, currentTarget: { value } });

const field = (tag: 'input' | 'textarea', displayName: string) => {
  const Component = forwardRef((props: Props, ref: Ref<unknown>) => {
    const onInput = props.onInput as ValueHandler;
    const onFocus = props.onFocus as ValueHandler;
    const onBlur = props.onBlur as ValueHandler;
    const onConfirm = props.onConfirm as ValueHandler;
    return createElement(tag, {
      ...htmlProps(props),
      ...handlers(props),
      ref,
      // Taro's `type="number"` is a keyboard hint; keep the raw text so tests see what was typed.
      ...(tag === 'input'
        ? {
            type: props.password ? 'password' : 'text',
            inputMode: props.type === 'number' || props.type === 'digit' ? 'numeric' : undefined,
          }
        : {}),
      maxLength: typeof props.maxlength === 'number' ? props.maxlength : typeof props.maxLength === 'number' ? props.maxLength : undefined,
      value: typeof props.value === 'string' || typeof props.value === 'number' ? String(props.value) : undefined,
      onChange: (event: { target: { value: string } }) => onInput?.(taroEvent(event.target.value)),
      onFocus: (event: { target: { value: string } }) => onFocus?.(taroEvent(event.target.value)),
      onBlur: (event: { target: { value: string } }) => onBlur?.(taroEvent(event.target.value)),
      onKeyDown: (event: { key: string; currentTarget: { value: string } }) => {
        if (event.key === 'Enter') onConfirm?.(taroEvent(event.currentTarget.value));
      },
    });
  });
  Component.displayName = displayName;
  return Component;
};

export const View = element('div', 'View');
export const Text = element('span', 'Text');
export const Button = element('button', 'Button');
export const Label = element('label', 'Label');
export const Form = element('form', 'Form');
export const Image = element('img', 'Image');
export const Navigator = element('a', 'Navigator');
export const ScrollView = element('div', 'ScrollView');
export const Swiper = element('div', 'Swiper');
export const SwiperItem = element('div', 'SwiperItem');
export const Block = element('div', 'Block');
export const RichText = element('div', 'RichText');
export const Canvas = element('canvas', 'Canvas');
export const Video = element('video', 'Video');
export const Input = field('input', 'Input');
export const Textarea = field('textarea', 'Textarea');

export const Switch = forwardRef((props: Props, ref: Ref<unknown>) => {
  const onChange = props.onChange as ((event: { detail: { value: boolean } }) => void) | undefined;
  return createElement('input', {
    ...htmlProps(props),
    ref,
    type: 'checkbox',
    role: 'switch',
    checked: Boolean(props.checked),
    onChange: (event: { target: { checked: boolean } }) => onChange?.({ detail: { value: event.target.checked } }),
  });
});
Switch.displayName = 'Switch';
