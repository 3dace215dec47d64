import Taro, { useLaunch } from '@tarojs/taro';
import type { PropsWithChildren } from 'react';
import { setUnauthenticatedHandler } from './services/call';
import { getSession } from './services/dev-session';
import { ROUTES, restartAt } from './routes';
import './app.scss';

const currentPath = (): string => {
  const pages = Taro.getCurrentPages();
  const route = pages[pages.length - 1]?.route ?? '';
  return route.startsWith('/') ? route : `/${route}`;
};

/** Local mode (H5): without a session, the only useful page is the demo sign-in. */
const toSignIn = () => {
  if (!currentPath().startsWith(ROUTES.signIn)) restartAt(ROUTES.signIn);
};

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    if (process.env.TARO_ENV === 'weapp') {
      Taro.cloud.init({ env: LINLI_CLOUD_ENV, traceUser: true });
      return;
    }
    setUnauthenticatedHandler(toSignIn);
    getSession()
      .then((session) => {
        if (!session.openid) toSignIn();
      })
      .catch(() => {
        // The pages show "网络不好" themselves; nothing to decide here.
      });
  });
  return children;
}

export default App;
