/**
 * ACLED-style English notes written from a merged event's own fields (never copied from the article, so an
 * article in any language gives an English note): "On 13 August 2024, Military Forces of Russia shelled
 * Kupiansk (Kharkiv). 7 killed, 19 injured (at least 9 killed according to another report). Source claims: …".
 */
import type { FigureRange, MergedEvent } from '../store/types.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function day(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${MONTHS[(m ?? 1) - 1]} ${y}`;
}

/** "On 13 August 2024", "Between 10 and 14 August 2024", "In August 2024", "In 2024". */
export function whenPhrase(start: string, end: string): string {
  const ok = (d: string) => /^\d{4}-\d{2}-\d{2}$/.test(d);
  if (!ok(start) && !ok(end)) return 'On an unreported date';
  if (!ok(start) || !ok(end)) return `On ${day(ok(start) ? start : end)}`;
  if (start === end) return `On ${day(start)}`;
  const [ys, ms, ds] = start.split('-');
  const [ye, me, de] = end.split('-');
  if (ys === ye && ds === '01' && ms === '01' && me === '12' && de === '31') return `In ${ys}`;
  const lastDay = new Date(Date.UTC(Number(ye), Number(me), 0)).getUTCDate();
  if (ys === ye && ms === me && ds === '01' && Number(de) === lastDay) return `In ${MONTHS[Number(ms) - 1]} ${ys}`;
  if (ys === ye && ms === me) return `Between ${Number(ds)} and ${day(end)}`;
  return `Between ${day(start)} and ${day(end)}`;
}

const VERBS: Record<string, [withActor: string, without: string]> = {
  'Armed clash': ['clashed with {T} in {L}', 'armed clashes took place in {L}'],
  'Government regains territory': ['regained control of {L}', 'government forces regained control of {L}'],
  'Non-state actor overtakes territory': ['took control of {L}', 'a non-state group took control of {L}'],
  'Shelling/artillery/missile attack': ['shelled {L}', '{L} was shelled'],
  'Air/drone strike': ['carried out an air/drone strike on {L}', 'an air/drone strike hit {L}'],
  'Remote explosive/landmine/IED': ['detonated an explosive device in {L}', 'an explosive device detonated in {L}'],
  'Suicide bomb': ['carried out a suicide bombing in {L}', 'a suicide bombing took place in {L}'],
  'Grenade': ['threw a grenade in {L}', 'a grenade attack took place in {L}'],
  'Chemical weapon': ['used a chemical weapon in {L}', 'a chemical weapon was used in {L}'],
  'Attack': ['attacked {T} in {L}', 'civilians were attacked in {L}'],
  'Abduction/forced disappearance': ['abducted {T} in {L}', 'people were abducted in {L}'],
  'Sexual violence': ['committed sexual violence against {T} in {L}', 'sexual violence was reported in {L}'],
  'Peaceful protest': ['demonstrated in {L}', 'people demonstrated in {L}'],
  'Protest with intervention': ['demonstrated in {L} and were dispersed', 'a protest in {L} was dispersed'],
  'Excessive force against protesters': ['used excessive force against {T} in {L}', 'excessive force was used against protesters in {L}'],
  'Violent demonstration': ['rioted in {L}', 'a violent demonstration took place in {L}'],
  'Mob violence': ['attacked {T} in {L}', 'mob violence took place in {L}'],
  'Arrests': ['arrested {T} in {L}', 'arrests were made in {L}'],
  'Looting/property destruction': ['looted or destroyed property in {L}', 'property was looted or destroyed in {L}'],
  'Agreement': ['reached an agreement with {T} in {L}', 'an agreement was reached in {L}'],
  'Disrupted weapons use': ['intercepted or disrupted weapons in {L}', 'weapons were intercepted or defused in {L}'],
  'Headquarters or base established': ['established a base in {L}', 'a base was established in {L}'],
  'Non-violent transfer of territory': ['took over {L} without fighting', 'territory changed hands without fighting in {L}'],
  'Change to group/activity': ['changed its activity in {L}', 'a change to group activity was reported in {L}'],
};

const DEFAULT_TARGET: Record<string, string> = {
  'Armed clash': 'an unidentified armed group',
  'Attack': 'civilians',
  'Abduction/forced disappearance': 'civilians',
  'Sexual violence': 'civilians',
  'Excessive force against protesters': 'protesters',
  'Mob violence': 'people',
  'Arrests': 'people',
  'Agreement': 'another party',
};

function figure(f: FigureRange | null, what: string): string | null {
  if (!f || f.low === null) return null;
  if (f.high === f.low) return `${f.low} ${what}`;
  if (f.high === null) return `at least ${f.low} ${what}`;
  return `${f.low}-${f.high} ${what}`;
}

function place(e: MergedEvent): string {
  const l = e.location;
  const admin1 = l.level !== 'admin1' && l.level !== 'country' ? l.admin1 : undefined;
  return admin1 && admin1 !== l.name ? `${l.name} (${admin1})` : l.name;
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export interface NoteActors {
  actor1: string;
  actor2: string;
}

/** One English note per merged event, in ACLED's style; names come from the event's canonical fields. */
export function acledNotes(e: MergedEvent, { actor1, actor2 }: NoteActors): string {
  const [withActor, without] = VERBS[e.subType] ?? ['took part in an event of type ' + e.subType.toLowerCase() + ' in {L}', `an event of type ${e.subType.toLowerCase()} took place in {L}`];
  const target = actor2 || DEFAULT_TARGET[e.subType] || 'another party';
  const fill = (t: string) => t.replace('{L}', place(e)).replace('{T}', target);
  const when = whenPhrase(e.date.start, e.date.end);
  const what = actor1 ? `${actor1} ${fill(withActor)}` : fill(without);
  const parts = [`${when}, ${what}.`];
  const figures = [figure(e.fatalities, 'killed'), figure(e.injuries, 'injured')].filter(Boolean);
  if (figures.length) parts.push(cap(figures.join(', ')) + '.');
  const disputed = e.conflicts.filter((c) => c.field === 'fatalities' || c.field === 'injuries').map((c) => c.field);
  if (disputed.length) parts.push(`Reports differ on ${disputed.join(' and ')}; the lowest figure is coded.`);
  if (e.hedges.includes('denied')) parts.push('Some parties deny the event.');
  else if (e.hedges.length && !e.hedges.includes('asserted') && e.hedges.includes('claimed')) parts.push('Claimed, not independently confirmed.');
  if (e.sources.length) parts.push(`Sources cited: ${e.sources.slice(0, 4).join('; ')}${e.sources.length > 4 ? '; others' : ''}.`);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}
