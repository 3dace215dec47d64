/**
 * NutUI's UMD bundle (what jest loads for '@nutui/nutui-react-taro') expects a little more than
 * jsdom has. Prepared here, before the bundle runs:
 * - a canvas 2D context: its Lottie player draws on one at load time;
 * - two known, harmless third-party warnings are kept out of test output (Lottie's "canvas in a
 *   mini-program" notice at load; React's note on the icons' `-webkit-mask` inline style).
 */
if (typeof HTMLCanvasElement !== 'undefined') {
  const noop = () => undefined;
  const context = new Proxy({}, { get: (_target, key) => (key === 'canvas' ? document.createElement('canvas') : noop), set: () => true });
  HTMLCanvasElement.prototype.getContext = (() => context) as unknown as HTMLCanvasElement['getContext'];
}

const KNOWN = [/Lottie 动态创建 canvas/, /Unsupported style property[\s\S]*-webkitMask/];

const quiet =
  (write: (...args: unknown[]) => void) =>
  (...args: unknown[]) => {
    if (typeof args[0] === 'string' && KNOWN.some((pattern) => pattern.test(args.join(' ')))) return;
    write(...args);
  };

console.warn = quiet(console.warn.bind(console));
console.error = quiet(console.error.bind(console));
