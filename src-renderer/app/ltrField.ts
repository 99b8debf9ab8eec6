// Usernames and passwords are Latin: their inputs read left to right inside the RTL form.
export function ltrField<P extends { slotProps: { htmlInput: object } }>(props: P): P {
  return { ...props, slotProps: { ...props.slotProps, htmlInput: { ...props.slotProps.htmlInput, dir: 'ltr' } } };
}
