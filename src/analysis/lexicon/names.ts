// Given names with the gender they most often carry, so that "she said" can prefer a woman named in the
// previous sentence. A guess, used only to rank candidates, never to exclude one outright. Common names
// across English, French, Spanish, German, Slavic, Arabic, Persian, South and East Asian usage.

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

export const MALE_GIVEN_NAMES = set(`
aaron abdul abdullah adam adrian ahmad ahmed alan albert alberto alejandro alex alexander alexandre alexei
alfonso ali allan andre andrei andres andrew andy angelo anthony antoine antonio arjun armando arthur ashraf
ben benjamin bernard bill billy blake bob bobby boris brad bradley brandon brendan brett brian bruce bruno
bryan carl carlos charles charlie chris christian christopher chuck clark claude colin craig dale dan daniel
danny darren dave david dean dennis derek diego dimitri dmitry dominic don donald doug douglas dylan eddie
edward eduardo emmanuel eric erik ernest ethan eugene evan fahad faisal farid felipe fernando francis
francisco frank franz fred frederick gabriel gary gavin george gerald gordon graham greg gregory guillaume
gustavo hamid hans harold harry hassan hector henry hugh hugo hussein ian ibrahim igor isaac ivan jack
jacob jacques jake james jamie jan jason javier jean jeff jeffrey jeremy jerome jesse jesus jim jimmy joe
joel johan john johnny jon jonathan jordan jorge jose joseph josh joshua juan julian justin kamal karim karl
keith kenneth kevin khalid kim kyle larry lars lawrence lee leo leon leonard liam louis lucas luis luke
mahmoud malcolm manuel marc marco marcus mario mark martin mateo matt matthew maurice max michael miguel mike
mikhail mitch mitt mohamed mohammad mohammed muhammad nathan neil nicholas nick nicolas nigel noah norman
olaf oliver omar oscar owen pablo patrick paul pedro peter phil philip philippe pierre rafael rahul raj
ralph ramon randy ray raymond reza ricardo richard rick rob robert roberto rod roger roman ron ronald ross
roy russell ryan saeed salman sam samuel scott sean sebastian sergei sergey seth shane simon stan stanley
stefan stephen steve steven stuart sultan ted terry thomas tim timothy todd tom tommy tony travis trevor
tyler vadim victor vijay vikram vincent viktor vladimir walter wayne william yasser yuri yusuf zachary zamir
clive gerry glen glenn grant kurt lewis marvin mitchell neville nelson percy phillip quentin rupert
sanjay sunil tariq tobias toby trent warren wesley winston xavier desmond duncan elliot elliott felix
fraser gareth geoffrey gerard harvey howard jasper keir kieran lloyd martyn niall rory ruben seamus theo
tristan wyatt aidan callum conor connor declan dermot eamon fergus finn hamish ewan euan alistair
alasdair angus archie barry bernie cliff hamza idris imran jamal joaquin kwame kofi kenji hiroshi takeshi
`);

export const FEMALE_GIVEN_NAMES = set(`
abigail aisha alexandra alice alicia alison allison amanda amber amelia amina amy ana andrea angela
anita ann anna anne annie antonia ashley barbara beatrice becky beth betty beverly brenda bridget brittany
camila carla carmen carol caroline carolyn catherine cathy charlotte chelsea cheryl christina christine
cindy claire clara claudia colleen courtney crystal cynthia dana daniela danielle darian deborah debra
denise diana diane donna doris dorothy elena elizabeth ella ellen emily emma erin eva evelyn fatima fatma
fiona florence frances francesca gabriela gabrielle gail gloria grace hannah heather helen hillary holly
ingrid irene isabel isabella jackie jacqueline jane janet janice jasmine jean jennifer jenny jessica jill
joan joanna jodi josephine joy joyce judith judy julia julie karen kate katherine kathleen kathryn kathy
katie kayla kelly kim kimberly kristen krystal laila laura lauren leah leila lily linda lisa liz lori
louise lucy lydia lynn madeleine madison margaret maria marie marina marion marisol martha mary maryam
megan melanie melissa michelle monica nadia nancy natalie natasha nicole nina nora olga olivia pamela
patricia paula pauline priya rachel rebecca regina rita rose ruth sabrina samantha sandra sara sarah
shannon sharon sheila shirley sofia sonia sophia sophie stephanie sue susan suzanne svetlana tamara tanya
teresa theresa tina tracy valerie vanessa veronica victoria virginia wendy yasmin yolanda zahra zoe
maya lena cleo daisy delia edith eileen elaine eleanor eliza ellie elsie esther flora freya gemma georgia
harriet hazel heidi imogen ines iris isla ivy jade jenna jodie keira kirsty lara lorna mabel maeve maggie
matilda maureen mia mila millie miriam molly naomi penny phoebe poppy rosa ruby sadie sally sasha stella
tessa ursula vera violet yvonne zara anika aisling niamh siobhan sinead ayesha meera anjali deepa sunita
yuki
`);

/** Lower-case particles that stand inside a personal name: "Ludwig van Beethoven", "Osama bin Laden". */
export const NAME_PARTICLES = set('van von der den de del della di da dos du le la bin ibn al el ben ter');
