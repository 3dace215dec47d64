import '@nutui/nutui-react-taro/dist/es/packages/input/style/style.css';

export { Input } from '@nutui/nutui-react-taro';
