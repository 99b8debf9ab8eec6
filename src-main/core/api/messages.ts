// What the API's dispatcher answers on its own: a lapsed session, an unknown method, a role
// without the right, an unexpected failure.
export const apiMessages = {
  signInAgain: 'نشست شما به پایان رسیده است؛ دوباره وارد شوید.',
  internal: 'خطای پیش‌بینی‌نشده‌ای رخ داد و هیچ تغییری ذخیره نشد. دوباره تلاش کنید.',
  unknownMethod: 'درخواست ناشناخته است.',
  forbidden: (role: string) => `نقش «${role}» اجازهٔ این کار را ندارد.`,
};
