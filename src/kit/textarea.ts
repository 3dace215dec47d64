import '@nutui/nutui-react-taro/dist/es/packages/textarea/style/style.css';

export { TextArea } from '@nutui/nutui-react-taro';
