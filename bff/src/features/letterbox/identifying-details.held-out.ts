/** One letter of the held-out set: details a reviewer must see are marked [[like this]]. */
export interface LetterCase {
  title: string
  /** The writer's side: letters from adoptive parents mention the family's life; letters from birth relatives mention their own. */
  from: 'adoptive_family' | 'birth_relative'
  /** The letter, plain paragraphs separated by blank lines, with every identifying detail marked [[...]]. */
  letter: string
  /** What the agency's record holds about the adoptive family (used by the check to flag matching words). */
  familyRecord: {
    surnames: string[]
    addressLines: string[]
    towns: string[]
    postcodes: string[]
    watchWords: string[]
  }
  /** Names agreed for the exchange, which are allowed and must NOT be flagged (e.g. the child's first name, "Mum", the birth mother's first name). */
  agreedNames: string[]
}

/*
 * Held-out set, written blind: the authors of this file have not seen the check it judges.
 * All people, streets, schools, clubs, businesses and contact details are fictional
 * (phone numbers are in Ofcom's drama ranges). Real town names are used for realism only.
 *
 * Conventions:
 * - Birth relatives may mention their own town and a generic job (unmarked); their own
 *   addresses, phone numbers, emails, web pages, handles and surnames are marked.
 * - Holiday destinations, countries, national football clubs, brands, TV shows and
 *   celebrities are never marked.
 * - Some ordinary letters deliberately contain common words that equal a record entry
 *   ("bath time" for a family in Bath, "reading" for a family in Reading, "cardigan" for
 *   a family on Cardigan Lane, "bird feeder" for the Bird family). These are not identifying.
 */

const whitaker = {
  surnames: ['Whitaker'],
  addressLines: ['14 Beech Grove'],
  towns: ['Otley'],
  postcodes: ['LS21 3PQ'],
  watchWords: ['Westgate Primary', 'Wharfe Valley Gymnastics'],
}
const whitakerNames = ['Maisie', 'Sarah', 'Helen', 'Mark', 'Mum', 'Dad', 'Biscuit', 'Tyson']

const hargreaves = {
  surnames: ['Hargreaves'],
  addressLines: ['27 Mill Lane'],
  towns: ['Skipton'],
  postcodes: ['BD23 1QX'],
  watchWords: ['Greatwood Primary', 'Craven Cubs'],
}
const hargreavesNames = [
  'Oliver',
  'Ollie',
  'Karen',
  'Rachel',
  'Andy',
  'Grandad Pete',
  'Pete',
  'Mum',
  'Dad',
  'Kevin',
]

const pritchard = {
  surnames: ['Pritchard'],
  addressLines: ['6 Larch Close'],
  towns: ['Harrogate'],
  postcodes: ['HG2 7LT'],
  watchWords: ["St Mary's C of E", 'Little Acorns'],
}
const pritchardNames = ['Lily', 'Chelsea', 'Nicola', 'Tom', 'Mummy', 'Daddy', 'Mum', 'Nibbles']

const denby = {
  surnames: ['Denby'],
  addressLines: ['41 Kingsway'],
  towns: ['Andover'],
  postcodes: ['SP10 3NR'],
  watchWords: ['Harrow Way Academy', 'Andover Town Colts'],
}
const denbyNames = ['Jack', 'Leanne', 'Danny', 'Sam', 'Mark', 'Mum', 'Dad', 'Pickle', 'Bella']

const okaforReid = {
  surnames: ['Okafor-Reid', 'Okafor', 'Reid'],
  addressLines: ['18 Wilmslow Road'],
  towns: ['Manchester'],
  postcodes: ['M14 5RT'],
  watchWords: ['Ladybarn Primary', 'Fallowfield Stingrays'],
}
const okaforReidNames = [
  'Ava',
  'Finley',
  'Finn',
  'Jean',
  'Nana Jean',
  'Funmi',
  'Chris',
  'Mum',
  'Dad',
  'Mummy',
  'Daddy',
]

const ohara = {
  surnames: ["O'Hara"],
  addressLines: ['9 Chapel Street'],
  towns: ['Holmfirth'],
  postcodes: ['HD9 2QA'],
  watchWords: ['Underbank Juniors', 'Holme Valley Harriers'],
}
const oharaNames = ['Ruby', 'Jade', 'Gemma', 'Steve', 'Alfie', 'Mum', 'Dad']

const bird = {
  surnames: ['Bird'],
  addressLines: ['52 Rosemount Road'],
  towns: ['Bath'],
  postcodes: ['BA2 4HX'],
  watchWords: ['Tiddlywinks Day Nursery', 'Bath Rascals'],
}
const birdNames = [
  'Harry',
  'Pip',
  'Emma',
  'Kate',
  'Rob',
  'Granny',
  'Chompy',
  'Smudge',
  'Mummy',
  'Daddy',
  'Mum',
  'Dad',
]

const fletcher = {
  surnames: ['Fletcher'],
  addressLines: ['11 Orchard Way'],
  towns: ['Reading'],
  postcodes: ['RG4 8PB'],
  watchWords: ['Caversham Heath Primary', 'Little Stars Nursery'],
}
const fletcherNames = ['Ellie', 'Theo', 'Lisa', 'Jo', 'Dan', 'Sam', 'Mum', 'Dad', 'Nan']

const kowalski = {
  surnames: ['Kowalski'],
  addressLines: ['22 Cardigan Lane'],
  towns: ['Leeds'],
  postcodes: ['LS6 2AB'],
  watchWords: ['Kirkstall Harriers', 'Headingley Vale Primary'],
}
const kowalskiNames = [
  'Amelia',
  'Millie',
  'Pat',
  'Nanna Pat',
  'Anna',
  'Tomasz',
  'Mama',
  'Tata',
  'Mum',
  'Dad',
  'Bluebell',
]

const baxter = {
  surnames: ['Baxter'],
  addressLines: ['The Old Forge, Church Street'],
  towns: ['Burley-in-Wharfedale'],
  postcodes: ['LS29 7DF'],
  watchWords: ["Rainbows at St Luke's", 'Burley Oaks Primary'],
}
const baxterNames = [
  'Poppy',
  'Jess',
  'Becky',
  'Joe',
  'Grandpa',
  'Oscar',
  'Mummy',
  'Daddy',
  'Mum',
  'Dad',
]

const hughes = {
  surnames: ['Hughes'],
  addressLines: ['71 Ashgrove Avenue'],
  towns: ['Bristol'],
  postcodes: ['BS7 9LP'],
  watchWords: ['Horfield Park Juniors'],
}
const hughesNames = ['Mason', 'Lee', 'Claire', 'Marcus', 'Nan Sue', 'Sue', 'Mum', 'Dad']

const ahmed = {
  surnames: ['Ahmed'],
  addressLines: ['5 Rowan Court'],
  towns: ['Bolton'],
  postcodes: ['BL1 6GT'],
  watchWords: ['Heaton Fold Primary', 'Sunflowers Pre-school'],
}
const ahmedNames = ['Zara', 'Yusuf', 'Danielle', 'Ayesha', 'Imran', 'Ammi', 'Abbu', 'Mum', 'Dad']

const jenkins = {
  surnames: ['Jenkins'],
  addressLines: ['Bryn Teg, 4 Heol y Nant'],
  towns: ['Llandeilo'],
  postcodes: ['SA19 6PF'],
  watchWords: ['Ysgol Cwm Tywi', 'Tywi Valley Young Farmers'],
}
const jenkinsNames = ['Cerys', 'Kayleigh', 'Sian', 'Rhys', 'Taid', 'Mam', 'Mum', 'Dad']

export const heldOutLetters: LetterCase[] = [
  {
    title: 'Ordinary: Maisie turns seven, Lego and swimming in Spain',
    from: 'adoptive_family',
    familyRecord: whitaker,
    agreedNames: whitakerNames,
    letter: `Dear Sarah,

I hope you're keeping well and that the summer has been kind to you. Maisie has had such a busy few months, I honestly don't know where the time goes!

She turned seven in June and had a little party at home with a bouncy castle, which she thought was the best thing ever. She's mad about Lego at the moment, especially the Friends sets, and she spent most of the Easter holidays building a café for her toy animals. We went to Spain for a week in August and she was in the pool from morning till night, she can swim a whole width now without armbands.

School is going well. Her teacher says she's a real chatterbox but very kind to the other children, which made Mark and me very proud. Her reading has really come on and she reads her Peppa Pig books to Biscuit the cat, who isn't very interested!

She asked me to tell you that her favourite colour is still purple and that she wants to be a vet when she grows up. She drew you the picture in the envelope, it's you and her at the beach apparently.

Thinking of you,
Helen and Mark`,
  },
  {
    title: 'Gymnastics club, coach, town and a local hill',
    from: 'adoptive_family',
    familyRecord: whitaker,
    agreedNames: whitakerNames,
    letter: `Dear Sarah,

Happy New Year! I hope Christmas was a good one for you. Ours was lovely and noisy, Maisie was up at half five on Christmas morning and Biscuit spent the day hiding under the bed from all the wrapping paper.

The big news is that Maisie has started gymnastics. She goes to [[Wharfe Valley Gymnastics]] on a Tuesday and Thursday after school and she absolutely loves it, she's doing cartwheels everywhere including the kitchen. Her coach, [[Jenny Lockwood]], says she's got really good balance and might be ready for her first badge by the summer.

We've settled in properly now since the move. It's so much quieter living in [[Otley]] than where we were before and Maisie loves that she can see [[the Chevin]] from her bedroom window, she says goodnight to the hill every night which is very sweet.

She's still reading loads and her favourite books at the moment are the Worst Witch ones. She asked for a black cat like Mildred's but I told her Biscuit would be jealous!

She has made you a card with glitter on it, I apologise in advance for the mess when you open it.

With love,
Helen, Mark and Maisie xx`,
  },
  {
    title: 'Ordinary (birth mother): bakery job, puppy, Christmas at her sister’s',
    from: 'birth_relative',
    familyRecord: whitaker,
    agreedNames: whitakerNames,
    letter: `Dear Maisie,

Thank you so much for your letter and the glitter card, I've got it up on my fridge and I still find bits of glitter on the carpet, it makes me smile every time.

I can't believe you're doing cartwheels now! When I was little I could never do one, I always fell over sideways. You must be very brave and very strong.

I've got some news too. I started a new job in September working in a bakery, so I get up really early but I finish at lunchtime and I get to bring home the broken biscuits. My favourite is the caramel shortbread. I've also got a puppy called Tyson, he's a staffie and he's very naughty, he chewed one of my slippers last week and looked so pleased with himself.

At Christmas I went to my sister's and we watched Elf and ate far too many Quality Street. I thought about you lots and hoped you had a lovely day.

Please say thank you to Helen and Mark for the photos. You look so grown up with your new glasses.

Lots of love always,
Sarah xxx`,
  },
  {
    title: 'School, teacher surname, Cubs group and the street they walk down',
    from: 'adoptive_family',
    familyRecord: hargreaves,
    agreedNames: hargreavesNames,
    letter: `Dear Karen,

Well what a year it's been! Oliver is now in Year 5 at [[Greatwood Primary]] and he really likes his new teacher, Mr [[Pickersgill]], who supports Liverpool so they have a lot to argue about because Ollie is Man City through and through. He's doing well with his times tables and he got a headteacher's award in November for helping a younger boy who was upset in the playground. We were so proud of him.

He has also joined [[Craven Cubs]] and goes every Wednesday. So far he has got his cooking badge (he made us beans on toast, it was a bit burnt) and his camping badge. They went away for a weekend in May and he came back filthy and exhausted and very happy.

Most mornings we walk down [[Mill Lane]] together and he tells me all about the Minecraft worlds he's building, honestly I don't understand half of it but he's very passionate!

He grew 4cm this year and is now nearly up to my shoulder. He still loves his cuddles at bedtime though, even if he'd never admit it to his friends.

We hope you're keeping well. Ollie asked me to say hello and that he hopes you liked the photo of him with the fish he caught on holiday.

Best wishes,
Rachel and Andy`,
  },
  {
    title: 'Birth mother offers her mobile and a dotted email (own town and job unmarked)',
    from: 'birth_relative',
    familyRecord: hargreaves,
    agreedNames: hargreavesNames,
    letter: `Dear Oliver,

Thank you for your letter and the lovely photo with the fish, it was nearly as big as you! I showed my mum and she said you look just like your uncle did at your age.

I'm still living in Keighley and I've been working as a care assistant at a home for older people for two years now. Its hard work and lots of night shifts but I love the residents, there's one lady who is 98 and she still beats me at cards every time.

I'm really proud of you for helping that younger boy at school. That's the kind of thing that matters most, being kind.

I know we can only write through the letterbox but I wanted you to know that if you ever want to talk when you're older, my number is [[07700 900 461]] and my email is [[karen.b.walsh@hotmail.co.uk]]. I'll keep them the same, I promise. You don't have to, only if you want to.

I support Man City too now, don't tell anyone!

Love you always,
Karen xx`,
  },
  {
    title: 'Birth grandad names the child’s school and gives his email',
    from: 'birth_relative',
    familyRecord: hargreaves,
    agreedNames: hargreavesNames,
    letter: `Dear Ollie,

It's Grandad Pete here. Karen showed me the photos from the letterbox and I couldn't believe how tall you are getting.

I've been spending lots of time on my allotment this year. The potatoes were a disaster because of all the rain but the runner beans went mad, I was giving them away to the neighbours in carrier bags. I've got a greenhouse now too and I'm growing chillies that are far too hot for me.

I bumped into one of Karen's old friends in town and she said her grandson is in the same class as you at [[Greatwood]], small world isn't it. She said you're a cracking footballer.

I'm not much good at writing letters so I've put my email on here in case the lady at the agency says it's alright for you to send me a message sometime, it's [[g.cartwright1957@yahoo.co.uk]]. My grandson showed me how to use it.

Keep working hard at school and be good for your mum and dad.

All my love,
Grandad Pete`,
  },
  {
    title: 'Ordinary: broken wrist, camping in Wales, Man City and Minecraft',
    from: 'adoptive_family',
    familyRecord: hargreaves,
    agreedNames: hargreavesNames,
    letter: `Dear Karen,

I hope this letter finds you well. It's been a bit of a mixed few months here but Ollie is happy and healthy, which is the main thing.

He broke his wrist in February falling off the trampoline (of course!) and had a bright green cast for six weeks which all his friends signed. He was more upset about missing football than about the pain I think. It's all healed now and he's back to running everywhere.

At Easter we went camping in Wales for a few days. It rained nearly the whole time but Ollie didn't seem to mind, he and Andy built a dam in the stream and he found a frog which he named Kevin.

He's still obsessed with Minecraft and Man City. He watched the derby with his dad and was jumping round the living room when they scored. He's also started reading the Percy Jackson books and we can't get him to put them down at bedtime.

For Halloween he wants to be a zombie footballer, I'm not sure what that involves yet but I'm sure there'll be fake blood.

He asked me to tell you his favourite food is still spaghetti bolognese and his favourite animal is now a red panda.

Take care of yourself,
Rachel and Andy`,
  },
  {
    title: 'Nursery, new school, teacher and best friend’s full name',
    from: 'adoptive_family',
    familyRecord: pritchard,
    agreedNames: pritchardNames,
    letter: `Dear Chelsea,

Lily has had such a big year! In September she said goodbye to everyone at [[Little Acorns]] and started Reception at [[St Mary's C of E]]. She was a bit wobbly on the first morning and held onto my leg at the gate but by the end of the week she was running in without even saying bye, which was a bit sad for me if I'm honest!

Her teacher is Mrs [[Oduya]] and Lily thinks she is the best person in the whole world. We hear about her every single day, what she wore, what she said, what she had for lunch. Her best friend is a little girl called [[Isla Thompson]] and the two of them are inseparable, they've already had two sleepovers (well, one, the second one ended at 9pm with tears).

She's learning her phonics and can write her name now, she's put it on the bottom of her drawing for you. The pink blob is Nibbles the guinea pig.

She loves dancing round the kitchen to Encanto and asks for We Don't Talk About Bruno about ten times a day. Tom knows all the words now whether he likes it or not.

We hope you are well and that your course is going okay.

Love from
Nicola, Tom and Lily x`,
  },
  {
    title: 'Adoptive mum slips: workplace, full address with postcode at paragraph end, email',
    from: 'adoptive_family',
    familyRecord: pritchard,
    agreedNames: pritchardNames,
    letter: `Dear Chelsea,

Just a quick extra note with Lily's birthday photos, I know it's not the usual time for a letter but the agency said it would be alright.

Lily had her party at soft play and was completely hyper from start to finish. She had a unicorn cake with a rainbow inside which she chose herself and she blew out all the candles in one go. She got so many presents that we've had to have a sort out of the toy box.

I've gone back to work three days a week now at [[Pennine Vets]] on reception, so Lily goes to breakfast club on those days. She thinks it's very exciting because they have pancakes on a Friday.

You mentioned in your last letter that you'd like to send her a birthday present, which is so kind. I know we're supposed to send everything through the agency but honestly it's fine by us if you'd rather post it, you can send it straight to us at [[6 Larch Close]], [[Harrogate]] [[HG2 7LT]]

Or if it's easier just drop me a line at [[nicola.pritchard83@gmail.com]] and we can sort something out.

Love,
Nicola x`,
  },
  {
    title: 'Ordinary (birth mother): college course, Tenerife, Love Island and Bluey',
    from: 'birth_relative',
    familyRecord: pritchard,
    agreedNames: pritchardNames,
    letter: `hiya Lily,

thank you for your drawing of Nibbles!! I love it, she looks very fluffy and very pink. I've stuck it on my wardrobe door so I see it every morning.

I'm doing a childcare course at college now, I go three days a week and I'm on placement the other two days in a nursery. The little ones are so funny, one boy told me yesterday that his dad is a dinosaur. I think you'd like it there, they have a big sand pit and a mud kitchen.

In the summer I went to Tenerife with my mum and my auntie. It was so hot, like 35 degrees, and I got really burnt on my first day cos I forgot suncream. Silly me! We saw dolphins on a boat trip and I thought of you because your mummy said you love dolphins.

I've been watching Love Island and Strictly, which one do you like better? Probably neither, your a bit young lol. Do you like Bluey? Everyone at my placement loves Bluey.

I hope you had a brilliant Christmas and Father Christmas brought you everything you asked for.

love you lots and lots
Chelsea xxxxx`,
  },
  {
    title: 'Secondary school, local football team, surname nickname, handle in brackets',
    from: 'adoptive_family',
    familyRecord: denby,
    agreedNames: denbyNames,
    letter: `Dear Leanne,

Jack has started secondary school! He's at [[Harrow Way Academy]] now and after a nervous first week he seems to have found his feet. He likes science best, mainly because they got to set fire to things in the first lesson, and he says the dinners are better than primary which is high praise.

He's still football mad and is playing for [[Andover Town Colts]] on Sunday mornings, which means Mark and I spend a lot of time standing on freezing touchlines holding coffee. He's playing in defence this season and he's really improved. Funnily enough the lads on his team have started calling him "[[Denby]]" like it's a footballer's name on the back of a shirt, and he loves it.

He's growing up so fast, he has his own phone now and spends far too long on it. (He keeps asking if you're on TikTok, his is [[@jackattack_08]] but we've told him it's best to keep things through the letters for now.)

He's asked for a PS5 for Christmas which isn't happening, but he doesn't know that yet.

Pickle the dog sends her love, she's getting a bit grey round the muzzle but still steals socks.

Best wishes,
Sam and Mark`,
  },
  {
    title: 'Birth brother: gamertag, Snapchat and email (own town and apprenticeship unmarked)',
    from: 'birth_relative',
    familyRecord: denby,
    agreedNames: denbyNames,
    letter: `Alright Jack,

Its your big brother Danny. Mum said I could write this time as well so here goes. I'm not great at letters so sorry if this is rubbish.

I'm 19 now and I'm doing an apprenticeship as a mechanic at a garage in Swindon. I get to work on all sorts, last week we had a Porsche in and I got to drive it into the workshop, only about ten metres but still. I've passed my driving test too, first time!

Mum says your into football. I used to play when I was your age, I was a striker, rubbish at defending though. Who do you support? I'm Chelsea, don't hold it against me.

Do you play Xbox? If you do add me, my gamertag is [[DannyBoiM99]], we could play FIFA. Or my snap is [[danny.m99]]. Or you could email me [[danny.m.99@outlook.com]] whatever's easiest.

I think about you loads. I remember pushing you on the swings when you were tiny and you'd scream laughing.

Take care little bro,
Danny`,
  },
  {
    title: 'Employer, number plate, neighbour’s full name and the pub behind the house',
    from: 'adoptive_family',
    familyRecord: denby,
    agreedNames: denbyNames,
    letter: `Dear Leanne,

Thank you for your last letter, Jack read it twice and then took it up to his room, which I think means a lot even if he didn't say much.

We've had a few changes this year. Mark has a new job with [[Test Valley Plumbing]] so he's home a bit earlier in the evenings, and we finally replaced our old car which had been held together with tape for about three years. Jack is obsessed with number plates at the moment and has decided the new one, [[HV70 JDK]], is basically his personalised plate because it has a J and a D and a K in it. We haven't had the heart to tell him otherwise.

Our lovely old neighbour [[Margaret Penhaligon]] has been teaching him chess and he beats her now, though I suspect she lets him win sometimes.

He had his first school disco in October. He pretended he didn't care and then spent forty minutes doing his hair.

We're in the house right behind [[the Drummond Arms]] so he walks up to the shop on his own now with his pocket money, a big step for him and a bigger one for me!

Warm wishes,
Sam and Mark`,
  },
  {
    title: 'Ordinary (birth mother): hairdressing, a nervous cockapoo, Christmas at nan’s',
    from: 'birth_relative',
    familyRecord: denby,
    agreedNames: denbyNames,
    letter: `Dear Jack,

Thank you for your letter and the photos, I couldn't believe it when I saw you in your new school uniform, you look so grown up! The blazer is a bit big but you'll grow into it.

Things are okay with me. I'm still doing hair at the salon and I've just done my colour course so now I'm allowed to do the fancy stuff, balayage and that. Danny came in last month and made me shave his head, I don't know why he bothered coming to a hairdresser for that!

I've got a dog now too, she's called Bella and she's a little cockapoo. She's scared of the hoover and the postman and cats and basically everything. Danny says you've got a dog too, maybe one day they could be friends.

For Christmas I'm going to my nan's like always, she does the best roast potatoes in the world. I hope you have a lovely Christmas and get lots of presents, even if it's not a PS5 haha.

Good luck with the football this season, I bet your brilliant.

Lots of love,
Leanne xx`,
  },
  {
    title: 'House move: new address, swimming club, family surname, postcode',
    from: 'adoptive_family',
    familyRecord: okaforReid,
    agreedNames: okaforReidNames,
    letter: `Dear Jean,

Apologies that this letter is a little late, we have been in total chaos because we moved house in the spring! We're now at [[18 Wilmslow Road]], it's only a couple of miles from the old house but the twins have a garden at last and they have been out there every day making mud pies and digging for worms.

Ava and Finley are six now and still completely different. Ava is loud, bossy and brilliant, Finn is quiet and thoughtful and will tell you every fact there is about sharks. They both started swimming lessons with [[Fallowfield Stingrays]] and Ava has her 10 metre badge already, Finn is more of a splasher but he's getting there.

At school everyone knows them as "the [[Okafor-Reid]] twins" and they get mixed up by the dinner ladies all the time even though they look nothing alike, which they find hilarious.

If you ever want to check the new address with the agency the postcode is [[M14 5RT]] but I understand you'll keep sending through them as usual.

Ava wants me to tell you she has a wobbly tooth and Finn wants you to know that a Greenland shark can live for 400 years.

With love,
Funmi and Chris`,
  },
  {
    title: 'Ordinary: knitted hats, Christmas show, Bluey, Lake District at Easter',
    from: 'adoptive_family',
    familyRecord: okaforReid,
    agreedNames: okaforReidNames,
    letter: `Dear Jean,

Thank you so much for the knitted hats you sent at Christmas, the twins wore them every day in January and Finn still wears his to bed sometimes. Ava has decided hers is for special occasions only.

Christmas was lovely. We had Chris's mum and dad over and the twins did a little show for everyone, which mostly involved Ava singing Let It Go and Finn being a reindeer. Chris's parents are going back to Lagos to visit family in the summer and the twins are desperate to go with them one day.

They've both been poorly on and off, the usual coughs and colds, but they are over the worst now. Finn had his tonsils checked and thankfully they don't need to come out.

At the moment they are obsessed with Bluey, we have to play Keepy Uppy with a balloon every night after tea. Ava has started reading on her own and reads Finn his bedtime story some nights, which is just about the sweetest thing I've ever seen.

At Easter we're going to the Lake District for a few days, the twins want to see a real mountain.

Thank you again for thinking of them. They know the hats came from Nana Jean and they talk about you.

Warm wishes,
Funmi and Chris x`,
  },
  {
    title: 'Birth grandmother: handle, landline, +44 mobile, own address and lower-case postcode',
    from: 'birth_relative',
    familyRecord: okaforReid,
    agreedNames: okaforReidNames,
    letter: `Dear Ava and Finley,

It was so lovely to get your letter and the photos of you both in the snow. Finley I had no idea about the Greenland shark, I've told everybody at my knitting group and none of them believed me!

I've been busy knitting as always, I'm doing blankets for the premature babies at the hospital now. I even put some of my knitting on the internet, if your mummy wants to look I'm [[@nanna_jean_knits]], my neighbour's daughter set it up for me and I've got 200 followers, can you believe it.

I'm still in my little house in Stockport with the roses round the door. My hip has been playing up but I've got a new walking stick with flowers on it so I'm very glamorous.

I know the letters go through the agency but if there's ever an emergency or you just want to hear a voice, my home number is [[0161 496 0755]] and my mobile is [[+44 7700 900982]]. And my address if anything gets lost in the post is [[12 Moss Bank Road]], [[sk4 3hw]].

I love you both to the moon and back.

Nana Jean xx`,
  },
  {
    title: 'Running club, its website, a teacher, and the road they run up',
    from: 'adoptive_family',
    familyRecord: ohara,
    agreedNames: oharaNames,
    letter: `Dear Jade,

Ruby has been running! She joined [[Holme Valley Harriers]] at the start of the year after doing the cross country at school and coming second, and she's been hooked ever since. She trains on a Tuesday night and sometimes does the Saturday morning junior run. They put all the results on [[www.holmevalleyharriers.co.uk]] and she checks her times on there constantly.

We go out together most weekends, up [[Cliff Road]] and round the reservoir, and she's faster than me now which is a bit humbling.

She's in Year 6 and her teacher Mr [[Castleton]] has been brilliant with her, he's really helped her confidence with maths which she always found hard. She's got her SATs in May and is a bit anxious but we keep telling her to just do her best.

She's also discovered Taylor Swift in a big way. Friendship bracelets everywhere.

Alfie the rabbit is fine, fat and spoilt.

Best wishes,
Gemma and Steve`,
  },
  {
    title: 'Birth mother’s nail business: Facebook page, website, Instagram, oddly split mobile',
    from: 'birth_relative',
    familyRecord: ohara,
    agreedNames: oharaNames,
    letter: `Hi Ruby,

Wow a runner! I was rubbish at PE, I used to hide in the toilets to get out of cross country so I don't know where you get it from. Well done for coming second that's amazing.

Big news from me, I've started my own little business doing nails! I've been doing it from my spare room for a year and now I've got enough customers to do it properly. I've done a course in gel and acrylics and everything. You can see some of my work on my page [[facebook.com/JadesNailsBarnsley]] or on my website [[jadesnails.co.uk]] which my friend built me.

I'm on insta as well if your mum and dad ever want to look, find me on insta [[jadesnailsxo]]. And if anyone wants to book in my work number is [[077009 00583]], tell them Ruby sent you haha.

I've put a photo in of some Taylor Swift nails I did for a girl going to the concert, I thought you might like them since your mum said your a Swiftie.

Good luck in your SATs, don't stress, you're cleverer than you think.

Lots of love
Jade xxx`,
  },
  {
    title: 'Ordinary: leaving primary, Cornwall bodyboarding, Strictly',
    from: 'adoptive_family',
    familyRecord: ohara,
    agreedNames: oharaNames,
    letter: `Dear Jade,

Thank you for the nail photos, Ruby thought they were the coolest thing ever and wanted hers done exactly the same. We compromised on glitter polish for the last day of term.

Ruby finished primary school in July. She cried buckets at the leavers' assembly, as did I, and then spent the whole summer being excited and terrified about starting big school. She's been there three weeks now and says it's "fine" which I'm told is the highest compliment a Year 7 can give.

In August we went to Cornwall for a week. We stayed in a caravan near the sea and Ruby went bodyboarding every single day, even when it was freezing. She caught a proper wave on the last day and came running up the beach screaming. Steve got it on video and we've watched it about a hundred times.

She's reading the Hunger Games books now and has started talking to us like a teenager, rolling her eyes and everything, but she still asks for a cuddle when she's tired.

She's been watching Strictly with me on Saturday nights and has already decided who should win.

She says hello and she hopes you're business is going well.

Love from
Gemma and Steve`,
  },
  {
    title: 'Surname as team nickname, employer and boss, van number plate in a photo, town',
    from: 'adoptive_family',
    familyRecord: ohara,
    agreedNames: oharaNames,
    letter: `Dear Jade,

I hope your well and the business is still busy. Ruby has been telling her friends her birth mum is a proper nail artist and she's very proud of that.

Ruby has started netball this term, she's a wing attack and is very fast, and the whole team call her "[[O'Hara]]" because there are three Rubys in the squad. She's quite pleased to be known by a sports-style name.

Steve's still working for [[Dave Haigh]] at [[Calder Valley Joinery]] and has been doing up an old van at weekends, which Ruby has helped with, she's very good at handing him the wrong spanner. The photo of the two of them in front of it is attached, sorry the number plate [[YK19 ABC]] is showing, I didn't notice until after it was printed. Maybe the agency can cover it up.

She's been going over to the workshop a lot since the yard moved to the other side of [[Holmfirth]], and she has made me a wooden bird box which is slightly wonky but very beautiful.

She sends her love and a drawing of her dream nail design.

Gemma`,
  },
  {
    title:
      'Ordinary, tricky: "Bath time" and "bird feeder" in a letter from the Bird family of Bath',
    from: 'adoptive_family',
    familyRecord: bird,
    agreedNames: birdNames,
    letter: `Dear Emma,

Harry is four and a half now (the half is very important to him!) and he is full of beans.

Bath time is his favourite part of the day at the moment. He has a whole fleet of plastic boats and a rubber shark called Chompy, and we have to do a 'storm' every night which means half the bath ends up on the floor. Pip sits on the bathmat and watches him and giggles.

We put a bird feeder up outside the kitchen window in the autumn and he has become a real little birdwatcher. He knows robins, blue tits and blackbirds, and he calls pigeons 'fat birds' which has caused some embarrassment in the park. Birds are definitely his new thing, we got him a book about them for Christmas and he sleeps with it.

He did his first nativity at nursery, he was a sheep and he took it very seriously, baaing all the way through Away in a Manger.

He is still mad on Paw Patrol and wants to be Marshall when he grows up, or a fireman, or a shark.

Pip is crawling now and Harry is very protective of her, he tells everybody 'that's my sister'.

Love from
Kate and Rob`,
  },
  {
    title: 'Nursery by short name, toddler rugby club, employer, neighbourhood',
    from: 'adoptive_family',
    familyRecord: bird,
    agreedNames: birdNames,
    letter: `Dear Emma,

Harry's been at [[Tiddlywinks]] for a year now and he's moving up to the preschool room in September, he's very excited about having a peg with his name on it. His key worker says he's really come out of his shell and is always first to the dressing up box.

On Saturday mornings he goes to [[Bath Rascals]] which is rugby for toddlers basically, lots of running around with a ball and falling over in the mud. Rob loves it even more than Harry does.

I've gone back to work part time at [[Ashworth & Pike]] solicitors, so Harry and Pip have a couple of days a week with Granny, which they love because she lets them have biscuits for breakfast.

We're really happy in [[Widcombe]], there are lots of families with young children nearby and Harry has made a friend across the road who he calls his 'best best friend'.

He asked me to tell you that he can jump off the third step now.

With love,
Kate and Rob`,
  },
  {
    title: 'Ordinary (birth mother): café job, an old cat, Spain, "birds" again',
    from: 'birth_relative',
    familyRecord: bird,
    agreedNames: birdNames,
    letter: `Dear Harry,

Thank you for the picture of the robin, it's beautiful. I didn't know you liked birds so much! I've started looking out for robins now when I walk to work and I say hello to them for you.

I work in a café now, I make the coffees and the toasties and sometimes I'm allowed to decorate the cupcakes, which is my favourite job. I'm getting quite good at drawing hearts in the milk on top of the coffee.

My cat Smudge is very old now, he's 14 which is like 72 in people years. He mostly sleeps on the radiator and complains if his dinner is late.

I went to Spain in June with my friend. We went on a boat trip and saw some jellyfish, not as good as sharks but still quite exciting. I brought you back a little shell, I hope the agency lets me send it.

I hope you have the best birthday. Four and a half is very grown up!

Lots of love,
Emma xx`,
  },
  {
    title: 'Ordinary, tricky: "Reading is Ellie’s favourite thing" from a family in Reading',
    from: 'adoptive_family',
    familyRecord: fletcher,
    agreedNames: fletcherNames,
    letter: `Dear Lisa,

I hope you have had a good summer. Ellie and Theo have kept us very busy!

Reading is Ellie's favourite thing in the world at the moment. She has gone through every single one of the Rainbow Magic books and has now moved on to David Walliams. Her teacher said her reading age is well above where it should be for Year 3, and she reads to Theo at bedtime, doing all the voices.

Theo is three and into absolutely everything. He loves diggers and says "big digger!" every time we pass a building site. He's at nursery three mornings a week and is getting on well, though he did bite someone in April, we've been working on it!

We spent a week in Devon in August. We went rock pooling and found crabs and a starfish, and Ellie insisted on naming them all. Theo ate sand.

Ellie has decided she wants to be an author when she grows up, and she's started writing a story about a girl who has a pet dragon. She's asked me to put the first chapter in with this letter, I hope you like it.

Christmas is already being planned, she's written her list and it's very long.

Best wishes,
Jo and Dan`,
  },
  {
    title: 'School, surname shouted as a nickname, nursery, adoptive mum’s mobile',
    from: 'adoptive_family',
    familyRecord: fletcher,
    agreedNames: fletcherNames,
    letter: `Dear Lisa,

Ellie has had a brilliant few months. She's in Year 4 at [[Caversham Heath Primary]] now and she got the lead part in the class assembly about the Romans, she was a very bossy Boudicca.

She has also started playing football for the girls' team on a Saturday. The coach calls all the kids by their surnames like they're professionals, so every time she gets the ball the whole touchline shouts "go on [[Fletcher]]!" and she absolutely loves it.

Theo has started at [[Little Stars]] nursery and after a few tearful mornings he's settled in. He tells us his best friend is "Big Sam" though we've never worked out who Big Sam is.

You asked last time if it would be possible to have a quick chat on the phone at some point. Dan and I have talked about it and we're open to the idea, we'll speak to the agency first but my mobile is [[07700 900 217]] if it helps for them to arrange.

Ellie has drawn you a picture of a Roman soldier. Theo has drawn a digger. Or possibly a cat.

Best wishes,
Jo`,
  },
  {
    title: 'Birth mother’s cake website and email (own town unmarked)',
    from: 'birth_relative',
    familyRecord: fletcher,
    agreedNames: fletcherNames,
    letter: `Dear Ellie,

Thank you for sending me the first chapter of your dragon story!! I read it three times and I need to know what happens next. I think the dragon should be called Sparkle but it's your story so you decide.

I'm still living in Basingstoke and I've been doing lots of baking. I've started making cakes for people's birthdays and weddings as a little side business, I've done a unicorn cake, a football pitch cake and even a cake that looked like a burger. My website is [[www.lisabakes.co.uk]] if you want to see the photos, ask your mum first.

I was never very good at reading when I was at school so I'm so proud that you love books. Keep writing, maybe one day I'll see your book in the shops.

If your mum and dad want to ask me anything about the cakes or anything else, my email is [[lisa.m.cakes@gmail.com]].

Give Theo a big squeeze from me.

All my love,
Lisa x`,
  },
  {
    title: 'School, running club, street (also a garment), lower-case postcode in brackets',
    from: 'adoptive_family',
    familyRecord: kowalski,
    agreedNames: kowalskiNames,
    letter: `Dear Pat,

Amelia (or Millie as she insists on being called now) has had a really good year. She's in her last year at [[Headingley Vale Primary]] and has been made a house captain, which she takes incredibly seriously.

She runs with [[Kirkstall Harriers]] on a Thursday night and did her first 5k in the spring. She came in just under 30 minutes and was very pleased with herself. Every morning we walk down [[Cardigan Lane]] to the bus stop and she practises her sprint finish on the way, much to the neighbours' amusement.

Tomasz has been teaching her Polish and she can now count to a hundred and say some words I'm not allowed to repeat. She's going to Kraków with him in the summer to meet her dziadek.

I've just noticed Millie wrote our postcode on the back of her drawing ([[ls6 2ab]]), could the agency please cover it before it goes on?

She says she loves the cardigan you knitted, it's her favourite.

With love,
Anna and Tomasz`,
  },
  {
    title: 'Ordinary (birth grandmother), tricky: knitting "another cardigan", caravan at Filey',
    from: 'birth_relative',
    familyRecord: kowalski,
    agreedNames: kowalskiNames,
    letter: `Dear Amelia,

Or should I say Millie! I love that name, it suits you.

Thank you for your lovely letter. A 5k in under 30 minutes, well I can't even walk to the end of the road in that time with my knee. I had the operation in March and I'm doing my exercises every day like a good girl, the physio says I'll be dancing again by Christmas.

I've been doing a lot of knitting while I've been sat with my leg up. I'm making you another cardigan, a green one this time because you said green is your favourite now. It should be done by your birthday if my fingers keep up.

Your grandad and me took the caravan to Filey in August. We had fish and chips on the front every night and I won £12 on the bingo, I was thrilled.

I watch Emmerdale every night and I've started doing the crossword in the paper, I get about half of them.

Keep running, love, and be good for your mum and dad.

All my love,
Nanna Pat xxx`,
  },
  {
    title: 'Fundraising page with surname, employer, friend’s full name, car registration',
    from: 'adoptive_family',
    familyRecord: kowalski,
    agreedNames: kowalskiNames,
    letter: `Dear Pat,

Thank you for the green cardigan, it fits perfectly and Millie has worn it to death already.

In the spring the three of us did a sponsored walk for the children's ward that looked after Millie when she had her appendix out. We raised £410 which we were amazed by. If you'd like to see the photos they're on our fundraising page, [[justgiving.com/page/kowalski-family-walk]].

Tomasz has had a promotion at [[Aire Valley Engineering]] so he's now a team leader, and he's been working long hours, but we managed a week away in Northumberland at half term. Millie loved the castles and the beach, she collected about fifty shells.

Her best friend [[Hannah Brearley]] came with us for a couple of days and the two of them stayed up giggling till midnight every night.

We also finally got a new car after the old one failed its MOT spectacularly. Millie has named it Bluebell (it's silver) and has learnt the number plate, [[YD23 KWZ]], off by heart in case it ever gets stolen.

With love,
Anna`,
  },
  {
    title: 'School, Rainbows unit, surname as grandpa’s pet name, campervan plate',
    from: 'adoptive_family',
    familyRecord: baxter,
    agreedNames: baxterNames,
    letter: `Dear Jess,

Poppy is six! She had a princess party with eight friends and I think I've still got glitter in my ears.

She's in Year 1 at [[Burley Oaks Primary]] now and loving it, she comes home every day with some new fact. Today it was that snails have teeth.

She started [[Rainbows at St Luke's]] in January and she's very proud of her uniform, she wore it to bed the first night. They've done a promise ceremony and she's been learning to tie knots which she practises on the dog's lead.

Grandpa has always called her "little [[Baxter]]" and now she's started introducing herself that way, which is very funny to hear from someone so small.

At half term Grandpa took us all out in his campervan, the one with the flowers painted on the side. Poppy has started reading the number plates of every car we pass and she tells everyone Grandpa's van is [[LB71 FDE]], which she thinks is the best number plate in the world.

She asks about you sometimes and we tell her you love her very much.

Warm wishes,
Becky and Joe`,
  },
  {
    title: 'Birth mother’s TikTok (with @) and Instagram (without) handles',
    from: 'birth_relative',
    familyRecord: baxter,
    agreedNames: baxterNames,
    letter: `hi Poppy!!

I love the photos from your party, that princess cake looked amazing. When I was six I had a Barbie cake and my brother stuck his finger in it before we even sang happy birthday, I've never forgiven him lol.

I'm teaching dance to little ones now, ballet and street dance. I teach a class of four and five year olds on a Saturday and they're so cute, they always go the wrong way and then they just giggle. Your mummy says you like dancing too?? That makes me so happy.

I put videos of my classes and my own dancing online, so if your mummy and daddy ever want to see, I'm [[@jess_dances]] on TikTok or find me on insta [[jessdances09]]. Only if they say its ok.

I've been watching Frozen with my niece, she's obsessed like you. We sing Let It Go so loud the neighbours bang on the wall.

Be good and keep learning facts, I didn't know snails had teeth!!

love you loads
Jess xxx`,
  },
  {
    title: 'Ordinary: Easter egg hunt, Isle of Wight, first tooth, Moana',
    from: 'adoptive_family',
    familyRecord: baxter,
    agreedNames: baxterNames,
    letter: `Dear Jess,

I hope you're well and that the dance classes are still going brilliantly. Poppy was so excited to hear you teach dancing, she's been doing 'shows' in the living room every evening since, with very long introductions.

We had a lovely Easter. Poppy did an Easter egg hunt in the garden with her cousins and found the most eggs, mostly because she pushed her cousin Oscar out of the way. We're working on sharing.

In the summer holidays we went to the Isle of Wight and stayed in a little cottage near the beach. Poppy went on the chairlift down to the coloured sand cliffs and was brave even though she held my hand so tight it went white. She made a sandcastle every day and cried when the tide washed the last one away.

She lost her first tooth in September and was horrified to find the tooth fairy only gave her a pound. Apparently her friend got five.

She's still mad about Frozen but has now moved on to Moana as well, and is learning to swim so she can 'go on the ocean like Moana'.

She wants you to write back and tell her your favourite Disney film.

Warm wishes,
Becky and Joe`,
  },
  {
    title: 'House move: full address, school, local landmark, postcode typed without space',
    from: 'adoptive_family',
    familyRecord: hughes,
    agreedNames: hughesNames,
    letter: `Dear Lee,

Sorry this letter is a bit late, we've moved house! We're now at [[71 Ashgrove Avenue]] which has a much bigger garden, so Mason finally has room for a proper goal and he's out there kicking a ball against the fence until it gets dark.

He's settled in well at [[Horfield Park Juniors]] and has made a couple of good mates already. He's in the school rugby team and played in his first tournament last month, they lost every match but he scored a try in the last one and you'd think he'd won the World Cup.

You can see [[the Ashgrove Hill water tower]] from his bedroom window and he's convinced it's haunted. He and his friends have made up all sorts of stories about it.

The move was a bit of a comedy of errors. Nan Sue came to help and put the postcode [[bs79lp]] into her satnav, which then took her on a tour of every roundabout in the city before she found us. We still haven't let her forget it.

He's growing so fast, he's gone up two shoe sizes this year.

All the best,
Claire and Marcus`,
  },
  {
    title: 'Birth father: mobile with dashes, surname for Facebook (own job unmarked)',
    from: 'birth_relative',
    familyRecord: hughes,
    agreedNames: hughesNames,
    letter: `Alright Mason,

Its your dad Lee. Thanks for your letter mate, a try in your first tournament, that's class. I played rugby at school too, I was a prop, big and slow, sounds like you're a lot quicker than I was.

I'm doing alright. I drive for a delivery firm now so I'm all over the place, some days I do 150 drops. My back's killing me but it pays the bills. I've got a little flat with my girlfriend and her two boys who are football mad, so I get dragged to a lot of under 9s matches on a Sunday.

I know the rules are we write through the agency and I respect that, your mum and dad have done a great job with you. But I just want you to know if you ever need me, my number is [[07700-900-348]], I'll never change it. And if you're on Facebook when you're older look me up, I'm Lee [[Garside]], there's only one of me.

Keep smashing it at rugby and school. I'm proud of you son.

Lee`,
  },
  {
    title: 'Ordinary, tricky: Liverpool shirt with Salah, Lego Technic, climbing Snowdon',
    from: 'adoptive_family',
    familyRecord: hughes,
    agreedNames: hughesNames,
    letter: `Dear Lee,

Mason asked me to start this letter by saying thank you for the rugby tips, he's been practising his tackling on Marcus, who is now a bit bruised.

It's been a quiet few months which is no bad thing. Mason had a great Christmas, he got new football boots and a Liverpool shirt with Salah on the back, and he wore it on Christmas Day, Boxing Day and most of January.

He's been playing a lot of Fortnite with his friends online (we keep a close eye on it, don't worry) and he's also got into Lego Technic, he built a massive crane over the February half term that now lives on the dining table because nobody is allowed to move it.

In the summer we went to North Wales for a week and climbed Snowdon. Mason complained for the first hour and then practically ran up the rest of it. There was cloud at the top so we couldn't see a thing but he didn't care, he'd done it.

He's getting taller and hungrier by the day, I'm sure he eats more than Marcus and me put together.

He said to tell you he's still working on his try celebration.

All the best,
Claire and Marcus`,
  },
  {
    title: 'Eid letter: pre-school, family pharmacy on a named road, local clock tower',
    from: 'adoptive_family',
    familyRecord: ahmed,
    agreedNames: ahmedNames,
    letter: `Dear Danielle,

Eid Mubarak from all of us! We had a lovely Eid, the children were spoilt rotten by all their aunties and uncles and Yusuf ate so many sweets he was bouncing off the walls until ten o'clock.

Yusuf has started at [[Sunflowers Pre-school]] three mornings a week. He was very brave and only cried on the first day, now he runs in shouting for his friend. Zara is in Year 3 and is doing really well, she's on the gold reading band.

Imran has taken over the family pharmacy now his dad has retired, it's [[Ahmed's Chemist]] on [[Chorley Old Road]], and Zara thinks it's very important that her Abbu's name is on a shop sign.

We walk past [[the Heaton Fold clock tower]] on the way to nursery and Yusuf has to stop and say the time every single day even though he can't tell the time yet.

Zara has written you a card and Yusuf has 'helped' with the colouring in.

With love,
Ayesha and Imran (Ammi and Abbu)`,
  },
  {
    title: 'Ordinary: Ramadan, Bluey, bike without stabilisers, a trip to Pakistan',
    from: 'adoptive_family',
    familyRecord: ahmed,
    agreedNames: ahmedNames,
    letter: `Dear Danielle,

We hope you are keeping well and that your new flat is feeling like home.

Ramadan was early this year and although the children are too young to fast, Zara wanted to join in, so she 'fasted' from breakfast until lunch on the weekends and was very proud of herself. We had a big iftar with family every Saturday, and she helped make the samosas.

Yusuf is nearly three and is finally potty trained (mostly!). He is obsessed with Bluey and has started calling everyone 'mate' like Bandit, which his grandparents find very funny.

Zara is a real bookworm now. She's reading the Rainbow Magic books and wants to be a teacher when she grows up, she lines up all her teddies and gives them spelling tests.

In the summer we're hoping to visit family in Pakistan for three weeks. It will be the children's first time on a long flight so wish us luck!

Zara wanted you to know that her favourite colour is yellow and that she has learnt to ride her bike without stabilisers. Yusuf wanted you to know 'dinosaurs'.

With love,
Ayesha and Imran`,
  },
  {
    title: 'Welsh school, Young Farmers club by abbreviation, town, family email',
    from: 'adoptive_family',
    familyRecord: jenkins,
    agreedNames: jenkinsNames,
    letter: `Dear Kayleigh,

Cerys has had a busy year. She's in Year 5 at [[Ysgol Cwm Tywi]] and her Welsh is now far better than mine, she corrects my pronunciation constantly. She came second in the recitation at the school Eisteddfod and got a little certificate which is up on the fridge.

She's also joined the young farmers, [[Tywi Valley YFC]], because her best friend lives on a farm, and she's been learning to bottle-feed the lambs. She's asked for a pet lamb about fifty times now. The answer is still no.

Living in [[Llandeilo]] suits her, she loves that she can walk to the shop on her own and everybody knows her.

Taid is still living with us and the two of them do the crossword together every evening. He's teaching her to play the harmonica, which is a mixed blessing.

If it's easier for you to send photos, Rhys says it's fine to email them to [[jenkins.brynteg@btinternet.com]] and we'll print them out for Cerys.

Cariad mawr,
Sian and Rhys`,
  },
  {
    title: 'Ordinary (birth sister): A levels, Glastonbury plans, Taylor Swift and Olivia Rodrigo',
    from: 'birth_relative',
    familyRecord: jenkins,
    agreedNames: jenkinsNames,
    letter: `Hiya Cerys,

Its Kayleigh, your big sister. I can't believe your nine, the last time I saw you in person you were tiny and now you're doing recitations in Welsh! I only know "diolch" and "iechyd da" and I'm not sure I'm saying them right.

I'm 17 now and I'm doing my A levels at college in Swansea, English, psychology and art. Art is my favourite, I've been painting a lot of portraits. I've put a little drawing of a lamb in with this letter because Sian said you love them.

I work on Saturdays in a shoe shop which is so boring, but I'm saving up to go to Glastonbury next year with my friends. Mam says I'm too young but I'm working on her.

I listen to Taylor Swift and Olivia Rodrigo on repeat. Do you like them? If you don't you will soon I promise.

I hope you have a lovely Christmas. I'll be thinking about you when I open my presents.

Love you lots,
Kayleigh xx`,
  },
]
