/** 138****1234: a phone number as anyone but staff sees it. */
export const maskPhone = (phone: string): string => (phone.length >= 7 ? `${phone.slice(0, 3)}****${phone.slice(-4)}` : '****');

/** 王*: a name as neighbours see it where a name must appear at all. */
export const maskName = (name: string): string =>
  name.length <= 1 ? name : `${name.slice(0, 1)}${'*'.repeat(Math.min(name.length - 1, 2))}`;
