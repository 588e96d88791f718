/**
 * Document-date accuracy: of the articles whose gold gives a `docDate`, the
 * share whose predicted document date (document.date.value) is right. Right
 * means equal to the gold date, or more precise and inside it: the predicted
 * value starts with the gold value ("2023-05-14" is right for gold "2023-05").
 * A predicted date coarser than the gold one ("2023-05" for gold
 * "2023-05-14") or missing is wrong.
 */
export interface DocDateCounts {
  /** articles whose gold gives a document date */
  gold: number;
  correct: number;
}

export function docDateCorrect(gold: string, predicted: string | undefined): boolean {
  return predicted !== undefined && predicted.trim().startsWith(gold.trim());
}

export function scoreDocDate(gold: string | undefined, predicted: string | undefined): DocDateCounts {
  if (gold === undefined) return { gold: 0, correct: 0 };
  return { gold: 1, correct: docDateCorrect(gold, predicted) ? 1 : 0 };
}
