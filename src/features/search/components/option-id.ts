/** The element id of a suggestion, for `aria-activedescendant`. */
export const optionId = (listId: string, index: number): string => `${listId}-${String(index)}`;
