import QRCode from 'qrcode';

/** WeChat's rule for `scene`: at most 32 visible characters from this set. */
const SCENE = /^[A-Za-z0-9!#$&'()*+,/:;=?@\-._~]{1,32}$/;

/**
 * wxacode.getUnlimited, locally: a real, scannable PNG. WeChat draws its round mini-program
 * code; here a QR carries what scanning that code gives the app — the page and its `scene`.
 */
export const wxacodeGetUnlimited = async (data: Record<string, unknown>): Promise<Record<string, unknown>> => {
  const scene = typeof data.scene === 'string' ? data.scene : '';
  if (!SCENE.test(scene)) return { errcode: 40169, errmsg: 'invalid length for scene, or the data is not json string' };
  const page = typeof data.page === 'string' && data.page ? data.page : 'pages/home/index';
  const width = typeof data.width === 'number' ? Math.min(Math.max(data.width, 280), 1280) : 430;
  const buffer = await QRCode.toBuffer(`${page}?scene=${encodeURIComponent(scene)}`, {
    type: 'png',
    width,
    margin: 2,
    errorCorrectionLevel: 'M',
  });
  return { contentType: 'image/png', buffer };
};
