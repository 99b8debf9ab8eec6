// What issuing and editing letters says to users.
export const letterMessages = {
  printedMeanwhile: (number: string) =>
    `نامهٔ شمارهٔ ${number} در همین فاصله از جای دیگری چاپ یا باطل شد؛ این چاپ ثبت نشد. دوباره چاپ کنید.`,
  printTicketUnknown: 'این چاپ دیگر قابل ثبت نیست (پیش‌تر ثبت شده یا مهلتش گذشته است). دوباره چاپ کنید.',
  changedMeanwhile: 'این نامه در این فاصله تغییر کرده است. صفحه را دوباره باز کنید.',
};
