/**
 * Writes test/fixtures/large/night-shift.ink: a ~100 KB story for `npm run bench:stories` and
 * `npm run bench:studio`, the size of the largest real ones. Generated once from a template, then
 * committed, and written as an Inky user writes: knots per guest, stitches, a trust variable (kept to
 * 0–3, as a mood meter is) that choices raise and conditions read, gathers that merge the branches, tags inside the brackets.
 * Run again (`npx tsx scripts/bench-stories-fixture.ts`) only to change its shape.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname ?? '.', '..');
export const LARGE_STORY = path.join(ROOT, 'test', 'fixtures', 'large', 'night-shift.ink');

interface Guest {
  name: string;
  problem: string;
  detail: string;
  listen: string;
  rule: string;
  fix: string;
  later: string;
}

const GUESTS: Guest[] = [
  {
    name: 'Mr. Lane',
    problem: 'his room key has stopped working for the third time',
    detail: 'He has a flight at six and his bags are still in the room',
    listen: 'Ask him when it last worked',
    rule: 'Tell him keys only fail when kept next to a phone',
    fix: 'Walk up with him and open the door with the master key',
    later: 'Promise to reset the lock in the morning',
  },
  {
    name: 'Ms. Haddad',
    problem: 'the room above hers has been loud since midnight',
    detail: 'She has a hospital shift at seven',
    listen: 'Ask her what she has heard',
    rule: 'Explain that quiet hours are on the door card',
    fix: 'Offer her a quiet room on the far side now',
    later: 'Say you will speak to the room in the morning',
  },
  {
    name: 'Mr. Brandt',
    problem: 'his invoice shows the minibar twice',
    detail: 'His company will not pay a bill it cannot read',
    listen: 'Ask him to show you the lines he means',
    rule: 'Tell him the system does not make mistakes',
    fix: 'Print a corrected invoice while he waits',
    later: 'Leave a note for accounts to look at it',
  },
  {
    name: 'Mrs. Osei',
    problem: 'her elderly mother cannot manage the stairs to the annexe',
    detail: 'The lift to the annexe is out until Thursday',
    listen: 'Ask what her mother needs tonight',
    rule: 'Point out that the booking said annexe',
    fix: 'Move them both to the ground floor of the main house',
    later: 'Offer a porter in the morning',
  },
  {
    name: 'Mr. Kowalski',
    problem: 'the late kitchen closed before his delayed train arrived',
    detail: 'He has not eaten since lunch',
    listen: 'Ask him what he would like',
    rule: 'Show him the kitchen hours on the card',
    fix: 'Make him a sandwich from the breakfast stores',
    later: 'Tell him breakfast starts at half six',
  },
  {
    name: 'Ms. Devi',
    problem: 'her parcel for a morning meeting has not arrived',
    detail: 'The courier says it was signed for at four',
    listen: 'Ask her what the parcel holds',
    rule: 'Say the hotel cannot be responsible for post',
    fix: 'Search the back office with her now',
    later: 'Ask the day team to look for it',
  },
  {
    name: 'Mr. Adeyemi',
    problem: 'the heating in his room is stuck on full',
    detail: 'His young son is asleep in the room',
    listen: 'Ask how hot the room is',
    rule: 'Tell him the engineer starts at eight',
    fix: 'Bring a fan and open the second window lock',
    later: 'Log a ticket for the engineer',
  },
  {
    name: 'Mrs. Lindqvist',
    problem: 'she was charged for a night she cancelled',
    detail: 'She has the cancellation email on her phone',
    listen: 'Ask to see the email',
    rule: 'Tell her refunds go through head office',
    fix: 'Reverse the charge from the desk tonight',
    later: 'Send her a form to fill in',
  },
];

const MOODS = ['worried', 'frustrated', 'angry', 'worried'];

function scene(i: number, g: Guest): string {
  const id = `guest_${i}`;
  const next = `guest_${i + 1}`;
  const mood = MOODS[i % MOODS.length];
  const first = g.name.split(' ').slice(-1)[0];
  return `=== ${id} ===
// ${g.name}: ${g.problem}.
The desk phone lights up, and a moment later ${g.name} is at the counter. #speaker: ${g.name} #mood: ${mood}
I am sorry to bother you at this hour, but ${g.problem}. #speaker: ${g.name}
${g.detail}, ${first} adds, and looks at the clock above the desk.
{ trust >= 2: The night porter catches your eye: he has seen you handle worse tonight. | The night porter keeps his head down over the luggage list. }
-> choice

= choice
* [${g.listen} #listening +2 #feedback: Asking first gives ${first} the sense of being heard before anything is promised.]
    ~ trust = MIN(trust + 1, 3)
    ${first} explains it all again, more slowly this time. #speaker: ${g.name} #mood: calm
    Thank you. Nobody else asked. #speaker: ${g.name}
    -> what_now
* [${g.rule} #empathy -1 #stewardship -1 #feedback: The rule may be true, but ${first} came with a problem, not a question about rules.]
    That is not what I asked you. #speaker: ${g.name} #mood: frustrated
    ${first} folds both arms and waits.
    -> what_now
* [${g.later} #foresight -1 #feedback: Later leaves ${first} with nothing tonight, and the night is the problem.]
    Later is no use to me. #speaker: ${g.name} #mood: frustrated
    -> what_now

= what_now
The printer behind you whirs through the night audit while you think.
* [${g.fix} #stewardship +2 #healing +1 #feedback: You used what the night shift has to solve it now, and said what it would cost the hotel.]
    ~ trust = MIN(trust + 1, 3)
    It takes ten minutes. ${first} watches you do it. #mood: relieved
    That is all I wanted, really. #speaker: ${g.name}
* [Write it in the handover book for the morning team #foresight +1 #empathy -1 #feedback: The morning team will know, but ${first} still has tonight to get through.]
    ${first} nods, without much hope. #speaker: ${g.name} #mood: worried
- ${first} heads back towards the lifts.
{ trust == 3: You notice the queue has gone quiet, as if the lobby were listening. }
-> ${next}
`;
}

export function nightShift(targetBytes = 100_000): string {
  const head = `# title: The long night shift
# summary: Eight guests, one duty manager and a night that keeps going: a story the size of the largest real ones, for the benchmarks.
# role: Night duty manager
# setting: hotel-lobby
# customer: Mr. Lane
# minutes: 40

VAR trust = 0

It is ten past midnight at the front desk of the Harbour Hotel. #mood: calm
-> guest_0
`;
  const scenes: string[] = [];
  let size = head.length;
  for (let i = 0; size < targetBytes - 1_500; i++) {
    const text = scene(i, GUESTS[i % GUESTS.length] as Guest);
    scenes.push(text);
    size += text.length + 1;
  }
  const last = scenes.length;
  const end = `=== guest_${last} ===
The sky over the harbour turns grey, and the day team arrive with coffee.
{ trust == 3:
    The porter shakes your hand before he goes home. #mood: delighted
    Every guest who came down tonight went back up with something. #ending: A night well held
- else:
    The porter yawns and signs out without a word. #mood: worried
    Most of tonight's problems are in the handover book, waiting. #ending: Handed over
}
-> END
`;
  return [head, ...scenes, end].join('\n');
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename ?? '')) {
  writeFileSync(LARGE_STORY, nightShift());
  console.log(`wrote ${path.relative(ROOT, LARGE_STORY)}`);
}
