// Builds test/heldout/gold.jsonl from hand-written articles and hand annotations.
// Offsets are computed from exact substrings (JavaScript UTF-16 indices), never typed by hand.
//   node test/heldout/build-gold.mjs
import { writeFileSync } from 'node:fs';
/* global console */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

function unique(text, sub, what) {
  const i = text.indexOf(sub);
  if (i < 0) throw new Error(`${what}: not found: ${JSON.stringify(sub)}`);
  if (text.indexOf(sub, i + 1) >= 0) throw new Error(`${what}: not unique: ${JSON.stringify(sub)}`);
  return i;
}

// Finds `word` (whole word) inside the unique context string `ctx`.
function within(text, ctx, word, what) {
  const base = unique(text, ctx, what);
  const esc = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${esc}(?![\\p{L}\\p{N}])`, 'u');
  const m = re.exec(ctx);
  if (!m) throw new Error(`${what}: ${JSON.stringify(word)} not in ${JSON.stringify(ctx)}`);
  return [base + m.index, base + m.index + word.length];
}

function build(id, text, specs) {
  const quotes = specs.map((s, n) => {
    const what = `${id}#${n}`;
    const start = unique(text, s.q, what);
    const end = start + s.q.length;
    const q = { start, end, kind: s.kind, speaker: s.speaker };
    q.speakerMention = s.m ? within(text, s.m[0], s.m[1], what + ' mention') : null;
    q.cue = s.c ? within(text, s.c[0], s.c[1], what + ' cue') : null;
    if (text.slice(q.start, q.end) !== s.q) throw new Error(what + ' span check');
    if (q.speakerMention && text.slice(...q.speakerMention) !== s.m[1])
      throw new Error(what + ' mention check');
    if (q.cue && text.slice(...q.cue) !== s.c[1]) throw new Error(what + ' cue check');
    return q;
  });
  quotes.sort((a, b) => a.start - b.start || b.end - a.end);
  return { id: `heldout/${id}`, source: 'Verbatim held-out', text, quotes };
}

const articles = [];

// 1. City council story (Canadian, curly double quotes).
{
  const text = [
    'Harlow Bay council approves Queen Street bike lanes after four-hour debate',
    'HARLOW BAY, Ont. — City council voted 7-4 late Tuesday to install protected bike lanes along a two-kilometre stretch of Queen Street, ending months of argument over what opponents have called a “road diet” for the downtown core.',
    'Mayor Dana Whitcombe said the decision was long overdue. “We have studied this corridor for six years. At some point you have to stop studying and start building,” Whitcombe said after the vote.',
    'Coun. Raj Malhotra, who voted against the plan, said merchants on the street had not been properly consulted.',
    '“I have had eleven business owners in my office this month,” he said. “Not one of them heard about this from the city.”',
    'City engineer Tomas Brandt told council that the lanes would remove 38 parking spaces but that a nearby municipal lot had room for about 60 more cars.',
    'Staff estimate the project will cost $2.4 million, with roughly half covered by a provincial active-transportation grant.',
    'Evelyn Park, who has lived on Queen Street for 22 years, told council she was tired of watching cyclists “take their lives in their hands” outside her front window.',
    '“My grandson rides to school on that road,” the retired teacher said. “I would like him to get there in one piece.”',
    'Not everyone was persuaded. Coun. Linda Faraday argued the city should have waited for a traffic study due in the spring.',
    '“We are spending two and a half million dollars on a hunch,” Faraday said.',
    'Whitcombe rejected that characterization, saying the plan was based on data the city has collected since 2019.',
    'Construction is expected to begin in May. The Queen Street BIA said in a statement that it would work with the city to limit disruption to businesses.',
  ].join('\n');
  articles.push(
    build('council-bike-lanes', text, [
      {
        q: 'the decision was long overdue',
        kind: 'indirect',
        speaker: 'Dana Whitcombe',
        m: ['Mayor Dana Whitcombe said', 'Dana Whitcombe'],
        c: ['Mayor Dana Whitcombe said', 'said'],
      },
      {
        q: '“We have studied this corridor for six years. At some point you have to stop studying and start building,”',
        kind: 'direct',
        speaker: 'Dana Whitcombe',
        m: ['Whitcombe said after', 'Whitcombe'],
        c: ['Whitcombe said after', 'said'],
      },
      {
        q: 'merchants on the street had not been properly consulted',
        kind: 'indirect',
        speaker: 'Raj Malhotra',
        m: ['Coun. Raj Malhotra, who', 'Raj Malhotra'],
        c: ['the plan, said merchants', 'said'],
      },
      {
        q: '“I have had eleven business owners in my office this month,”',
        kind: 'direct',
        speaker: 'Raj Malhotra',
        m: ['month,” he said.', 'he'],
        c: ['month,” he said.', 'said'],
      },
      { q: '“Not one of them heard about this from the city.”', kind: 'direct', speaker: 'Raj Malhotra' },
      {
        q: 'the lanes would remove 38 parking spaces but that a nearby municipal lot had room for about 60 more cars',
        kind: 'indirect',
        speaker: 'Tomas Brandt',
        m: ['City engineer Tomas Brandt told', 'Tomas Brandt'],
        c: ['Tomas Brandt told council', 'told'],
      },
      {
        q: 'she was tired of watching cyclists “take their lives in their hands” outside her front window',
        kind: 'mixed',
        speaker: 'Evelyn Park',
        m: ['Evelyn Park, who', 'Evelyn Park'],
        c: ['years, told council she', 'told'],
      },
      {
        q: '“My grandson rides to school on that road,”',
        kind: 'direct',
        speaker: 'Evelyn Park',
        m: ['the retired teacher said', 'the retired teacher'],
        c: ['the retired teacher said', 'said'],
      },
      { q: '“I would like him to get there in one piece.”', kind: 'direct', speaker: 'Evelyn Park' },
      {
        q: 'the city should have waited for a traffic study due in the spring',
        kind: 'indirect',
        speaker: 'Linda Faraday',
        m: ['Coun. Linda Faraday argued', 'Linda Faraday'],
        c: ['Coun. Linda Faraday argued', 'argued'],
      },
      {
        q: '“We are spending two and a half million dollars on a hunch,”',
        kind: 'direct',
        speaker: 'Linda Faraday',
        m: ['Faraday said.', 'Faraday'],
        c: ['Faraday said.', 'said'],
      },
      {
        q: 'the plan was based on data the city has collected since 2019',
        kind: 'indirect',
        speaker: 'Dana Whitcombe',
        m: ['Whitcombe rejected', 'Whitcombe'],
        c: ['characterization, saying', 'saying'],
      },
      {
        q: 'it would work with the city to limit disruption to businesses',
        kind: 'indirect',
        speaker: 'Queen Street BIA',
        m: ['The Queen Street BIA said', 'The Queen Street BIA'],
        c: ['The Queen Street BIA said', 'said'],
      },
    ]),
  );
}

// 2. Court ruling (UK, curly single quotes, a quote running over two paragraphs).
{
  const text = [
    'High Court rules council acted unlawfully in closing Ashgrove library',
    'A council acted unlawfully when it closed a much-loved branch library without a proper public consultation, the High Court has ruled.',
    'Mrs Justice Harriet Okafor found that Wexbridge District Council had ‘failed in its most basic duty’ to the residents of Ashgrove when it shut the library in March last year.',
    'In a written judgment handed down on Friday, the judge said the council’s consultation had lasted just nine days and had been advertised only on its website.',
    '‘A consultation that nobody can reasonably be expected to find is not a consultation at all,’ she wrote.',
    'She added: ‘The law does not require a council to keep every library open. It does require a council to ask the people who use them, and to listen to the answer.',
    '‘That did not happen here, and the decision must be quashed.’',
    'The case was brought by the Friends of Ashgrove Library, a residents’ group that has held a vigil on the building’s front steps every Saturday since the closure.',
    'Its chair, Margaret Hollis, 71, said outside court that she was ‘overjoyed and exhausted’.',
    '‘We are just ordinary people with a folding table and a petition,’ Mrs Hollis said. ‘We never thought we would end up in the High Court.’',
    'A spokesman for Wexbridge District Council said it was ‘disappointed’ by the ruling and would consider whether to appeal.',
    'The council’s leader, Cllr Peter Danvers, refused to comment when approached by reporters.',
    'Lawyers for the residents said the ruling could have implications for dozens of councils in England that are reviewing their library services.',
    'Tom Ashby, of the campaign group Libraries Matter, said: ‘This judgment should be pinned to the wall of every town hall in the country.’',
    'The library is expected to reopen within months, though the council did not say when.',
  ].join('\n');
  articles.push(
    build('court-library-closure', text, [
      {
        q: 'A council acted unlawfully when it closed a much-loved branch library without a proper public consultation',
        kind: 'indirect',
        speaker: 'High Court',
        m: ['the High Court has ruled', 'the High Court'],
        c: ['the High Court has ruled', 'ruled'],
      },
      {
        q: 'Wexbridge District Council had ‘failed in its most basic duty’ to the residents of Ashgrove when it shut the library in March last year',
        kind: 'mixed',
        speaker: 'Harriet Okafor',
        m: ['Mrs Justice Harriet Okafor found', 'Mrs Justice Harriet Okafor'],
        c: ['Mrs Justice Harriet Okafor found', 'found'],
      },
      {
        q: 'the council’s consultation had lasted just nine days and had been advertised only on its website',
        kind: 'indirect',
        speaker: 'Harriet Okafor',
        m: ['Friday, the judge said', 'the judge'],
        c: ['Friday, the judge said', 'said'],
      },
      {
        q: '‘A consultation that nobody can reasonably be expected to find is not a consultation at all,’',
        kind: 'direct',
        speaker: 'Harriet Okafor',
        m: ['’ she wrote.', 'she'],
        c: ['’ she wrote.', 'wrote'],
      },
      {
        q: '‘The law does not require a council to keep every library open. It does require a council to ask the people who use them, and to listen to the answer.\n‘That did not happen here, and the decision must be quashed.’',
        kind: 'direct',
        speaker: 'Harriet Okafor',
        m: ['She added:', 'She'],
        c: ['She added:', 'added'],
      },
      {
        q: 'she was ‘overjoyed and exhausted’',
        kind: 'mixed',
        speaker: 'Margaret Hollis',
        m: ['Its chair, Margaret Hollis, 71', 'Margaret Hollis'],
        c: ['71, said outside', 'said'],
      },
      {
        q: '‘We are just ordinary people with a folding table and a petition,’',
        kind: 'direct',
        speaker: 'Margaret Hollis',
        m: ['Mrs Hollis said', 'Mrs Hollis'],
        c: ['Mrs Hollis said', 'said'],
      },
      {
        q: '‘We never thought we would end up in the High Court.’',
        kind: 'direct',
        speaker: 'Margaret Hollis',
      },
      {
        q: 'it was ‘disappointed’ by the ruling and would consider whether to appeal',
        kind: 'mixed',
        speaker: 'Wexbridge District Council',
        m: ['A spokesman for Wexbridge District Council said', 'A spokesman for Wexbridge District Council'],
        c: ['A spokesman for Wexbridge District Council said', 'said'],
      },
      {
        q: 'the ruling could have implications for dozens of councils in England that are reviewing their library services',
        kind: 'indirect',
        speaker: 'lawyers for the residents',
        m: ['Lawyers for the residents said', 'Lawyers for the residents'],
        c: ['Lawyers for the residents said', 'said'],
      },
      {
        q: '‘This judgment should be pinned to the wall of every town hall in the country.’',
        kind: 'direct',
        speaker: 'Tom Ashby',
        m: ['Tom Ashby, of', 'Tom Ashby'],
        c: ['Libraries Matter, said:', 'said'],
      },
    ]),
  );
}

// 3. Storm and utility outage (US, straight quotes, an organisation speaking).
{
  const text = [
    'Thousands still without power after ice storm; utility says full restoration could take days',
    'More than 42,000 homes and businesses across Carver and Dunmore counties remained without power Thursday morning, two days after an ice storm brought down trees and snapped utility poles across the region.',
    'Lakeshore Power & Light said crews had restored service to about 61,000 customers since the storm began Tuesday night, but warned that some rural customers might not have electricity until Sunday.',
    '"This is the most damage we\'ve seen to our distribution system in more than a decade," the utility said in a statement Wednesday evening. "We know how hard this is for families, and we are asking for their patience."',
    'It said more than 900 line workers, including crews from Ohio and Pennsylvania, were working 16-hour shifts.',
    'Company spokeswoman Renee Castillo said the hardest-hit areas were along Route 9, where ice-laden branches had fallen across lines in dozens of places.',
    '"In some spots we have to rebuild the line pole by pole," Castillo said. "You can\'t rush that and do it safely."',
    'Dunmore County Emergency Management Director Walt Brennan told reporters that warming centers at three high schools would remain open through the weekend.',
    '"If you are running a generator, keep it outside and away from windows," he said. "We already had two families taken to the hospital with carbon monoxide poisoning."',
    'Police said a 67-year-old man was killed Wednesday when his pickup truck struck a fallen tree on County Road 14. His name has not been released.',
    'According to the National Weather Service, up to three-quarters of an inch of ice accumulated in parts of Carver County.',
    'Gary Lindqvist, who lives outside the village of Ellery, said he had been without power since 11 p.m. Tuesday.',
    '"We\'ve got a wood stove, so we\'re OK," he said. "But my neighbor is 84 and she\'s on oxygen. I\'ve been checking on her every couple of hours."',
    'The utility said customers should report outages online or by phone and should stay at least 30 feet away from downed lines.',
  ].join('\n');
  articles.push(
    build('ice-storm-outage', text, [
      {
        q: 'full restoration could take days',
        kind: 'indirect',
        speaker: 'Lakeshore Power & Light',
        m: ['utility says full', 'utility'],
        c: ['utility says full', 'says'],
      },
      {
        q: 'crews had restored service to about 61,000 customers since the storm began Tuesday night',
        kind: 'indirect',
        speaker: 'Lakeshore Power & Light',
        m: ['Lakeshore Power & Light said crews', 'Lakeshore Power & Light'],
        c: ['Lakeshore Power & Light said crews', 'said'],
      },
      {
        q: 'some rural customers might not have electricity until Sunday',
        kind: 'indirect',
        speaker: 'Lakeshore Power & Light',
        m: ['Lakeshore Power & Light said crews', 'Lakeshore Power & Light'],
        c: ['but warned that', 'warned'],
      },
      {
        q: '"This is the most damage we\'ve seen to our distribution system in more than a decade,"',
        kind: 'direct',
        speaker: 'Lakeshore Power & Light',
        m: ['the utility said in a statement', 'the utility'],
        c: ['the utility said in a statement', 'said'],
      },
      {
        q: '"We know how hard this is for families, and we are asking for their patience."',
        kind: 'direct',
        speaker: 'Lakeshore Power & Light',
      },
      {
        q: 'more than 900 line workers, including crews from Ohio and Pennsylvania, were working 16-hour shifts',
        kind: 'indirect',
        speaker: 'Lakeshore Power & Light',
        m: ['It said more than 900', 'It'],
        c: ['It said more than 900', 'said'],
      },
      {
        q: 'the hardest-hit areas were along Route 9, where ice-laden branches had fallen across lines in dozens of places',
        kind: 'indirect',
        speaker: 'Renee Castillo',
        m: ['spokeswoman Renee Castillo said', 'Renee Castillo'],
        c: ['spokeswoman Renee Castillo said', 'said'],
      },
      {
        q: '"In some spots we have to rebuild the line pole by pole,"',
        kind: 'direct',
        speaker: 'Renee Castillo',
        m: ['Castillo said. "You', 'Castillo'],
        c: ['Castillo said. "You', 'said'],
      },
      { q: '"You can\'t rush that and do it safely."', kind: 'direct', speaker: 'Renee Castillo' },
      {
        q: 'warming centers at three high schools would remain open through the weekend',
        kind: 'indirect',
        speaker: 'Walt Brennan',
        m: ['Director Walt Brennan told', 'Walt Brennan'],
        c: ['Walt Brennan told reporters', 'told'],
      },
      {
        q: '"If you are running a generator, keep it outside and away from windows,"',
        kind: 'direct',
        speaker: 'Walt Brennan',
        m: ['windows," he said.', 'he'],
        c: ['windows," he said.', 'said'],
      },
      {
        q: '"We already had two families taken to the hospital with carbon monoxide poisoning."',
        kind: 'direct',
        speaker: 'Walt Brennan',
      },
      {
        q: 'a 67-year-old man was killed Wednesday when his pickup truck struck a fallen tree on County Road 14',
        kind: 'indirect',
        speaker: 'police',
        m: ['Police said a 67', 'Police'],
        c: ['Police said a 67', 'said'],
      },
      {
        q: 'up to three-quarters of an inch of ice accumulated in parts of Carver County',
        kind: 'indirect',
        speaker: 'National Weather Service',
        m: ['According to the National Weather Service', 'the National Weather Service'],
        c: ['According to the National Weather Service', 'According to'],
      },
      {
        q: 'he had been without power since 11 p.m. Tuesday',
        kind: 'indirect',
        speaker: 'Gary Lindqvist',
        m: ['Gary Lindqvist, who', 'Gary Lindqvist'],
        c: ['Ellery, said he had', 'said'],
      },
      {
        q: '"We\'ve got a wood stove, so we\'re OK,"',
        kind: 'direct',
        speaker: 'Gary Lindqvist',
        m: ['OK," he said.', 'he'],
        c: ['OK," he said.', 'said'],
      },
      {
        q: '"But my neighbor is 84 and she\'s on oxygen. I\'ve been checking on her every couple of hours."',
        kind: 'direct',
        speaker: 'Gary Lindqvist',
      },
      {
        q: 'customers should report outages online or by phone and should stay at least 30 feet away from downed lines',
        kind: 'indirect',
        speaker: 'Lakeshore Power & Light',
        m: ['The utility said customers', 'The utility'],
        c: ['The utility said customers', 'said'],
      },
    ]),
  );
}

// 4. Feature profile (Canadian, curly quotes, age descriptors, a book title, a nested quote,
//    an unattributed continuation quote).
{
  const text = [
    'From the ring to the homework table: a Kestrel Avenue gym changes lives',
    'When Marcus Delorme opened a boxing gym in a former auto-body shop on Kestrel Avenue four years ago, most of his friends thought he had lost his mind.',
    '“Everybody said, ‘Marcus, nobody in this neighbourhood is going to pay to get punched,’” the 39-year-old recalled with a laugh.',
    'Today, the Delorme Boxing Club has more than 140 members, most of them teenagers, and a waiting list that stretches into next year.',
    'Delorme, a former provincial welterweight champion, said he started the gym because he wanted kids to have somewhere to go after school.',
    '“When I was 15, the only place open after school was the mall parking lot,” he said. “I got into a lot of trouble in that parking lot.”',
    '“Boxing gave me a schedule. It gave me people who expected me to show up. That’s all I’m trying to give these kids.”',
    'His partner, Aisha Nakamura, handles the gym’s finances and runs a homework club in the back room three evenings a week. The 36-year-old nurse said the two programs feed each other.',
    '“Some of them come for the boxing and stay for the math help. Some come for the math help and end up in the ring,” she said.',
    'Jayden Okoro, 16, has trained at the gym since he was 12. He said his grades have gone from Cs to mostly As since he joined the homework club.',
    '“Marcus doesn’t let you spar if you skip your homework,” Jayden said. “He checks.”',
    'Delorme is now writing a memoir, “Southpaw Summers,” about growing up in the neighbourhood. He said he hopes to finish it by the fall, though he admits writing is harder than boxing.',
    'Not everyone on the street was enthusiastic at first. Ron Tessier, who owns the hardware store next door, said he worried about noise and crowds.',
    '“I was wrong about that,” Tessier, 62, said. “They’re good kids. They sweep my sidewalk in the winter.”',
  ].join('\n');
  articles.push(
    build('feature-boxing-gym', text, [
      {
        q: '“Everybody said, ‘Marcus, nobody in this neighbourhood is going to pay to get punched,’”',
        kind: 'direct',
        speaker: 'Marcus Delorme',
        m: ['the 39-year-old recalled', 'the 39-year-old'],
        c: ['the 39-year-old recalled', 'recalled'],
      },
      {
        q: '‘Marcus, nobody in this neighbourhood is going to pay to get punched,’',
        kind: 'direct',
        speaker: 'everybody',
        m: ['“Everybody said,', 'Everybody'],
        c: ['“Everybody said,', 'said'],
      },
      {
        q: 'he started the gym because he wanted kids to have somewhere to go after school',
        kind: 'indirect',
        speaker: 'Marcus Delorme',
        m: ['Delorme, a former provincial', 'Delorme'],
        c: ['champion, said he started', 'said'],
      },
      {
        q: '“When I was 15, the only place open after school was the mall parking lot,”',
        kind: 'direct',
        speaker: 'Marcus Delorme',
        m: ['lot,” he said.', 'he'],
        c: ['lot,” he said.', 'said'],
      },
      { q: '“I got into a lot of trouble in that parking lot.”', kind: 'direct', speaker: 'Marcus Delorme' },
      {
        q: '“Boxing gave me a schedule. It gave me people who expected me to show up. That’s all I’m trying to give these kids.”',
        kind: 'direct',
        speaker: 'Marcus Delorme',
      },
      {
        q: 'the two programs feed each other',
        kind: 'indirect',
        speaker: 'Aisha Nakamura',
        m: ['The 36-year-old nurse said', 'The 36-year-old nurse'],
        c: ['The 36-year-old nurse said', 'said'],
      },
      {
        q: '“Some of them come for the boxing and stay for the math help. Some come for the math help and end up in the ring,”',
        kind: 'direct',
        speaker: 'Aisha Nakamura',
        m: ['ring,” she said.', 'she'],
        c: ['ring,” she said.', 'said'],
      },
      {
        q: 'his grades have gone from Cs to mostly As since he joined the homework club',
        kind: 'indirect',
        speaker: 'Jayden Okoro',
        m: ['He said his grades', 'He'],
        c: ['He said his grades', 'said'],
      },
      {
        q: '“Marcus doesn’t let you spar if you skip your homework,”',
        kind: 'direct',
        speaker: 'Jayden Okoro',
        m: ['Jayden said.', 'Jayden'],
        c: ['Jayden said.', 'said'],
      },
      { q: '“He checks.”', kind: 'direct', speaker: 'Jayden Okoro' },
      {
        q: 'he hopes to finish it by the fall',
        kind: 'indirect',
        speaker: 'Marcus Delorme',
        m: ['He said he hopes', 'He'],
        c: ['He said he hopes', 'said'],
      },
      {
        q: 'writing is harder than boxing',
        kind: 'indirect',
        speaker: 'Marcus Delorme',
        m: ['he admits writing', 'he'],
        c: ['he admits writing', 'admits'],
      },
      {
        q: 'he worried about noise and crowds',
        kind: 'indirect',
        speaker: 'Ron Tessier',
        m: ['Ron Tessier, who', 'Ron Tessier'],
        c: ['next door, said he worried', 'said'],
      },
      {
        q: '“I was wrong about that,”',
        kind: 'direct',
        speaker: 'Ron Tessier',
        m: ['Tessier, 62, said', 'Tessier'],
        c: ['Tessier, 62, said', 'said'],
      },
      {
        q: '“They’re good kids. They sweep my sidewalk in the winter.”',
        kind: 'direct',
        speaker: 'Ron Tessier',
      },
    ]),
  );
}

// 5. Political story (US, straight quotes, interrupted quotes, "according to", a nested quote).
{
  const text = [
    'State budget talks stall as Hale, Moreno trade blame',
    'State Senate Majority Leader Carolyn Hale said Monday that Gov. Victor Moreno was "holding the budget hostage" over his plan to cut the state income tax, as lawmakers headed into a third week past the July 1 deadline.',
    '"We sent him a balanced budget three weeks ago," Hale, a Democrat from Fairview, told reporters at the Capitol. "He sent it back with a tax cut we can\'t afford and a note that said, \'Fix it.\'"',
    'Moreno, a Republican, said in a radio interview Tuesday that the Senate\'s version "spends like there\'s no tomorrow" and that families deserved relief.',
    '"I am not going to sign a budget," Moreno said, "that asks working people to pay more so the Senate can keep growing government."',
    "According to the nonpartisan Legislative Fiscal Office, the governor's proposed cut would reduce revenue by about $640 million over two years.",
    'House Speaker Dennis Albright, whose chamber passed a compromise plan last week, has largely stayed out of the dispute. A spokesman for Albright did not say whether the speaker would call members back for a vote.',
    'Rep. Tamsin Rhee, a Republican who co-wrote the House compromise, said both sides had "dug in a little too deep."',
    '"There\'s a deal to be had here. Everybody in this building knows what it looks like," Rhee said. "Somebody just has to blink first."',
    'The standoff has begun to affect state services. According to Hale, the Department of Transportation has delayed bids on 14 road projects because it cannot commit money without a budget.',
    "Moreno's office said Tuesday evening that the governor had invited legislative leaders to meet Thursday. It did not say whether Hale had accepted.",
    'Hale said she would attend "if the governor brings something other than a lecture."',
  ].join('\n');
  articles.push(
    build('politics-budget-standoff', text, [
      {
        q: 'Gov. Victor Moreno was "holding the budget hostage" over his plan to cut the state income tax',
        kind: 'mixed',
        speaker: 'Carolyn Hale',
        m: ['Leader Carolyn Hale said', 'Carolyn Hale'],
        c: ['Leader Carolyn Hale said', 'said'],
      },
      {
        q: '"We sent him a balanced budget three weeks ago,"',
        kind: 'direct',
        speaker: 'Carolyn Hale',
        m: ['Hale, a Democrat', 'Hale'],
        c: ['Fairview, told reporters', 'told'],
      },
      {
        q: "\"He sent it back with a tax cut we can't afford and a note that said, 'Fix it.'\"",
        kind: 'direct',
        speaker: 'Carolyn Hale',
      },
      { q: "'Fix it.'", kind: 'direct', speaker: 'Victor Moreno', m: null, c: ['a note that said,', 'said'] },
      {
        q: 'the Senate\'s version "spends like there\'s no tomorrow" and that families deserved relief',
        kind: 'mixed',
        speaker: 'Victor Moreno',
        m: ['Moreno, a Republican, said', 'Moreno'],
        c: ['Moreno, a Republican, said', 'said'],
      },
      {
        q: '"I am not going to sign a budget,"',
        kind: 'direct',
        speaker: 'Victor Moreno',
        m: ['Moreno said, "that', 'Moreno'],
        c: ['Moreno said, "that', 'said'],
      },
      {
        q: '"that asks working people to pay more so the Senate can keep growing government."',
        kind: 'direct',
        speaker: 'Victor Moreno',
      },
      {
        q: "the governor's proposed cut would reduce revenue by about $640 million over two years",
        kind: 'indirect',
        speaker: 'Legislative Fiscal Office',
        m: [
          'According to the nonpartisan Legislative Fiscal Office',
          'the nonpartisan Legislative Fiscal Office',
        ],
        c: ['According to the nonpartisan Legislative Fiscal Office', 'According to'],
      },
      {
        q: 'both sides had "dug in a little too deep."',
        kind: 'mixed',
        speaker: 'Tamsin Rhee',
        m: ['Rep. Tamsin Rhee, a Republican', 'Tamsin Rhee'],
        c: ['compromise, said both', 'said'],
      },
      {
        q: '"There\'s a deal to be had here. Everybody in this building knows what it looks like,"',
        kind: 'direct',
        speaker: 'Tamsin Rhee',
        m: ['Rhee said. "Somebody', 'Rhee'],
        c: ['Rhee said. "Somebody', 'said'],
      },
      { q: '"Somebody just has to blink first."', kind: 'direct', speaker: 'Tamsin Rhee' },
      {
        q: 'the Department of Transportation has delayed bids on 14 road projects because it cannot commit money without a budget',
        kind: 'indirect',
        speaker: 'Carolyn Hale',
        m: ['According to Hale,', 'Hale'],
        c: ['According to Hale,', 'According to'],
      },
      {
        q: 'the governor had invited legislative leaders to meet Thursday',
        kind: 'indirect',
        speaker: "Moreno's office",
        m: ["Moreno's office said Tuesday", "Moreno's office"],
        c: ["Moreno's office said Tuesday", 'said'],
      },
      {
        q: 'she would attend "if the governor brings something other than a lecture."',
        kind: 'mixed',
        speaker: 'Carolyn Hale',
        m: ['Hale said she would attend', 'Hale'],
        c: ['Hale said she would attend', 'said'],
      },
    ]),
  );
}

// 6. Wire story with a byline and a dateline (Canadian Press style, straight quotes).
{
  const text = [
    'Fishing communities brace for cod quota cut',
    'By Colleen Abernathy',
    'The Canadian Press',
    'PORT ELLERY, N.L. — Fish harvesters in this small outport say a proposed cut to the northern cod quota could push some families out of the industry for good.',
    'The federal Department of Fisheries and Oceans announced Wednesday it is considering reducing the total allowable catch by as much as 30 per cent after a stock assessment found the spawning biomass had fallen for a fourth straight year.',
    '"It\'s like being told the mill is closing, except the mill is the ocean," said Darlene Foote, who has fished out of Port Ellery with her husband for 27 years.',
    'Foote told The Canadian Press the couple had borrowed $180,000 last year to upgrade their boat.',
    '"We made that decision based on what DFO was telling us," she said. "Now they\'re changing the rules halfway through the game."',
    'Fisheries Minister Gordon Achterberg told reporters in Ottawa that no decision had been made and that the department would consult with harvesters before the season opens in June.',
    '"We have to follow the science," Achterberg said. "If we don\'t protect this stock now, there won\'t be a fishery to argue about in 10 years."',
    'The Atlantic Harvesters\' Union, which represents about 9,000 harvesters and plant workers, said the assessment underestimated the number of young cod and that the proposal was "premature."',
    'Union president Wade Kinsella said in an interview that harvesters have seen more small cod in their nets over the past two summers than at any point since the 1992 moratorium.',
    '"Our members are on the water every day," he said. "The survey boat is out there for a couple of weeks."',
    'Priya Sandhu, a fisheries scientist at Kittiwake University who was not involved in the assessment, said the survey and the harvesters might both be right.',
    '"Young fish showing up near shore doesn\'t mean they\'ll survive to spawn," Sandhu said.',
  ].join('\n');
  articles.push(
    build('wire-cod-quota', text, [
      {
        q: 'a proposed cut to the northern cod quota could push some families out of the industry for good',
        kind: 'indirect',
        speaker: 'fish harvesters',
        m: ['Fish harvesters in this small outport say', 'Fish harvesters'],
        c: ['Fish harvesters in this small outport say', 'say'],
      },
      {
        q: 'it is considering reducing the total allowable catch by as much as 30 per cent',
        kind: 'indirect',
        speaker: 'Department of Fisheries and Oceans',
        m: [
          'The federal Department of Fisheries and Oceans announced',
          'The federal Department of Fisheries and Oceans',
        ],
        c: ['Oceans announced Wednesday', 'announced'],
      },
      {
        q: '"It\'s like being told the mill is closing, except the mill is the ocean,"',
        kind: 'direct',
        speaker: 'Darlene Foote',
        m: ['said Darlene Foote, who', 'Darlene Foote'],
        c: ['said Darlene Foote, who', 'said'],
      },
      {
        q: 'the couple had borrowed $180,000 last year to upgrade their boat',
        kind: 'indirect',
        speaker: 'Darlene Foote',
        m: ['Foote told The Canadian Press', 'Foote'],
        c: ['Foote told The Canadian Press', 'told'],
      },
      {
        q: '"We made that decision based on what DFO was telling us,"',
        kind: 'direct',
        speaker: 'Darlene Foote',
        m: ['us," she said.', 'she'],
        c: ['us," she said.', 'said'],
      },
      {
        q: '"Now they\'re changing the rules halfway through the game."',
        kind: 'direct',
        speaker: 'Darlene Foote',
      },
      {
        q: 'no decision had been made and that the department would consult with harvesters before the season opens in June',
        kind: 'indirect',
        speaker: 'Gordon Achterberg',
        m: ['Minister Gordon Achterberg told', 'Gordon Achterberg'],
        c: ['Gordon Achterberg told reporters', 'told'],
      },
      {
        q: '"We have to follow the science,"',
        kind: 'direct',
        speaker: 'Gordon Achterberg',
        m: ['Achterberg said. "If', 'Achterberg'],
        c: ['Achterberg said. "If', 'said'],
      },
      {
        q: '"If we don\'t protect this stock now, there won\'t be a fishery to argue about in 10 years."',
        kind: 'direct',
        speaker: 'Gordon Achterberg',
      },
      {
        q: 'the assessment underestimated the number of young cod and that the proposal was "premature."',
        kind: 'mixed',
        speaker: "Atlantic Harvesters' Union",
        m: ["The Atlantic Harvesters' Union, which", "The Atlantic Harvesters' Union"],
        c: ['plant workers, said the assessment', 'said'],
      },
      {
        q: 'harvesters have seen more small cod in their nets over the past two summers than at any point since the 1992 moratorium',
        kind: 'indirect',
        speaker: 'Wade Kinsella',
        m: ['Union president Wade Kinsella said', 'Wade Kinsella'],
        c: ['Union president Wade Kinsella said', 'said'],
      },
      {
        q: '"Our members are on the water every day,"',
        kind: 'direct',
        speaker: 'Wade Kinsella',
        m: ['day," he said.', 'he'],
        c: ['day," he said.', 'said'],
      },
      {
        q: '"The survey boat is out there for a couple of weeks."',
        kind: 'direct',
        speaker: 'Wade Kinsella',
      },
      {
        q: 'the survey and the harvesters might both be right',
        kind: 'indirect',
        speaker: 'Priya Sandhu',
        m: ['Priya Sandhu, a fisheries', 'Priya Sandhu'],
        c: ['assessment, said the survey', 'said'],
      },
      {
        q: '"Young fish showing up near shore doesn\'t mean they\'ll survive to spawn,"',
        kind: 'direct',
        speaker: 'Priya Sandhu',
        m: ['Sandhu said.', 'Sandhu'],
        c: ['Sandhu said.', 'said'],
      },
    ]),
  );
}

writeFileSync(join(here, 'gold.jsonl'), articles.map((a) => JSON.stringify(a)).join('\n') + '\n');
for (const a of articles) {
  const words = a.text.split(/\s+/).filter(Boolean).length;
  console.log(`\n=== ${a.id}  (${words} words, ${a.quotes.length} quotes)`);
  for (const q of a.quotes) {
    const m = q.speakerMention ? a.text.slice(...q.speakerMention) : '-';
    const c = q.cue ? a.text.slice(...q.cue) : '-';
    console.log(
      `[${q.start},${q.end}] ${q.kind} | ${q.speaker} | m=${m} | c=${c} | ${JSON.stringify(a.text.slice(q.start, q.end))}`,
    );
  }
}
