import '@nutui/nutui-react-taro/dist/es/packages/searchbar/style/style.css';

export { SearchBar } from '@nutui/nutui-react-taro';
