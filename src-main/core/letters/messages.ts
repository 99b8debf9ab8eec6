// What issuing and editing letters says to users.
export const letterMessages = {
  changedMeanwhile: 'این نامه در این فاصله تغییر کرده است. صفحه را دوباره باز کنید.',
};
