// What moving a resolution through its lifecycle says to users.
export const lifecycleMessages = {
  notFound: 'مصوبه یافت نشد.',
  lapsed: (deadline: string, status: string, transition: string) =>
    `مهلت قانونی اعتراض هیأت در ${deadline} به پایان رسیده و مصوبه «${status}» است؛ «${transition}» ممکن نیست.`,
};
