/** Placeholder: the places work defines the real gazetteer interface here. */
export interface Gazetteer {
  readonly size: number;
}
