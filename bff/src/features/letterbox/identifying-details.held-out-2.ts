import type { LetterCase } from './identifying-details.dev-cases.ts'

/** A second held-out set, written after the check had been tuned, by someone who had not seen it. */
export const secondHeldOutLetters: LetterCase[] = [
  // ---------------------------------------------------------------------------
  // Ordinary letters: nothing identifying, nothing should be marked.
  // ---------------------------------------------------------------------------
  {
    title: 'Ordinary: Scottish adoptive parents, Burns Night supper',
    from: 'adoptive_family',
    letter: `Dear Kirsty,

Hope you're keeping well and the winter hasn't been too dreich where you are. Isla asked me to say hello first so, hello from Isla!

We had our Burns Night supper last week and she stood on a chair and read out a wee bit of To a Mouse. She'd practised it for days and only got the giggles twice. She says the haggis is "fine" but the neeps are the best bit, which her Gran thinks is hilarious.

School is going well, she loves her teacher and she has a best pal now, the two of them are inseparable at playtime. She's started swimming lessons too and can do a whole width without the float, she's very proud of herself.

She's growing like a weed, all legs, and she lost her first tooth on Sunday. The tooth fairy was very generous apparently.

We're hoping to get away to the beach for a few days at Easter if the weather holds. She's drawn you a picture of our cat, Tattie, which is in the envelope.

Thinking of you,
Fiona and Euan x`,
    familyRecord: {
      surnames: ['Drummond'],
      addressLines: ['14 Larchfield Crescent'],
      towns: ['Kirkintilloch'],
      postcodes: ['G66 3RT'],
      watchWords: ['Hillhead Primary', 'Kirkintilloch Amateur Swimming Club'],
    },
    agreedNames: ['Kirsty', 'Isla', 'Fiona', 'Euan', 'Mum', 'Dad', 'Gran'],
  },
  {
    title: 'Ordinary: Cornish birth grandmother, St Piran’s Day and knitting',
    from: 'birth_relative',
    letter: `Dear Tegan,

Nana Jen here! Thank you ever so much for your letter and the photo of you in your Brownie uniform, you looked so smart. I've put it on the fridge where I can see it every morning with my cup of tea.

It's been a blowy old winter down here in Cornwall, the sea has been wild and Pip refuses to go out in the rain, he just stands at the door looking at me like it's my fault. We did St Piran's Day in March, lots of black and white flags, and I made a proper pasty, crimped on the side, none of this on the top business.

I've been learning to knit with a group of ladies on a Tuesday and I'm making you a scarf. It's purple because your Mum told me that's your favourite colour this year. It might be finished by your birthday if I stop dropping stitches.

Do you still like Bluey? I watched an episode so I'd know what you were talking about and I have to say I quite enjoyed it.

Lots of love and a big squeeze,
Nana Jen xxx`,
    familyRecord: {
      surnames: ['Whitfield'],
      addressLines: ['9 Orchard Way'],
      towns: ['Stroud'],
      postcodes: ['GL5 3HP'],
      watchWords: ['Uplands Primary', '1st Stroud Brownies'],
    },
    agreedNames: ['Tegan', 'Nana Jen', 'Mum', 'Dad'],
  },
  {
    title: 'Ordinary: British Pakistani adoptive family, Ramadan, Eid and a trip to Pakistan',
    from: 'adoptive_family',
    letter: `Dear Chloe,

Salaam and hello from all of us! Zara is nine now and she is so grown up it's scary. She decided she wanted to try fasting this Ramadan, just until lunchtime at the weekends, and she was so serious about it, waking up for suhoor in her dressing gown and falling asleep again with a date in her hand.

Eid was brilliant. She had mehndi done on both hands the night before and wouldn't wash them properly for a week so it stayed dark. We went to her Dadi's for a big lunch, biryani and far too much sweet stuff, and she got enough Eidi money to buy the Lego set she'd been going on about since Christmas.

In the summer we went to Pakistan for three weeks to see family. It was her first time and she was amazed by everything, the heat, the mangoes, the goats wandering down the road. She's talked about nothing else since.

She still loves cricket and watches every England match with her Abbu. The cat, Simba, has got very fat.

She sends a big hug and has written you a card herself.

Love from,
Ammi, Abbu and Zara`,
    familyRecord: {
      surnames: ['Hussain'],
      addressLines: ['42 Thornbury Grove'],
      towns: ['Bradford'],
      postcodes: ['BD3 8NF'],
      watchWords: ['Thornbury Primary', 'Madni Girls Madrasa'],
    },
    agreedNames: ['Chloe', 'Zara', 'Ammi', 'Abbu', 'Dadi', 'Mum', 'Dad'],
  },
  {
    title: 'Ordinary: London adoptive mum to birth father, ballet, Harry Potter, Portugal',
    from: 'adoptive_family',
    letter: `Dear Lee,

Thank you for your letter, Ruby was really pleased to get it and she's kept it in her special box with the others. She wanted me to tell you straight away that she's now "nearly eleven", which she is, if you count quite generously.

She's had a good year. She's doing ballet and tap on a Saturday and had her first show in the summer, she was a snowflake and a mouse and did both costume changes in under a minute, which apparently is a record. She's also discovered Harry Potter and we're on book four at bedtime, I'm doing all the voices and I'm not very good at Hagrid.

We went to Portugal at Easter, first time on a plane for her. She spent the whole week in the pool and came back brown as a nut asking when we can go again.

Marmite the dog is still alive and kicking, he's grey round the chin now but still steals socks.

She asked me to ask you what your favourite animal is and whether you like Strictly. I think she's hoping you'll say yes to both.

Best wishes,
Nina (Mum)`,
    familyRecord: {
      surnames: ['Fairbrother'],
      addressLines: ['Flat 3, 19 Chatsworth Road'],
      towns: ['Walthamstow'],
      postcodes: ['E17 4QS'],
      watchWords: ['Greenleaf Primary', 'Walthamstow Ballet School'],
    },
    agreedNames: ['Lee', 'Ruby', 'Nina', 'Mum'],
  },
  {
    title: 'Ordinary: Welsh birth mother, own town and job in general terms',
    from: 'birth_relative',
    letter: `Dear Noah,

It's Bethan here. I hope you're ok and having a good summer. I loved the picture of you on your bike, your Mum says you can ride with no stabilisers now, that's brilliant. I remember being so scared of falling off when I was your age.

I'm still living in Swansea and I've started a new job at a care home, working nights mostly. It's hard work but I like the old people, one lady tells me about dancing with American soldiers in the war and I could listen to her all day.

I've been doing a lot of walking on the beach since I got my dog, she's a little staffie called Luna and she's soft as anything, she's scared of seagulls. I'll put a photo of her in if I'm allowed.

I watched the Wales football on the telly with my mam and we were shouting so loud the neighbour banged on the wall. Do you like football? Or is it rugby in your house?

I think about you every day, especially on your birthday. I hope you have the best one.

Love always,
Bethan x`,
    familyRecord: {
      surnames: ['Llewellyn'],
      addressLines: ['5 Bryn Celyn'],
      towns: ['Bridgend'],
      postcodes: ['CF31 2LT'],
      watchWords: ['Coety Park Primary', 'Bridgend Ravens Juniors'],
    },
    agreedNames: ['Noah', 'Bethan', 'Mum', 'Dad'],
  },
  {
    title:
      'Ordinary: Caribbean British adoptive parents to birth grandmother, Carnival and Mary Seacole',
    from: 'adoptive_family',
    letter: `Dear Nana Pat,

Greetings from all of us, Jayden included, who is currently lying on the floor pretending to do his homework. He's ten now and thinks he's about twenty.

We went to Carnival in August for the first time with him, he loved the steel bands and the sound systems but he loved the jerk chicken even more. His Grandma has been teaching him to make fried dumplings and he's getting good, though the kitchen looks like a bomb's gone off every time.

For Black History Month his class did projects and he chose Mary Seacole. He made a whole poster with a little nurse's bag stuck on, and he got a headteacher's award for it. He was walking on air.

He's still football crazy, Chelsea through and through, and he's started learning the steel pan in school on a Wednesday. The noise in the house is something else.

We had a lovely Christmas with the whole family, rice and peas, roast, the lot, and Grandma's rum cake (his slice was the no-rum kind!).

He sends you a big hug and says thank you for the birthday card, he's put the money in his piggy bank.

Warmest wishes,
Marcia and Andre`,
    familyRecord: {
      surnames: ['Morrison'],
      addressLines: ['118 Birchanger Road'],
      towns: ['Lewisham'],
      postcodes: ['SE13 6TW'],
      watchWords: ['Elmcroft Primary', 'Lewisham Lions Basketball'],
    },
    agreedNames: ['Nana Pat', 'Jayden', 'Marcia', 'Andre', 'Mum', 'Dad', 'Grandma'],
  },
  {
    title: 'Ordinary: Geordie adoptive mum, Bluey, the beach and Greggs',
    from: 'adoptive_family',
    letter: `Hiya Stacey,

Hope you're well pet. Lily's been on at me for weeks to get this letter written so here we are!

She's six now and full of beans. She's started swimming lessons and she's a proper little fish, she jumps straight in the deep end and I'm stood at the side with my heart in my mouth. She's also obsessed with Bluey, we've watched every episode about a hundred times and she makes us play Keepy Uppy with a balloon every night.

We had a day at the beach in the summer, freezing as usual, but she went in up to her knees and screamed the whole time and then wanted to go back in again. We had chips after and a seagull nicked her sausage, she still talks about it.

Her Dad's got her watching Newcastle with him now, she's got the shirt and everything. Mind, she mostly watches for the half time Greggs.

Our dog Bella had puppies in the spring, six of them, and Lily named every one, mostly after Bluey characters.

She sends a big kiss and her best drawing, it's of you, she says.

Love,
Donna and Lily xx`,
    familyRecord: {
      surnames: ['Robson'],
      addressLines: ['31 Whitley Terrace'],
      towns: ['Gateshead'],
      postcodes: ['NE9 6QB'],
      watchWords: ['Eastfield Primary', 'Gateshead Harriers Juniors'],
    },
    agreedNames: ['Stacey', 'Lily', 'Donna', 'Mam', 'Dad'],
  },
  {
    title: 'Ordinary: Midlands birth mother, driving test and college',
    from: 'birth_relative',
    letter: `Dear Harvey,

Hello me duck, it's Gemma. Thank you for your letter and for the photo of you in your school jumper, you look so grown up I had to look twice. Your Mum says you're reading chapter books now, that is amazing.

I've got some good news, I passed my driving test! Third time lucky. I was shaking the whole way round but I did it, and now I've got a little red car that makes a funny noise when it goes round corners. I've also started an access course at college, I want to be a nursery nurse one day, so I'm back doing homework like you.

In the summer I went to a wedding and danced all night, my feet were killing me after. I thought of you because they played that song from Frozen and all the kids went mad.

Do you still like dinosaurs? I saw a T-Rex at the museum and it made me think of you.

I hope you have a lovely Christmas and Santa brings you everything on your list.

Lots of love,
Gemma xx`,
    familyRecord: {
      surnames: ['Blackwell'],
      addressLines: ['8 Ferndale Close'],
      towns: ['Hinckley'],
      postcodes: ['LE10 0PN'],
      watchWords: ['Burbage Fields Primary', 'Hinckley Hornets FC'],
    },
    agreedNames: ['Harvey', 'Gemma', 'Mum', 'Dad'],
  },
  {
    title: 'Ordinary: Glasgow birth mother, Hogmanay and a hairdressing course',
    from: 'birth_relative',
    letter: `Hiya Ava,

It's Shannon. Happy New Year hen! I hope you had a magic Christmas and Santa was good to you. Your mum sent me the photo of you with your new scooter and your face was a picture.

Hogmanay was mental as usual. My auntie had the whole family round and we did the bells at midnight and sang Auld Lang Syne and my uncle fell asleep in the chair before eleven, every year he says he won't. I made steak pie on New Year's Day for the first time and nobody got food poisoning so I'm calling it a win.

I'm still in Glasgow and I'm doing a hairdressing course now, two days a week. I've been practising on my pals so if you ever see photos of dodgy fringes that's me.

Your mum says you've started dancing and you love it. I used to do Highland dancing when I was wee, I was rubbish but I loved the kilts.

I'm so proud of you Ava. Keep being kind and keep being you.

Love Shannon xxx`,
    familyRecord: {
      surnames: ['Kerr'],
      addressLines: ['11 Birch Wynd'],
      towns: ['Livingston'],
      postcodes: ['EH54 6GF'],
      watchWords: ['Dedridge Burn Primary', 'West Lothian Dance Academy'],
    },
    agreedNames: ['Ava', 'Shannon', 'Mum', 'Dad'],
  },
  {
    title: 'Ordinary: two dads, Greece, Minecraft and Cubs (club not named)',
    from: 'adoptive_family',
    letter: `Dear Kerry,

We hope you're keeping well. Leo is eight and a half and currently obsessed with three things: dinosaurs, Minecraft and telling terrible jokes. (What do you call a sleeping dinosaur? A dino-snore. You're welcome.)

We had a lovely summer. We spent two weeks in Greece on an island with a beach right outside the apartment, and he learnt to snorkel and saw an octopus, which he will tell you about in great detail if you ever give him the chance. He came home with a bag of shells and a very impressive tan line.

He's doing well at school, his reading has really taken off and he's always got his nose in a book, usually something with a dragon in it. He joined Cubs in September and has already got three badges sewn on, mostly by Daddy, who is better with a needle than Papa.

Christmas is his favourite time of year and he's already written his list. It's mostly Lego.

He's written you a little note inside, with a drawing of the octopus.

With very best wishes,
Tom and Ade (Papa and Daddy)`,
    familyRecord: {
      surnames: ['Whitaker-Osei'],
      addressLines: ['2 Mulberry Mews'],
      towns: ['Brighton'],
      postcodes: ['BN2 4RX'],
      watchWords: ['Carden Hill Primary', 'Preston Park Cubs'],
    },
    agreedNames: ['Kerry', 'Leo', 'Tom', 'Ade', 'Papa', 'Daddy'],
  },
  {
    title: 'Ordinary: British Gujarati adoptive family, Diwali, Navratri and India',
    from: 'adoptive_family',
    letter: `Dear Kelly,

Happy Diwali (a little late) from all of us! Anya helped me make the rangoli on the doorstep this year, she did the peacock all by herself with the coloured powder and then the wind blew half of it away, there were tears, but we fixed it.

We lit diyas all round the house and had fireworks in the garden, she held a sparkler for the first time and wrote her name in the air. Her Ba made mountains of sweets, ladoo and barfi and jalebi, and Anya ate so many she said she never wanted to see a sweet again. That lasted about a day.

In the autumn she did garba every evening for Navratri and she's got the moves now, she twirls round the kitchen in her chaniya choli whenever she can.

We went to India in the spring to see family in Gujarat, it was very hot and very loud and she loved every minute, especially the cousins and the monkeys.

She's seven now, doing well at school, and says she wants to be a vet or a pop star, she hasn't decided.

Warm wishes,
Priya and Nikhil`,
    familyRecord: {
      surnames: ['Mistry'],
      addressLines: ['17 Sandhills Avenue'],
      towns: ['Harrow'],
      postcodes: ['HA3 9PL'],
      watchWords: ['Belmont Heights Primary', 'Harrow Garba Group'],
    },
    agreedNames: ['Kelly', 'Anya', 'Priya', 'Nikhil', 'Ba', 'Mummy', 'Papa'],
  },
  {
    title: 'Ordinary: Yorkshire birth grandfather, Test cricket and pigeons',
    from: 'birth_relative',
    letter: `Now then Ethan,

Grandad Mick here. Your Mum and Dad say you've been picked for the cricket team at school, well done lad, that's the best news I've had all year. I played a bit myself when I was young, I were a slow bowler, very slow, some would say too slow.

I've been watching all the Test matches on the telly this summer. Joe Root is my favourite, a proper Yorkshireman, never gives his wicket away. You keep your eye on the ball like he does and you'll not go far wrong.

My pigeons are doing well. I've got twenty-odd now and one of them, Bessie, came back from France in record time, I was right chuffed. I'll tell you all about racing pigeons one day if you like, most people's eyes glaze over but you might be different.

I'm keeping well, bit of bother with my hip but nothing a new one won't fix.

Be good for your Mum and Dad, work hard, and have a grand Christmas.

All the best,
Grandad Mick`,
    familyRecord: {
      surnames: ['Thornton'],
      addressLines: ['23 Beck Lane'],
      towns: ['Skipton'],
      postcodes: ['BD23 1XY'],
      watchWords: ['Aireside Primary', 'Craven Cricket Club'],
    },
    agreedNames: ['Ethan', 'Grandad Mick', 'Mum', 'Dad'],
  },

  // ---------------------------------------------------------------------------
  // Letters with identifying details, each marked [[like this]].
  // ---------------------------------------------------------------------------
  {
    title:
      'Scottish birth grandfather writing formally: new address, postcode, landline, full name',
    from: 'birth_relative',
    letter: `Dear Callum,

I hope this letter finds you in good health and that you are enjoying the new school year. Your grandmother and I think of you often, and we were very pleased to receive your drawing of the lighthouse, which now hangs in the hall.

I should tell you, as I have told the agency, that we moved to a smaller house this spring. We are still in Edinburgh, but the new address is [[7 Craigleith Row]], [[EH4 2PJ]], and the telephone number is [[0131 496 0418]]. The stairs at the old house had become too much for my knees.

I was a keen rugby player in my youth, as you may have been told. I understand you have taken up the game yourself. Play hard, play fair, and always shake hands with the other side afterwards.

Your grandmother sends her love and asks whether you still have a sweet tooth for tablet. She has made a batch and will send some at Christmas if the agency permits it.

With warmest regards,

[[Alasdair McInnes]]
(Grandad)`,
    familyRecord: {
      surnames: ['Ferguson'],
      addressLines: ['3 Rowan Brae'],
      towns: ['Stirling'],
      postcodes: ['FK7 9QL'],
      watchWords: ['Braehead Primary', 'Stirling County Rugby Club'],
    },
    agreedNames: ['Callum', 'Grandad', 'Gran', 'Mum', 'Dad'],
  },
  {
    title: 'Welsh adoptive mum: moved town, Welsh-medium school and rugby club',
    from: 'adoptive_family',
    letter: `Annwyl Cerys,

Sorry this is a bit late, it's been a mad few months! Osian is doing brilliantly. He's seven and a half now (the half is very important) and he is rugby mad, he watched every Wales game in the Six Nations in his shirt shouting at the telly like an old man.

We moved to [[Llandeilo]] in the summer for Gareth's work and Osian started at [[Ysgol Teilo Sant]] in September. He's picking up his Welsh so fast he corrects my pronunciation now, cheeky thing. He's joined the under 8s at [[Llandeilo Juniors]] on a Sunday morning too, so I'm stood on a muddy touchline in the rain every week, but he loves it.

St David's Day was lovely, he went to school dressed as a farmer with a daffodil pinned on his jumper and we made Welsh cakes after, most of them got eaten before they'd cooled.

He asks about you sometimes, mostly whether you like rugby too! I said I'd ask. He's put a photo of his team in the envelope, faces turned away like the agency said.

Cofion cynnes,
Rhian and Gareth`,
    familyRecord: {
      surnames: ['Pryce'],
      addressLines: ['22 Heol y Nant'],
      towns: ['Llandeilo'],
      postcodes: ['SA19 6BN'],
      watchWords: ['Ysgol Gynradd Teilo Sant', 'Llandeilo Juniors RFC'],
    },
    agreedNames: ['Cerys', 'Osian', 'Rhian', 'Gareth', 'Mam', 'Dad'],
  },
  {
    title: 'Cornish adoptive family: gig club, dad’s bakery job, secondary school open evening',
    from: 'adoptive_family',
    letter: `Hi Leanne,

Hope you're well! Jago's had the best summer. He's learnt to surf properly, stood up on the board for ages at the end of August and the whole beach cheered (well, me and his Dad did). He's joined the juniors at [[Marazion Gig Club]] too so he's out rowing on a Saturday, his arms are like little tree trunks now.

Dave's got a new job doing the deliveries for [[Polglaze's Bakery]], so we get all the broken pasties, which Jago thinks is the best thing that's ever happened to this family.

He goes up to big school next year, we went round [[Penwith Vale Academy]] for the open evening and he was mostly interested in the canteen. Typical.

We're off camping in France at half term, first time abroad for him, he's already packed his bucket and spade and it's October, bless him.

He drew you a picture of a gig boat. He says the one at the front is him.

Take care, lots of love,
Sarah, Dave and Jago`,
    familyRecord: {
      surnames: ['Trethewey'],
      addressLines: ['4 Chapel Row'],
      towns: ['Marazion'],
      postcodes: ['TR17 0AD'],
      watchWords: ['Marazion Gig Club', 'Penwith Vale Academy', 'St Hilary School'],
    },
    agreedNames: ['Leanne', 'Jago', 'Sarah', 'Dave', 'Mum', 'Dad'],
  },
  {
    title: 'Northern adoptive mum: gymnastics club, new street, pub round the corner',
    from: 'adoptive_family',
    letter: `Dear Jade,

Alfie says hiya! He's eight now and honestly the energy on him, I don't know where it comes from. He's doing gymnastics twice a week at [[Calder Valley Gymnastics]] and he can do a back walkover now, he does them across the living room carpet every night whether we like it or not.

We've had a bit of news, we moved in the summer to a bigger house on [[Heather Close]], it's only round the corner from the old one so he's still at the same school with all his mates, which was the main thing for us. He's got his own bedroom now with a bunk bed so his cousin can stop over.

There's a big park at the end of our road and a chippy next to the [[Shoulder of Mutton]], so Friday tea is sorted.

He had his birthday party at the trampoline place, ten lads all bouncing off the walls, I needed a lie down after.

He's still got the teddy you gave him. It's looking a bit loved now, lost an ear in the wash, but it's on his pillow every night.

Lots of love,
Claire and Alfie`,
    familyRecord: {
      surnames: ['Greenwood'],
      addressLines: ['27 Heather Close'],
      towns: ['Todmorden'],
      postcodes: ['OL14 5RJ'],
      watchWords: ['Ridgefoot Primary', 'Calder Valley Gymnastics'],
    },
    agreedNames: ['Jade', 'Alfie', 'Claire', 'Mum'],
  },
  {
    title:
      'British Sikh adoptive family (Midlands): teacher’s surname, local gurdwara, mum’s hospital',
    from: 'adoptive_family',
    letter: `Dear Amy,

Sat sri akal from all of us! Simran wanted to start the letter herself so that greeting is in her handwriting, she's been practising.

She's nine now and loving school, Year 5 is hard work but she's top of her table for times tables and she wants me to tell you that. Her teacher Mrs [[Kaur-Bassi]] says she's a real helper in class.

We had Vaisakhi in April and she did kirtan with the other children at [[Sandwell Road Gurdwara]], I was so proud I cried, her Biji cried, everyone cried. Then she ate about four jalebis.

I've gone back to work now she's older, I'm doing three days a week on the children's ward at [[Smethwick General]], so Papa does the school run on those days and she says he's always late. Which is true.

Diwali was lovely, lots of diyas on the windowsill and sparklers in the garden. She says she hopes you had a nice Christmas and wants to know your favourite sweet.

With love,
Harpreet, Jas and Simran`,
    familyRecord: {
      surnames: ['Sandhu'],
      addressLines: ['61 Oakfield Road'],
      towns: ['Smethwick'],
      postcodes: ['B66 4JD'],
      watchWords: ['Brookfields Junior School', 'Sandwell Road Gurdwara'],
    },
    agreedNames: ['Amy', 'Simran', 'Harpreet', 'Jas', 'Biji', 'Papa', 'Mum'],
  },
  {
    title: 'Caribbean British birth grandmother (London): her new mobile, email and surname',
    from: 'birth_relative',
    letter: `Dear Malachi,

Granny Bev here, how is my big man? Your Mummy and Daddy sent the photo of you in your football kit and I show it to everybody at church, they must be sick of me by now but I don't care.

I had a lovely Christmas, we did the whole thing, rice and peas, curry goat, sorrel, and black cake with the fruit soaking since October. I saved you a slice in my head if not in real life!

I'm still in the same flat, but I have a new phone now because my grandson said the old one was from the Stone Age. If the agency say it's ok, the number is [[07700 900 482]], and I'm on the email now too, [[bev.campbell54@gmail.com]]. Look at me, modern.

I've been watching the Arsenal with my grandson, he's trying to make me a fan but I'm sticking with West Ham like your great-grandad.

Keep working hard at school and be good for your Mummy.

All my love, always and forever,
Granny Bev [[Campbell]]`,
    familyRecord: {
      surnames: ['Adeyemi'],
      addressLines: ['Flat 12, Heron Court'],
      towns: ['Croydon'],
      postcodes: ['CR0 6LS'],
      watchWords: ['Kingsdale Primary', 'Croydon Eagles FC'],
    },
    agreedNames: ['Malachi', 'Granny Bev', 'Mummy', 'Daddy'],
  },
  {
    title: 'Teenage birth brother: TikTok and Snapchat handles',
    from: 'birth_relative',
    letter: `hiya Lacey-Mae

its me Kayden, your big brother, hope your ok. mum said i should write this time instead of her so here it is lol. im 15 now and in year 10 which is stressful cos of GCSE options and that. i picked PE and music.

i play drums now!! i started in lockdown on a practice pad and now ive got a proper kit in the garage, our neighbours love me haha. i post my covers on tiktok, my tiktok is [[kaydendrums_07]] if you ever wanna watch when your older, and my snap is [[@k.woodz15]] but mum says the social worker will probably black that out anyway.

i still support city obviously. did you see the treble?? mad.

i remember when you were a baby you used to grab my hair and not let go, you were proper strong. mum showed me your photo where your on the swing and you look exactly like me when i was small, same stupid grin.

anyway write back if you want, tell me what music you like

from Kayden (your brother)`,
    familyRecord: {
      surnames: ['Hargreaves'],
      addressLines: ['16 Moorside Avenue'],
      towns: ['Bolton'],
      postcodes: ['BL1 7PE'],
      watchWords: ["St Peter's CE Primary", 'Astley Bridge Brownies'],
    },
    agreedNames: ['Lacey-Mae', 'Kayden', 'Mum'],
  },
  {
    title: 'Adoptive dad writing briefly: football club and the new car’s number plate',
    from: 'adoptive_family',
    letter: `Hi Dionne,

Dad here, Mum's away on a work thing so I'm doing the letter this year, sorry it's a short one, I'm not much of a writer.

Tyler's good. Football mad. He plays for the under 10s at [[Heaton Mersey FC]] and scored twice last week, I nearly lost my voice. Still loves Lego, still hates carrots.

We got a new car, he picked the colour (orange, thanks Tyler) and he's even learnt the number plate off by heart, [[MA71 KXD]], shouts it every time we walk across the car park.

Holiday was Spain, lots of pools, lots of chips.

He's a good lad. You'd be proud.

All the best,
Steve (Dad)`,
    familyRecord: {
      surnames: ['Whitworth'],
      addressLines: ['5 Lark Hill Road'],
      towns: ['Stockport'],
      postcodes: ['SK4 3EN'],
      watchWords: ['Heaton Mersey FC', 'Ladybridge Primary'],
    },
    agreedNames: ['Dionne', 'Tyler', 'Steve', 'Mum', 'Dad'],
  },
  {
    title:
      'Yorkshire adoptive mum: best friend’s full name, dance school, park, P.S. with new address',
    from: 'adoptive_family',
    letter: `Dear Danielle,

I hope you're well and had a good summer. Freya has had a brilliant few months. She's in Year 3 now and has a lovely teacher who she adores, and her best friend in the whole world is [[Ellie Barraclough]], the two of them are joined at the hip and have matching friendship bracelets.

She's been doing street dance at [[Oakwood Dance Academy]] since Easter and had her first show in July. She wore a sparkly cap and a massive grin and I don't think she stopped dancing for three days after.

We spend most weekends at [[Roundhay Park]] now that we're five minutes away, she's got brave on the big slide and feeds the ducks far too much bread.

Halloween is her new favourite, she was a pumpkin this year and did the whole street with her dad.

She's written you a letter herself, spellings all her own!

Love from Kate and Freya

P.S. For the letterbox team, sorry, I forgot to ring. Our new address is [[12 Wetherby Grove]], [[LS8 2QT]], from the 1st of September.`,
    familyRecord: {
      surnames: ['Barker'],
      addressLines: ['12 Wetherby Grove'],
      towns: ['Leeds'],
      postcodes: ['LS8 2QT'],
      watchWords: ['Oakwood Primary', 'Oakwood Dance Academy'],
    },
    agreedNames: ['Danielle', 'Freya', 'Kate', 'Mum', 'Dad'],
  },
  {
    title: 'Glasgow adoptive mum: football club, coach shouts the surname, club website',
    from: 'adoptive_family',
    letter: `Dear Nicola,

Hope this finds you well. Rory's just turned nine and is football daft, there's no other word for it. He plays for the under 10s at [[Possil Thistle]] on a Saturday morning and the coach calls all the boys by their surnames so he gets "[[MacLeod]]!" shouted at him across the pitch, he thinks it's the best thing ever, like he's a real player.

They've got their own website now with match reports, [[https://www.possilthistlefc.co.uk/juniors]], and he reads it every Sunday to see if he's mentioned. Twice so far.

School's fine, he says, which is all we get out of him. His teacher says he's a good reader but a bit of a chatterbox, no surprise there.

We had a trip to Spain in October and he spent the whole week in the pool and came back speaking about four words of Spanish which he uses constantly. Gracias.

He wanted to send you a photo from his birthday, it's in the envelope. He's the one with the chocolate round his mouth.

All the best,
Morag and Rory`,
    familyRecord: {
      surnames: ['MacLeod'],
      addressLines: ['18 Cairnhill Street'],
      towns: ['Glasgow'],
      postcodes: ['G20 8LP'],
      watchWords: ['Cairnhill Primary', 'Possil Thistle'],
    },
    agreedNames: ['Nicola', 'Rory', 'Morag', 'Mum', 'Dad'],
  },
  {
    title: 'Midlands birth mother: new flat address, postcode without space, email, surname',
    from: 'birth_relative',
    letter: `Dear Mason,

It's Toni, I hope your ok and had a nice birthday. I can't believe your 7!! Your Mum sent me a photo of your cake, a Sonic one, it looked amazing, I bet you ate loads.

I've got some news, I've moved into a new flat, its only small but it's got a little balcony and I've put some plants out there and I'm growing tomatoes, well trying to. I've told the agency but I'm putting it here as well just in case, it's [[Flat 6, 31 Holbrook Lane]], [[cv64ab]]. And I've finally got an email if that's easier for anyone, [[toni.brennan93@hotmail.co.uk]].

I've been doing lots of baking in the new kitchen, cupcakes mostly, I'm not bad now. When your older maybe we can do some together.

I still watch Coventry City with my brother, its the best day out, even when they lose which is a lot lol.

Love you loads and I hope you have a lovely Christmas.

Toni [[Brennan]] xxx`,
    familyRecord: {
      surnames: ['Gill'],
      addressLines: ['7 Sycamore Drive'],
      towns: ['Nuneaton'],
      postcodes: ['CV11 6RG'],
      watchWords: ['Weddington Fields Primary', 'Nuneaton Griff Juniors'],
    },
    agreedNames: ['Mason', 'Toni', 'Mum', 'Dad'],
  },
  {
    title: 'Cumbrian adoptive mum: dad’s joinery business, van plate, website, home town',
    from: 'adoptive_family',
    letter: `Dear Jess,

Hope all's well with you. It's been a busy old year up here! Poppy's eight now, horse mad, and has started riding lessons once a fortnight. She fell off last month and got straight back on, tough as old boots.

Big news is that Pete finally took the plunge and went self-employed. [[Kirkwood Joinery]] is up and running, he's doing kitchens and staircases mostly, and Poppy designed his logo, a little wonky tree, which is now painted on the side of the van. She's so proud she points it out to everyone, and she's learnt the number plate, [[PN19 KJX]], which she chants in the car.

He's even got a website now, [[www.kirkwoodjoinery.co.uk]], which Poppy thinks makes him famous. Honestly half of [[Kendal]] must know the van by now.

We had a week in a caravan in France in the summer, lots of cycling and croissants, and she swam in a lake for the first time.

She's done you a drawing of her favourite pony, he's called Jasper and he bites.

Love from,
Rachel, Pete and Poppy`,
    familyRecord: {
      surnames: ['Kirkwood'],
      addressLines: ['Low Fold Cottage'],
      towns: ['Kendal'],
      postcodes: ['LA9 7HD'],
      watchWords: ['Helsington Primary', 'Kendal Swimming Club', 'Kirkwood Joinery'],
    },
    agreedNames: ['Jess', 'Poppy', 'Rachel', 'Pete', 'Mum', 'Dad'],
  },
  {
    title:
      'London adoptive mum: school, teacher, best friend’s full name, where she plays football',
    from: 'adoptive_family',
    letter: `Hi Shauna,

Hope you're good. Amara's doing great, she's nine now and honestly she's got more of a social life than me and her dad put together.

She's in Year 5 at [[Lansbury Fields Primary]] and her teacher this year, Mr [[Okonkwo]], has really brought her on with her maths, she actually says she likes it now, which I never thought I'd hear. Her best mate is [[Tia Francis]] from two doors down and they're always in and out of each other's flats.

Saturday mornings we're down [[Hackney Marshes]] for her football, she plays in goal and she's fearless, dives at everyone's feet. I can't watch sometimes.

We went to Jamaica in the summer to see her Grandma's side of the family, her first time, and she came back with a sunburnt nose and a strong opinion on ackee and saltfish (she's a fan).

She wanted me to ask if you like Beyoncé because she's decided she's her biggest fan.

Take care of yourself,
Lorraine`,
    familyRecord: {
      surnames: ['Okafor-Reid'],
      addressLines: ['Flat 9, Marsden House'],
      towns: ['Hackney'],
      postcodes: ['E9 5JN'],
      watchWords: ['Lansbury Fields Primary', 'Hackney Wick Tigers'],
    },
    agreedNames: ['Shauna', 'Amara', 'Lorraine', 'Mum', 'Dad', 'Grandma'],
  },
  {
    title: 'Potteries adoptive mum: netball club, garden centre job, landline in brackets',
    from: 'adoptive_family',
    letter: `Dear Kayleigh,

Evie is eleven now and off to high school in September, which I'm not ready for at all. She's taller than me in her trainers and she's started rolling her eyes at everything I say, so I think we've officially got a pre-teen on our hands.

She's playing netball for [[Potteries Panthers]] and she's wing attack, she takes it very seriously, there's a whiteboard in her bedroom with tactics on. They won the league in May and she hasn't taken the medal off since.

I've gone back to work part time at [[Bentley's Garden Centre]], so we've got more plants in the house than we know what to do with, Evie's named them all.

She asked again about meeting up one day and we've said we'll talk to the agency about it when she's a bit older. If it helps to talk it over first, they can pass on my number, it's [[(01632) 960 713]], I'd rather you hear it from me that we're open to it.

She's done you a card with a drawing of our rabbit, Nibbles, who is a menace.

Warm wishes,
Sue`,
    familyRecord: {
      surnames: ['Hulme'],
      addressLines: ['54 Kiln Lane'],
      towns: ['Stoke-on-Trent'],
      postcodes: ['ST3 5QR'],
      watchWords: ['Longton Park Academy', 'Potteries Panthers'],
    },
    agreedNames: ['Kayleigh', 'Evie', 'Sue', 'Mum', 'Dad'],
  },
  {
    title: 'Caribbean British birth aunt (Bristol): cake business website, Instagram, +44 mobile',
    from: 'birth_relative',
    letter: `Dear Nia,

It's your Auntie Claudette! I hope you're keeping well darling and that school is treating you nice. Your mum told me you got a gold star for your story about the dragon, I want to read it one day.

Big news from me, I've gone and started my own cake business from my kitchen! Birthday cakes, wedding cakes, all sorts, and a proper Jamaican black cake at Christmas like your great-grandmother used to make. It's taking off more than I ever expected, I'm up at five some mornings piping roses.

Your cousins helped me set everything up. I've got a little website now, [[claudettescakes.co.uk]], and they made me an Instagram, [[@auntieclaudettebakes]], which they tell me is very important. If the grown-ups ever want to get in touch my work number is [[+44 7700 900615]].

I've been going to the carnival every summer like always, dancing behind the trucks till my feet hurt. One day I hope you'll come.

Stay sweet, study hard, and give your mum a hug from me.

All my love,
Auntie Claudette xx`,
    familyRecord: {
      surnames: ['Pennington'],
      addressLines: ['3 Quarry Rise'],
      towns: ['Chippenham'],
      postcodes: ['SN15 3WL'],
      watchWords: ['Monkton Fields Primary', 'Chippenham Dolphins'],
    },
    agreedNames: ['Nia', 'Auntie Claudette', 'Mum', 'Dad'],
  },
  {
    title:
      'Sheffield adoptive mum: cricket club, surname nickname, car reg, pub behind grandparents',
    from: 'adoptive_family',
    letter: `Hi Carly,

Ollie says ey up! He's ten now and cricket has taken over our lives. He's at the nets three nights a week at [[Heeley Bank]] and the lads in his team all call him [[Fletch]], which he absolutely loves, he even asked to have it printed on the back of his shirt.

We've finally got a bigger car so we can fit the cricket bags and the dog in, a grey estate, and he already knows the reg off by heart, [[YK66 TWR]], he says it's so he can find it in the car park.

Nan and Grandad moved closer this year, they're in a bungalow right behind the [[Heeley Tavern]] so Ollie goes round for his tea on a Tuesday and gets spoilt rotten.

We had a week in Wales in a cottage with no wifi, he survived, just about.

School is going well, his reading age is above his age now and his teacher says he writes lovely stories, mostly about cricket.

He's put you a photo of him in his whites.

Take care,
Jo and Ollie`,
    familyRecord: {
      surnames: ['Fletcher'],
      addressLines: ['86 Coniston Road'],
      towns: ['Sheffield'],
      postcodes: ['S8 0UB'],
      watchWords: ['Cliffe Edge Primary', 'Heeley Bank Cricket Club'],
    },
    agreedNames: ['Carly', 'Ollie', 'Jo', 'Nan', 'Grandad', 'Mum', 'Dad'],
  },
  {
    title:
      'Welsh birth grandmother (Nain): cottage address, postcode, landline with dashes, email, full name',
    from: 'birth_relative',
    letter: `Annwyl Elin,

Nain here, cariad. Thank you for the lovely card and the photo of you with the lambs, you looked so happy holding that little one. Your Mam says you helped bottle feed them every morning before school, well done you.

I have some news. I have moved out of the farmhouse at last, it was far too big for one old lady, and I am in a little cottage now with a garden just the right size. The address is [[Bwthyn Celyn, 4 Lôn Ysgol]], [[LL53 6RE]], if the agency would be kind enough to put it on the file. My telephone has changed too, it is [[01632-960-224]], and my granddaughter has set me up with an email, [[nain.gwenda.hughes@btinternet.com]], though I am still not sure where the letters go.

I went to the Eisteddfod in August and listened to the choirs all day, it made me cry, it always does.

Keep singing, cariad, you have a beautiful voice, your Mam told me.

Cariad mawr,
Nain
([[Gwenda Hughes]])`,
    familyRecord: {
      surnames: ['Vaughan'],
      addressLines: ['Tŷ Gwyn, 2 Ffordd Newydd'],
      towns: ['Ruthin'],
      postcodes: ['LL15 1AB'],
      watchWords: ['Ysgol Llanfair Dyffryn', 'Ruthin Young Farmers'],
    },
    agreedNames: ['Elin', 'Nain', 'Mam', 'Dad'],
  },
  {
    title:
      'British Bangladeshi adoptive family (London): surname, masjid, dad’s restaurant, street, park',
    from: 'adoptive_family',
    letter: `Dear Jodie,

Assalamu alaikum and hello! I hope you are well. Ayaan is eight now and such a character, he keeps us all laughing.

Eid this year was the biggest one yet, the whole [[Rahman]] side came over, twenty-three people in our little flat, and Ayaan went round everyone collecting salami like a little banker. He went to Eid prayers with his Abbu at [[Bow Common Masjid]] in his new panjabi and insisted on a photo with every single uncle.

Abbu has finally opened his own restaurant, [[Shapla Spice]] on [[Roman Road]], and Ayaan thinks he owns the place, he sits at the front table doing his homework and telling customers what to order. Mostly the mango lassi.

He goes on his scooter to [[Mile End Park]] every evening in the summer and he's learnt to do a little jump off the kerb, which gives me a heart attack every time.

We are planning to visit Sylhet next year so he can meet his great-grandmother, he's already practising his Bangla.

Best wishes,
Nasreen`,
    familyRecord: {
      surnames: ['Rahman'],
      addressLines: ['Flat 22, Cordelia House'],
      towns: ['Bow'],
      postcodes: ['E3 4TQ'],
      watchWords: ['Roman Road Primary', 'Bow Common Masjid'],
    },
    agreedNames: ['Jodie', 'Ayaan', 'Nasreen', 'Ammu', 'Abbu', 'Mum', 'Dad'],
  },
  {
    title:
      'British Gujarati adoptive family (Midlands): moved town, school, dance school, Diwali lights street',
    from: 'adoptive_family',
    letter: `Dear Becky,

Namaste and hello from all of us! Anika is ten now and growing up so fast.

Since we moved to [[Oadby]] last spring she's settled in really well. She's at [[Manor Brook Primary]], which is just across the road from us, so she's been allowed to walk on her own for the first time this year, with me watching from the window of course.

She's been learning Bharatanatyam at [[Natya Kala]] every Saturday and did her first performance at the Diwali show. The costume, the bells on her ankles, the eyes, she looked like a little goddess and I cried through the whole thing.

We went down to see the Diwali lights on [[Belgrave Road]] the night they switched them on, it was so packed we could hardly move but she loved the fireworks and we had a plate of pani puri each standing on the pavement.

She's really into reading now, Jacqueline Wilson and anything about horses.

She's made you a Diwali card with a diya on the front.

Love,
Meera and Raj`,
    familyRecord: {
      surnames: ['Patel'],
      addressLines: ['29 Glenfield Drive'],
      towns: ['Oadby'],
      postcodes: ['LE2 4FW'],
      watchWords: ['Manor Brook Primary', 'Natya Kala'],
    },
    agreedNames: ['Becky', 'Anika', 'Meera', 'Raj', 'Mum', 'Dad'],
  },
  {
    title: 'Scouse adoptive mum: scout group, park, her own email',
    from: 'adoptive_family',
    letter: `Hiya Shelley,

Hope you're ok and had a boss summer. Kian's doing dead well. He's eleven now and he's just started at big school, he looks about five in his blazer, it's massive on him, we bought it to grow into.

He's been going to [[14th Wavertree Scouts]] for two years now and went on his first proper camp in July, four nights under canvas in the pouring rain and he came back filthy and the happiest I've ever seen him. He's working on his cooking badge so we've had a lot of beans on toast.

We're always over [[Sefton Park]] on a Sunday, him on his bike and me jogging behind shouting slow down. The ice cream van man knows him by name now.

He's still a Red, obviously, and he's got his first season ticket with his Dad this year.

If you ever want to send anything quicker than the letterbox the agency have my email, it's [[nicky.mcgrath78@outlook.com]], they said it's up to you.

Loads of love,
Nicky`,
    familyRecord: {
      surnames: ['McGrath'],
      addressLines: ['17 Aigburth Vale Mews'],
      towns: ['Liverpool'],
      postcodes: ['L17 8UE'],
      watchWords: ["St Bernadette's Catholic Primary", '14th Wavertree Scouts'],
    },
    agreedNames: ['Shelley', 'Kian', 'Nicky', 'Mum', 'Dad'],
  },
  {
    title:
      'Teenage birth sister (Cornwall): Instagram with full name, TikTok with @, signs with surname',
    from: 'birth_relative',
    letter: `hey Jory!!

its Demelza, your sister. i hope you dont mind me writing, mum said i could do my own letter this year cos im 16 now. i just finished my GCSEs and i got a 7 in art which i was NOT expecting, so now im doing art and photography at college in september.

im working in a surf shop for the summer, its mostly folding hoodies but i get a discount so its worth it. ive been surfing loads, i only fell off like 50 times.

if you ever wanna see my photos my insta is [[demelza.penhaligon]] and i post my drawings on [[@dem_draws_stuff]] on tiktok. (the social workers might cross that out haha).

mum keeps everything you send in a box in her room, the drawings and the school photos. you look so like our nan in the last one its actually scary.

anyway i hope your having a good summer. what do you like doing? do you still like dinosaurs or is that a baby thing now lol

love you loads
Demelza [[Penhaligon]] xx`,
    familyRecord: {
      surnames: ['Ashworth'],
      addressLines: ['6 Meadow Bank'],
      towns: ['Tavistock'],
      postcodes: ['PL19 8QW'],
      watchWords: ['Whitchurch Down Primary', 'Tavistock Otters'],
    },
    agreedNames: ['Jory', 'Demelza', 'Mum'],
  },
  {
    title: 'North East adoptive mum: school, teacher, two friends’ full names, surname nickname',
    from: 'adoptive_family',
    letter: `Dear Chantelle,

Hope you're keeping well. Harry has had a canny year. He's in Year 6 at [[Riverside Fields Primary]] now, top of the school, and he's taking it very seriously, he's a playground buddy for the little ones and he wears his badge everywhere, even to Asda.

His teacher this year is Mrs [[Appleby]] and she's been brilliant with him, he's gone from hating writing to writing four pages about a dragon. His best mates are [[Maisie Dunn]] and [[Kyle Robson]] and the three of them are never apart, the mams call them the Three Musketeers. The lads at football all call him [[Jonesy]] like his dad and grandad before him.

SATs are in May and he's a bit worried but we keep telling him just do his best.

We went to Tenerife at half term, he did a dolphin trip and saw a whole pod, he's still talking about it.

He's got his school photo in for you this time, he did his own hair for it, you'll see.

Best wishes,
Lisa and Harry`,
    familyRecord: {
      surnames: ['Jones'],
      addressLines: ['10 Prebends Walk'],
      towns: ['Chester-le-Street'],
      postcodes: ['DH3 3NE'],
      watchWords: ['Riverside Fields Primary', 'Chester-le-Street Juniors FC'],
    },
    agreedNames: ['Chantelle', 'Harry', 'Lisa', 'Mam', 'Dad'],
  },
]
