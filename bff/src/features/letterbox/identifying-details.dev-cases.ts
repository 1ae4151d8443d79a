// Development letters for the identifying-details check: fictional, written for tuning the rules.
// Details a reviewer should see are marked [[like this]]. The held-out set lives elsewhere and is
// never used for tuning. Phone numbers are Ofcom drama numbers; postcodes and people are invented.

export interface LetterCase {
  title: string
  from: 'adoptive_family' | 'birth_relative'
  /** Details a reviewer should see are marked [[like this]]. */
  letter: string
  familyRecord: {
    surnames: string[]
    addressLines: string[]
    towns: string[]
    postcodes: string[]
    watchWords: string[]
  }
  agreedNames: string[]
}

const thompson = {
  surnames: ['Thompson'],
  addressLines: ['14 Mill Lane'],
  towns: ['Otley'],
  postcodes: ['LS21 3AB'],
  watchWords: ['Oakfield Primary', 'Otley Harriers'],
}
const thompsonNames = ['Jessie', 'Sarah', 'Claire', 'Mark']

const morgan = {
  surnames: ['Morgan'],
  addressLines: ['7 Cherry Tree Close'],
  towns: ['Wakefield', 'Sandal'],
  postcodes: ['WF2 6QT'],
  watchWords: ['Sandal Magna', 'Wakefield Trinity Juniors'],
}
const morganNames = ['Leo', 'Kayleigh', 'Becky', 'Tom']

const fletcher = {
  surnames: ['Fletcher'],
  addressLines: ['2 Westfield Terrace'],
  towns: ['Horsforth'],
  postcodes: ['LS18 5PD'],
  watchWords: ['Broadgate Primary'],
}
const fletcherNames = ['Amira', 'Nadia', 'Hannah', 'Rob']

const shahWilson = {
  surnames: ['Shah-Wilson'],
  addressLines: ['41 Kingsway'],
  towns: ['Harrogate'],
  postcodes: ['HG1 4RT'],
  watchWords: ['Western Primary', 'Harrogate Railway'],
}
const shahWilsonNames = ['Oscar', 'Dawn', 'Priya', 'James']

const pearson = {
  surnames: ['Pearson'],
  addressLines: ['88 Carr Road'],
  towns: ['Keighley'],
  postcodes: ['BD21 2NX'],
  watchWords: ["Riddlesden St Mary's"],
}
const pearsonNames = ['Ellie', 'Michelle', 'Sam', 'Jo']

const hughes = {
  surnames: ['Hughes'],
  addressLines: ['23 Beech Grove', 'Crossgates'],
  towns: ['Leeds'],
  postcodes: ['LS15 8HJ'],
  watchWords: ['Manston Primary', 'Crossgates Rangers'],
}
const hughesNames = ['Tyler', 'Gemma', 'Lisa', 'Dan']

const barker = {
  surnames: ['Barker'],
  addressLines: ['5 Ash Court'],
  towns: ['Pontefract'],
  postcodes: ['WF8 2LL'],
  watchWords: ['Carleton Park Juniors'],
}
const barkerNames = ['Harvey', 'Jade', 'Nicola', 'Steve']

const ashworth = {
  surnames: ['Ashworth'],
  addressLines: ['12 Beckside Gardens'],
  towns: ['Ilkley'],
  postcodes: ['LS29 9DE'],
  watchWords: ['Ashlands Primary'],
}
const ashworthNames = ['Maisie', 'Laura', 'Kate', 'Ben']

const okafor = {
  surnames: ['Okafor'],
  addressLines: ['9 Larkfield Drive', 'Rawdon'],
  towns: ['Leeds', 'Rawdon'],
  postcodes: ['LS19 6EB'],
  watchWords: ['Littlemoor Primary'],
}
const okaforNames = ['Kai', 'Danielle', 'Chris', 'Mel']

export const devLetters: LetterCase[] = [
  {
    title: 'Christmas round-up with nothing identifying',
    from: 'adoptive_family',
    letter: `Dear Sarah,

We hope you are keeping well and had a peaceful Christmas. Jessie has had a wonderful few months. She is seven now and has shot up so much that her school trousers are already too short again!

Christmas was a busy one. Santa brought her a huge Lego set, a castle with a dragon, and she spent all of Boxing Day building it with Mark. She also got a Frozen nightie from her grandma that she refuses to take off. In December she was a shepherd in the Nativity and remembered all her lines, which she was very proud of.

Her reading is coming on brilliantly. At the moment she loves the Worst Witch books and we read a chapter together every night. Maths is still a bit of a struggle but her teacher says she tries very hard.

In February half term we are hoping to go to Wales for a few days if the weather is kind. She has asked if she can take her bike.

Jessie drew you the picture of a snowman that is enclosed. She asked us to tell you she likes purple best now, not pink.

With warm wishes,
Claire and Mark`,
    familyRecord: thompson,
    agreedNames: thompsonNames,
  },
  {
    title: 'New school year, teacher, friend and the walk to school',
    from: 'adoptive_family',
    letter: `Dear Sarah,

It has been a big term for Jessie. In September she moved up into Year 3 at [[Oakfield Primary]] and she has settled in really well. Her new teacher, [[Mr Hargreaves]], plays the guitar in assembly and she thinks he is the funniest person alive.

Most mornings we walk to school together along [[Mill Lane]] and she counts the ducks on the beck. She has made a new friend called [[Poppy]] and they are inseparable. They have decided they are going to be vets when they grow up.

In October she ran in the cross-country for the school and came ninth out of forty, which she was thrilled with. She has asked if she can join a running club next year.

At home she has been helping Mark in the garden and we grew far too many courgettes. She also learnt to ride her bike without stabilisers in the summer, after weeks of trying!

She has written you a little note of her own and chosen a photo of her in her new uniform.

Warm wishes,
Claire and Mark`,
    familyRecord: thompson,
    agreedNames: thompsonNames,
  },
  {
    title: 'Adopter offers a mobile number and an email',
    from: 'adoptive_family',
    letter: `Dear Kayleigh,

Thank you so much for your last letter and the lovely card for Leo's birthday. He kept it on his windowsill for weeks.

Leo turned five in May and had a party with a bouncy castle in the garden. He has just finished his first year at school and his report said he is kind and always helps other children tidy up, which made us very proud. He is still obsessed with dinosaurs and can tell you far more about the Stegosaurus than we ever wanted to know.

We know the letters can feel slow sometimes. Becky wanted to say that if you ever want to send something quickly you can text her on [[07700 900 461]] or email [[becky.morgan84@gmail.com]].

Over the summer we went camping in Norfolk and Leo caught his first crab off the harbour wall. He named it Colin and cried when we put it back.

He sends you a big hug and a picture of a T-rex wearing a party hat.

Best wishes,
Becky and Tom`,
    familyRecord: morgan,
    agreedNames: morganNames,
  },
  {
    title: 'Birth mother shares Instagram and TikTok',
    from: 'birth_relative',
    letter: `Hi Becky and Tom and my beautiful Leo,

Thank you for the photos, I cried happy tears when I saw him on his bike. He looks so like my dad did at that age.

Things are better for me this year. I've finished my course at college and I passed, so I'm a qualified hairdresser now. I'm renting a chair at a salon two days a week and building up my clients. My counsellor says I should be proud of myself and I am.

I know we're meant to keep to the letters but I wanted you to know I'm on insta now if you ever want to see my hair work, it's [[kayleigh_hair_x]], and my tiktok is [[@kaylzbeauty]]. Only if you think it's OK.

Leo, I hope you're being good for your mum and dad. I bought you a dinosaur book, I hope you don't have it already. I think about you every day.

Love always,
Kayleigh xxx`,
    familyRecord: morgan,
    agreedNames: morganNames,
  },
  {
    title: 'Brownies at a named church and a running club',
    from: 'adoptive_family',
    letter: `Dear Nadia,

Amira is eight now and full of beans. She has really found her feet this year with clubs and activities. On Tuesday evenings she goes to Brownies at [[St Margaret's]] church hall and has earned her cooking badge, so we have had a lot of fairy cakes. On Saturdays she trains with [[Kirkstall Harriers]] and has started doing the junior parkrun on Sunday mornings too. She says running makes her feel like a cheetah.

School is going well. Her favourite subject is science and she did a project on volcanoes that ended with a very messy explosion in our kitchen. She is still a little anxious at bedtime, but less than before, and she likes to talk through her day with Hannah before sleep.

In the summer we went to Cornwall and she went bodyboarding for the first time. She was fearless!

She asked me to say she still has the teddy you gave her, and he is called Mr Buttons.

With love and best wishes,
Hannah and Rob`,
    familyRecord: fletcher,
    agreedNames: fletcherNames,
  },
  {
    title: 'Both adopters name their employers',
    from: 'adoptive_family',
    letter: `Dear Dawn,

I hope this finds you well and that your hip is feeling better after the operation. Oscar asked me to say he hopes you can go on walks again soon.

It has been a year of changes for us. I have gone back to work three days a week as a nurse at [[Harrogate District Hospital]], so Oscar now goes to breakfast club on those mornings, which he loves because they have toast with chocolate spread. James has also changed jobs and now works for [[Yorkshire Water]], so he is out and about in his van a lot, and Oscar likes to spot the vans when we are driving.

Oscar is six and a half (the half is very important). He has lost both his front teeth and has a fantastic gappy grin. He is reading on his own now and his favourite books are the Dog Man series.

We had a lovely week at Center Parcs in the spring and he swam in the deep end for the first time.

He has drawn you a picture of our family with our cat.

Warm regards,
Priya and James`,
    familyRecord: shahWilson,
    agreedNames: shahWilsonNames,
  },
  {
    title: 'Nickname, key worker, friends and a swimming teacher',
    from: 'adoptive_family',
    letter: `Dear Michelle,

Ellie turned four in March and she is such a character. At home we call her [[Bean]] because she never sits still, and she has started calling herself that too.

She goes to nursery three mornings a week and her key worker [[Hayley]] says she is the chattiest child in the room. Her best friends are [[Isla]] and [[Reuben]], and the three of them spend most of the morning in the mud kitchen. Ellie comes home covered head to toe and very happy.

She has started swimming lessons on a Saturday with [[Mrs Dobson]], who is very patient, and she can now put her face in the water.

Her favourite things at the moment are Bluey, puddles, and strawberries. She has also decided she wants to be a firefighter, a ballerina and a dinosaur.

We went to the seaside at Scarborough in August and she ate her first ever ice cream with a flake. She talked about it for days.

She chose the glittery card for you herself.

Best wishes,
Sam and Jo`,
    familyRecord: pearson,
    agreedNames: pearsonNames,
  },
  {
    title: 'Child insists on giving the new address',
    from: 'adoptive_family',
    letter: `Dear Gemma,

Tyler has had a great summer. We finally moved house in July, to a bigger place with a garden so he has room for a trampoline at last. He helped pack his own boxes and labelled every single one "TOYS", even the kitchen ones.

He wanted me to tell you the new address so you could send him a birthday card: it's [[23 Beech Grove]], [[Crossgates]], [[ls15 8hj]]. (I know this will probably get taken out but he insisted.)

Tyler starts Year 5 in September. He is nervous about having a new teacher but excited that his class get to use the big playground. He has been reading Diary of a Wimpy Kid non-stop and laughs out loud at them in bed.

He has grown two inches since Easter and eats us out of house and home. His favourite dinner is still spaghetti bolognese.

We spent a week in a caravan in Filey and he spent hours rock-pooling. He caught a little crab and a shrimp and was very gentle with them.

Best wishes,
Lisa and Dan`,
    familyRecord: hughes,
    agreedNames: hughesNames,
  },
  {
    title: 'Football shirt, Minecraft and Spain with nothing identifying',
    from: 'adoptive_family',
    letter: `Dear Gemma,

Happy New Year! We hope you had a good Christmas. Tyler had a brilliant one. He got a new Leeds United shirt and has worn it almost every day since, including to bed. He watched the match on Boxing Day with Dan and did not stop talking about it until the New Year.

He has also become very into Minecraft and spends a lot of time building enormous houses with secret tunnels. We try to limit screen time but he has persuaded us that it counts as architecture.

In October half term we went to Spain for a week, his first time on a plane. He was nervous on take-off but loved looking at the clouds. He swam every day and tried squid, which he said tasted like rubbery chicken.

His school report said he is a thoughtful boy who always stands up for others. We were so proud. He is still finding spelling tricky but he works hard at it.

He has asked us to say thank you for the football annual you sent last year, he still reads it.

Warm wishes,
Lisa and Dan`,
    familyRecord: hughes,
    agreedNames: hughesNames,
  },
  {
    title: 'Birth grandmother gives her new area, number and where the birth mother works',
    from: 'birth_relative',
    letter: `Dear Lisa and Dan and Tyler,

Thank you for the letter and the school photo, it's on my fridge and I show everyone. He's getting so big and handsome.

I have some news. I moved in the spring, I'm in a ground floor flat now in [[Seacroft]] because of my knees, so no more stairs. It's nice and I've got a little patch of garden for my tomatoes. My new phone number is [[0113 496 0582]] if you ever need it.

Gemma is doing OK, she's working at the big [[Morrisons]] on the ring road and she's been there nearly a year now which is a record for her. She asked me to send her love.

Tyler, your nanna is very proud of you. I hear you like football. Your grandad, God rest him, was a big Leeds fan too, so it must be in the blood.

Take care of each other.

Lots of love,
Nanna Carol xx`,
    familyRecord: hughes,
    agreedNames: [...hughesNames, 'Nanna Carol'],
  },
  {
    title: 'Number plate of the new family car',
    from: 'adoptive_family',
    letter: `Dear Jade,

Harvey is nine now and absolutely car mad. He knows every make and model on the road and shouts them out from the back seat. For his birthday Steve took him to a classic car show and he sat in an old Mini and didn't want to get out.

We finally replaced our old car this spring and Harvey was in charge of choosing the colour. He went for bright orange, so we are easy to spot! He has even memorised the number plate, [[YK21 BFD]], and tells anyone who will listen.

School has been good. He has been picked for the school football team and they play matches on Wednesday afternoons against other schools. He scored his first goal last month and did a knee slide across the muddy pitch, to the horror of whoever washes his kit (me).

He has been doing well with his reading, especially anything about cars or football. He is also learning the trumpet, which is very loud.

Harvey wanted to send you a drawing of his dream car. We hope you are well.

Best wishes,
Nicola and Steve`,
    familyRecord: barker,
    agreedNames: barkerNames,
  },
  {
    title: 'Dance school and its website',
    from: 'adoptive_family',
    letter: `Dear Laura,

Maisie has discovered dancing! Since the autumn she has been going to [[Starlight Dance Academy]] every Saturday morning for ballet and tap, and she practises her shuffles on the kitchen floor all week. In December she was a snowflake in their Christmas show. She was so nervous beforehand but the moment the music started she beamed the whole way through.

The dance school put a short film of the show on their website, [[www.starlightdance-ilkley.co.uk]], and Kate has watched it about a hundred times.

She is in Year 1 now and has learnt to write her name in joined-up writing, which she is very proud of. Her favourite book is The Tiger Who Came to Tea and she likes to act it out with her toys.

We had a quiet Christmas at home with the grandparents. Maisie loved her new scooter and has fallen off it only twice.

She asked us to say that she likes your letters because they have stickers in them.

With love,
Kate and Ben`,
    familyRecord: ashworth,
    agreedNames: ashworthNames,
  },
  {
    title: 'Child signs with the family surname',
    from: 'adoptive_family',
    letter: `Dear Sarah,

Jessie wanted to write most of this letter herself this time, so the bit below is all hers, spelling and all, with a little help from me.

'Dear Sarah. I am 8 now. I am in Year 3 and I like horses and drawing. My best friend is [[Poppy]] and we play unicorns at playtime. I have got a hamster called Nibbles and he is very fluffy and he bit Dad once. At the weekend I went to a party at [[Funky Monkeys]] and I went on the big slide 20 times. I got a sticker for reading. Love from Jessie [[Thompson]]'

As you can see she is doing well! Her writing has come on so much this year. We are still working on full stops.

Thank you for the bracelet you sent for her birthday. She wears it every day and has told everyone at school about it.

Best wishes,
Claire and Mark`,
    familyRecord: thompson,
    agreedNames: thompsonNames,
  },
  {
    title: 'Birth mother writes about her new job, nothing identifying',
    from: 'birth_relative',
    letter: `Dear Becky, Tom and Leo,

I hope you are all well. Thank you for the letter and the photos. I love the one of Leo in his school jumper, he looks so grown up. I keep it in my purse.

I've been doing OK. I've got a new job in a café a few days a week and the people are nice. I'm learning to make fancy coffees with pictures in the foam. I've been going to the gym as well and I feel a lot healthier.

My mum sends her love. She's been poorly over the winter but she's on the mend now. She knitted the hat in this parcel for Leo, she hopes it fits.

Leo, I'm so happy you like dinosaurs. When I was little I liked them too. Did you know a Stegosaurus had a brain the size of a walnut? Your mum told me you know lots of dinosaur facts so maybe you knew that already.

I hope you have a lovely summer. Please have an ice cream for me.

Love from
Kayleigh xx`,
    familyRecord: morgan,
    agreedNames: morganNames,
  },
  {
    title: 'Junior football club, its ground and the coach',
    from: 'adoptive_family',
    letter: `Dear Danielle,

Kai has had a brilliant year and football has taken over our lives! He plays for the under-9s at [[Guiseley Juniors]] and they train on Thursday nights and play every Sunday morning at [[Nunroyd Park]]. He is a defender and takes it very seriously, he even shouts "man on!" at the telly.

His coach, [[Gaz]], says Kai is the most improved player on the team this season. We have never seen him so proud as when he was given player of the match.

At school he is in Year 4 and loves science and PE. He finds writing harder and gets frustrated, but his teacher has given him a special pencil grip and it is helping.

We had a week in Northumberland in the summer holidays and he saw puffins and seals on a boat trip. He took about three hundred photos of the same seal.

He asked me to tell you he has lost four teeth this year and the tooth fairy is "quite generous".

Best wishes,
Chris and Mel`,
    familyRecord: okafor,
    agreedNames: okaforNames,
  },
  {
    title: 'Church choir, the vicar and an art teacher',
    from: 'adoptive_family',
    letter: `Dear Tina,

We hope you are well and that your new flat is feeling like home.

Grace has been doing really well. She is ten now and is starting to feel very grown up. She has asked to have her ears pierced and we have said maybe for her eleventh birthday.

Church is a big part of our week and Grace has just joined the children's choir at [[St Andrew's]]. She sang a solo at the Christmas carol service and [[Reverend Mills]] said it was the best Silent Night he had heard in years. We were so proud.

She has also been going to a Saturday art class run by a lovely lady called [[Bernadette]], and she has been painting birds. One of her paintings was put up in the library.

She is in her last year at primary school and we are starting to look at secondary schools, which is a little daunting for all of us.

At Easter we went to see family in London and she went on the London Eye. She said she could see all the way to France (she couldn't).

With warm wishes,
Ruth and Paul`,
    familyRecord: {
      surnames: ['Adeyemi'],
      addressLines: ['31 Park View Road'],
      towns: ['Wakefield', 'Outwood'],
      postcodes: ['WF1 3JR'],
      watchWords: ['Outwood Academy'],
    },
    agreedNames: ['Grace', 'Tina', 'Ruth', 'Paul'],
  },
  {
    title: 'Starting school, cartoons and Wales with nothing identifying',
    from: 'adoptive_family',
    letter: `Dear Michelle,

Ellie is five now and has started school! She was very brave on her first day. She marched in with her big book bag and didn't look back, although Jo cried all the way home.

She is loving Reception. Every day she comes home with a new song or a new fact. This week it has been about hedgehogs and she wants us to build a hedgehog house in the garden. Her favourite part of school is PE because they get to use the big apparatus.

At home she still loves Peppa Pig but she says she is "too old for it now" and watches it when she thinks we are not looking. She has moved on to Paw Patrol and wants to be Skye when she grows up.

For her birthday in March she had a small party with a cake shaped like a unicorn. Grandma made it and it was a bit wonky but Ellie thought it was the best cake in the world.

In the summer we spent a week in Wales in a little cottage by the sea and she learnt to skim stones.

She sends you a big hug and a picture of a hedgehog.

Love from Sam and Jo`,
    familyRecord: pearson,
    agreedNames: pearsonNames,
  },
  {
    title: 'Birth father gives his Facebook name and Snapchat',
    from: 'birth_relative',
    letter: `Hi Harvey,

It's your dad Dean here. I know it's been a long time since I wrote and I'm sorry about that. Things were hard for a while but I'm sorted now. I've got my own place and I'm working on the building sites with my mate [[Kev]] doing plastering.

Your nan said you love cars. I've got an old Ford Focus that I'm doing up, maybe one day I can show you it. I'm a big Liverpool fan, I hope you don't support Man United!

I've been told I'm not meant to put this in but if you ever want to find me when you're older I'm on facebook: [[Dean Carter]], and snap: [[deanc_86]]. You can message me any time.

I think about you loads. Be good for Nicola and Steve, they sound like good people.

Your dad,
Dean`,
    familyRecord: barker,
    agreedNames: [...barkerNames, 'Dean'],
  },
  {
    title: 'Living next to a named park and a new friend',
    from: 'adoptive_family',
    letter: `Dear Amy,

Rosie has had a lovely spring. She is six and has discovered a love of nature. We live right next to [[Golden Acre Park]] and most weekends we go and feed the ducks and look for frogspawn. She has a notebook where she draws every bird she sees and she can now tell a blackbird from a starling.

She has started Beavers on Monday nights and loves it, especially when they get to toast marshmallows.

She recently got a certificate at school for being a good friend, because she looked after a new girl called [[Zofia]] who didn't speak much English yet. They are now best friends and Rosie has learnt to count to ten in Polish.

For her birthday she had a picnic party at the park with a treasure hunt, and Sue made a caterpillar cake out of cupcakes.

We are going to Devon for a week in the summer. Rosie wants to see a dolphin, so we will keep our fingers crossed.

She has made you a bookmark with a pressed flower on it.

With love,
Helen and Sue`,
    familyRecord: {
      surnames: ['Lindqvist'],
      addressLines: ['Flat 4, 19 Holt Lane'],
      towns: ['Adel', 'Leeds'],
      postcodes: ['LS16 7NE'],
      watchWords: ['Adel Primary', 'Adel Scouts'],
    },
    agreedNames: ['Rosie', 'Amy', 'Helen', 'Sue'],
  },
  {
    title: 'Christmas list, Roblox and a school play with nothing identifying',
    from: 'adoptive_family',
    letter: `Dear Danielle,

Merry Christmas! We hope this letter reaches you in time and that you have a peaceful festive season.

Kai has been counting down the days since November. He has written his list for Father Christmas three times, each time longer. Top of the list is a new Nintendo Switch game and some Lego Star Wars.

He has been spending a lot of time on Roblox with his friends from school, and he is very proud of the obstacle courses he builds. We keep a close eye on it, and he is only allowed to play with children he knows in real life.

School has been busy with the Christmas play. Kai was a very enthusiastic Wise Man and delivered his gold with a little bow. He also had a part in the Year 4 assembly about the Romans, where he wore a cardboard helmet he made himself.

He has been brave at the dentist and had his first filling, and he has grown out of his football boots again.

In January we are hoping to take him to see a Premier League match for the first time, which he is beside himself about.

With warm wishes for Christmas and the New Year,
Chris and Mel`,
    familyRecord: okafor,
    agreedNames: okaforNames,
  },
  {
    title: 'Nursery, key worker and best friend',
    from: 'adoptive_family',
    letter: `Dear Shannon,

Alfie is three now and talking non-stop! His favourite word is "why" and he uses it about a hundred times a day.

He started at [[Little Acorns Nursery]] in January and goes three days a week. He was a bit clingy at first but now he runs in without looking back. His key worker is called [[Hayley]] and he talks about her all the time, he even named his teddy after her.

He loves the sand tray and the bikes, and he has a best friend called [[Noah]] who he holds hands with at home time.

At home he is mad about trains. Gary built him a wooden track that goes all round the living room and we have to step over it. His favourite is Thomas, of course.

He is sleeping much better now and has moved into a big boy bed with a dinosaur duvet.

We went to the Yorkshire Wildlife Park in April and he was more interested in the ducks than the polar bears.

He sends you a picture he painted with his hands and a big squeeze.

Love,
Anna and Gary`,
    familyRecord: {
      surnames: ['Brennan'],
      addressLines: ['3 Orchard Way'],
      towns: ['Wetherby'],
      postcodes: ['LS22 6RF'],
      watchWords: ['Little Acorns'],
    },
    agreedNames: ['Alfie', 'Shannon', 'Anna', 'Gary'],
  },
  {
    title: 'New school, teacher and a suggested email address',
    from: 'adoptive_family',
    letter: `Dear Stacey,

Ruby is seven and has had a wonderful term. She moved schools in September to [[St Mary's C of E]] because it is closer to home, and she has settled much better than we expected. She has a lovely teacher called [[Miss Ferguson]] who has a pet tortoise that visits the classroom.

Ruby has also started swimming club and moved up two badges. She is very proud of her 25 metres certificate.

We have been thinking about how to make the letters feel more personal, and Mike suggested we could set up a shared email address that the agency checks, something like [[rubysletters@outlook.com]]. We will talk to your social worker about whether that is allowed.

At home she has been learning to bake and makes very good flapjacks, although the kitchen looks like a bomb has hit it afterwards.

We went to the Lake District in the summer and she climbed her first proper fell. She was very proud and had a sausage roll at the top.

She asked me to tell you her favourite colour is now turquoise.

Warm wishes,
Jen and Mike`,
    familyRecord: {
      surnames: ['Whitaker'],
      addressLines: ['27 Moor Crescent'],
      towns: ['Skipton'],
      postcodes: ['BD23 1QX'],
      watchWords: ["St Mary's C of E", 'Skipton Swimming Club'],
    },
    agreedNames: ['Ruby', 'Stacey', 'Jen', 'Mike'],
  },
  {
    title: 'Birth grandmother on bingo and Blackpool, nothing identifying',
    from: 'birth_relative',
    letter: `Dear Ruby,

It's your Nan Brenda. Thank you for your drawing of the flapjacks, they looked delicious, I wish I could have tasted one.

I've been keeping busy. I go to bingo on a Thursday with my friend from next door and I won twenty pounds last month, so I bought myself a new cardigan. I've got a bad knee so I don't walk as far as I used to but I still get out every day.

We all went to Blackpool for a few days in August, me and your Auntie Lisa and the boys. We went up the Tower and on the beach and had fish and chips on the front. It rained most of the time but we didn't mind.

Your mum Stacey is doing alright. She's been poorly on and off but she's seeing the doctor and she's trying hard.

I hope you have a lovely Christmas and that Father Christmas brings you something nice. Be a good girl for Jen and Mike.

All my love and lots of kisses,
Nan xxx`,
    familyRecord: {
      surnames: ['Whitaker'],
      addressLines: ['27 Moor Crescent'],
      towns: ['Skipton'],
      postcodes: ['BD23 1QX'],
      watchWords: ["St Mary's C of E", 'Skipton Swimming Club'],
    },
    agreedNames: ['Ruby', 'Stacey', 'Jen', 'Mike', 'Brenda', 'Lisa'],
  },
  {
    title: 'A postscript from the child with his mobile number',
    from: 'adoptive_family',
    letter: `Dear Chloe,

Mason has been counting down to this letter because he has a lot of news.

He is eleven now and has just started at secondary school. He gets the bus on his own and feels very grown up. He has joined the chess club at lunchtimes and beat Adam for the first time last week, which has not been forgotten.

He has also got his first phone, which is a big step for us. We have talked a lot with your social worker about what that means for contact, and we all agreed it is not the right time for direct contact yet.

Over the summer we went to Scotland and walked up a small mountain near Aviemore. Mason was convinced he saw a golden eagle.

He has been doing really well with his anger and talks about his feelings a lot more now. We are very proud of him.

Best wishes,
Sophie and Adam

P.S. from Mason: hi Chloe its me, my new number is [[+44 7700 900872]] you can whatsapp me!!`,
    familyRecord: {
      surnames: ['Quinn'],
      addressLines: ['60 Stanningley Road'],
      towns: ['Pudsey'],
      postcodes: ['LS28 7UA'],
      watchWords: ['Pudsey Tyersal Primary'],
    },
    agreedNames: ['Mason', 'Chloe', 'Sophie', 'Adam'],
  },
  {
    title: 'Gymnastics club, grammar school and the local pool',
    from: 'adoptive_family',
    letter: `Dear Jodie,

The girls have had a busy few months. Lily is nine and has fallen in love with gymnastics. She trains twice a week at [[Wharfedale Gymnastics Club]] and she has just passed her level 4. Her cartwheels are now perfect and she does them everywhere, including the supermarket.

Erin has started Year 7 at [[Prince Henry's Grammar]] and is finding it a big change, lots of homework and a lot of walking between classrooms. She is very organised, though, and has a colour-coded timetable on her bedroom wall.

Both girls go swimming on a Friday at [[Otley Pool]] and Lily has finally agreed to jump in at the deep end.

Lily has also got very into baking and has made us more brownies than we can eat. She wants to go on Bake Off when she's older.

We had a lovely October half term at a cottage in Northumberland, and the girls spent hours on the beach collecting shells.

Erin says to tell you she has started reading the Hunger Games books and is "obsessed".

With love from all of us,
Fiona and Neil`,
    familyRecord: {
      surnames: ['Caldwell'],
      addressLines: ['15 Ings Lane'],
      towns: ['Otley'],
      postcodes: ['LS21 2HY'],
      watchWords: ["Prince Henry's", 'Wharfedale Gymnastics'],
    },
    agreedNames: ['Lily', 'Jodie', 'Fiona', 'Neil', 'Erin'],
  },
  {
    title: 'Egyptians, Brownies camp and France with nothing identifying',
    from: 'adoptive_family',
    letter: `Dear Nadia,

We hope you are well and that you had a good summer.

Amira is nine now. She has been doing well at school and her teacher says her confidence has grown a lot this year. She is in Year 4 and they have been learning about the Egyptians. She came home very excited to tell us all about mummies and wanted to wrap her teddy in toilet roll.

She is still going to Brownies and has been on her first camp, sleeping away from home for two nights. She was nervous before she went but came back full of stories about toasting marshmallows and a midnight feast.

World Book Day was a big event in our house. She dressed up as Matilda and carried a pile of books around all day.

In August we went to France on the ferry and spent a week camping near the beach. She tried snails and said they were "chewy but OK".

She wanted us to tell you that she still loves horses and her favourite is a grey pony called Misty that she rides at the stables on Saturdays.

With warm wishes,
Hannah and Rob`,
    familyRecord: fletcher,
    agreedNames: fletcherNames,
  },
  {
    title: 'A move to a named village and a postcode on the card',
    from: 'adoptive_family',
    letter: `Dear Kerry,

Freya is doing so well and we wanted to share some news. We have moved house! We are still in the same area but now live in [[Burley-in-Wharfedale]], in a little terraced house right by the station, so Freya can watch the trains from her bedroom window.

She has moved to [[Burley Oaks]] primary school and has made friends quickly. Her teacher says she is a joy to have in class.

Freya wanted to send you a Christmas present directly this year. I explained that it has to go through the letterbox service, but she has written the postcode on her card anyway, [[LS297AB]], in her very best handwriting. Sorry!

Her favourite things right now are the Gruffalo, splashing in puddles in her wellies, and her new baby doll who is called Princess Sparkle.

She is seven in June and has asked for a party at the trampoline park.

Thank you for the birthday card. She has put it on her shelf with all her others.

Love,
Lucy and Tom`,
    familyRecord: {
      surnames: ['Henshaw'],
      addressLines: ['6 Station Road'],
      towns: ['Burley-in-Wharfedale'],
      postcodes: ['LS29 7AB'],
      watchWords: ['Burley Oaks', 'Burley Woodhead'],
    },
    agreedNames: ['Freya', 'Kerry', 'Lucy', 'Tom'],
  },
  {
    title: 'Birth mother engaged to her partner, nothing identifying',
    from: 'birth_relative',
    letter: `Dear Maisie, Kate and Ben,

Thank you so much for the letter and the photo of Maisie in her dance costume. She looks like a proper little ballerina. I showed Ryan and he said she has my smile.

I have some happy news. Ryan and I got engaged at Christmas! We are not planning the wedding yet because we are saving up, but it felt like a good start to the new year. I have been doing well with my college course too and I am halfway through now.

Maisie, I love hearing about your dancing. When I was your age I used to dance round the living room to the radio with my nan. Tap sounds really fun. Maybe you can show me a shuffle one day in a video, if your mum and dad say it's OK.

I have been trying to stay healthy and I have started going for walks every morning before work. I have a little dog now, a Jack Russell, who comes with me.

I hope you have a lovely spring and lots of fun at Easter. Don't eat too many chocolate eggs!

Lots of love,
Laura xx`,
    familyRecord: ashworth,
    agreedNames: [...ashworthNames, 'Ryan'],
  },
  {
    title: 'A puppy and the evening walk down a named street',
    from: 'adoptive_family',
    letter: `Dear Dawn,

Big news from Oscar: we have a puppy! She is a cockapoo called Pickle and she has chewed two shoes, a remote control and one of Oscar's school books. Oscar is in charge of giving her breakfast and takes the job very seriously.

Every evening after tea we take her for a walk along [[Westville Way]] and down to the playing field, and Oscar is teaching her to sit and give a paw. She is learning quicker than we expected.

School is going well. Oscar is seven now and in Year 3. He has become friends with a boy called [[Arlo]] who lives a few doors down, and they go back and forth between our houses all weekend.

He has started learning the piano and can play Jingle Bells and the first line of the Star Wars theme.

He asked me to tell you that he is now the fastest in his class at times tables, and he wants you to test him.

At half term we visited the seaside in Whitby and went up the 199 steps. Oscar counted every one.

Best wishes,
Priya and James`,
    familyRecord: shahWilson,
    agreedNames: shahWilsonNames,
  },
  {
    title: 'Football rivalry, the Lake District and Spain with nothing identifying',
    from: 'adoptive_family',
    letter: `Dear Jade,

We hope you are well and had a good summer.

Harvey has grown so much this year, he is nearly as tall as me now. His voice is even starting to change a little, which he finds hilarious.

He is still football mad. He supports Manchester City now, which has caused a lot of friendly arguments with Steve, who has been an Arsenal fan all his life. For his tenth birthday we took him to a match at Wembley and he sang the whole way home.

In the summer holidays we spent a week in the Lake District. We stayed in a little cottage and went on a boat on Windermere. Harvey swam in the lake even though it was freezing and said it was "refreshing".

He is starting Year 6 in September and is already talking about secondary school. He is nervous about SATs but his teacher says he is doing really well.

In October we are going to Spain for a week with his grandparents, and he has been practising his Spanish on an app every evening.

He wanted to say hello and that he hopes you are OK.

Best wishes,
Nicola and Steve`,
    familyRecord: barker,
    agreedNames: barkerNames,
  },
  {
    title: 'Eid, Arabic lessons and London with nothing identifying',
    from: 'adoptive_family',
    letter: `Dear Shazia,

Eid Mubarak! We hope you and your family had a lovely Eid. Zara had a wonderful day. She wore her new green outfit with the sparkly sleeves, and she had mehndi on her hands for the first time. She kept holding them up to show everyone.

She is six now and growing in confidence every day. She is in Year 1 and has a lovely teacher who has a big box of dressing-up clothes. Zara's favourite is a firefighter's helmet.

She has been learning to read Arabic at the weekends and is very proud that she can recite a short surah. Imran helps her practise after dinner.

At home, her favourite toy is still the rabbit you sent her as a baby. It goes everywhere with us, and has had so many washes it is now more grey than white.

In the spring we had a family trip to London and saw the Natural History Museum. She loved the blue whale and has asked for a whale cake for her birthday.

She sends you a big hug and a drawing of her in her Eid clothes.

With warm wishes,
Imran and Farah`,
    familyRecord: {
      surnames: ['Hussain'],
      addressLines: ['44 Victoria Road'],
      towns: ['Bradford', 'Heaton'],
      postcodes: ['BD9 4NH'],
      watchWords: ['Heaton Primary'],
    },
    agreedNames: ['Zara', 'Shazia', 'Imran', 'Farah'],
  },
  {
    title: 'Scouts, a gaming username, a new school and an employer',
    from: 'adoptive_family',
    letter: `Dear Tanya,

Josh is twelve now and growing up fast. He has joined [[2nd Yeadon Scouts]] and went on his first camp in the Dales, where he learnt to light a fire with a flint and cooked (burnt) his own sausages. He loved every minute.

He has finally been allowed to play online games with his friends, with lots of rules. He asked me to tell you his Roblox username is [[JoshTheBuilder_12]] so you could add him, but we have explained that it's not something we can do through letters yet. I hope you understand.

School is going well. He is in Year 7 at [[Aireborough Academy]] and enjoying design technology most of all. He made a wooden phone stand that now sits proudly on the kitchen table.

I have gone back to work part-time. I now work for [[Hallam & Stead Solicitors]] in the town centre, so Martin does the school runs on Mondays and Wednesdays. Josh says Martin's packed lunches are "experimental".

We went to Cornwall at Easter and Josh tried surfing. He stood up once, for about two seconds, and has talked about it ever since.

With best wishes,
Gill and Martin`,
    familyRecord: {
      surnames: ['Pickering'],
      addressLines: ['2 Moorfield Rise'],
      towns: ['Yeadon'],
      postcodes: ['LS19 7QP'],
      watchWords: ['Yeadon Westfield'],
    },
    agreedNames: ['Josh', 'Tanya', 'Gill', 'Martin'],
  },
  {
    title: 'Rainbows, a church hall and the family town in passing',
    from: 'adoptive_family',
    letter: `Dear Sarah,

Jessie has just started [[Rainbows at St Luke's]] on a Thursday and she adores it. They made pizzas last week and she brought one home for Mark, who had to pretend it wasn't burnt. Her leader is a very jolly lady called [[Brown Owl]], which Jessie thinks is hilarious.

We had a lovely day at the [[Otley]] Show in the summer. Jessie stroked a lamb and won a rosette for her decorated egg in the children's section. She has pinned it above her bed.

Her best friend at the moment is [[Tilly]] from next door but one, and they spend every spare minute on the trampoline.

She has also learnt to swim a width without armbands. Mark says she swims like a very determined frog.

At half term we went to York for the day and visited the Jorvik Viking Centre. She said it smelt funny.

Love from
Claire and Mark`,
    familyRecord: thompson,
    agreedNames: thompsonNames,
  },
  {
    title: 'Lower-case slips in a hurried letter',
    from: 'adoptive_family',
    letter: `Dear Kayleigh,

Sorry this letter is a bit rushed, it has been a mad few weeks! Leo has been poorly with chicken pox but he is on the mend now and back at school.

He has a new best friend called [[Alfie]] and they are always round each other's houses. [[Alfie]]'s mum [[Gemma]] and I have become friends too, we take turns doing the school run.

If the agency ever needs to reach us quickly about contact my mobile is [[07700-900-318]], and our new email is [[themorgans@btinternet.com]]. I've also put our postcode on the envelope, [[wf26qt]], in case the parcel needs a return address.

Leo's latest craze is collecting Pokemon cards. He knows them all by heart and trades them at break time. He is also loving his swimming lessons and has got his 10 metres badge.

We are going to Tenerife in the October holidays and he is already packing his bucket and spade.

Best wishes,
Becky and Tom`,
    familyRecord: morgan,
    agreedNames: morganNames,
  },
  {
    title: 'A teaching assistant, a bus company and a favourite café',
    from: 'adoptive_family',
    letter: `Dear Nadia,

I wanted to tell you a bit about our family life this year. I have started working as a teaching assistant at [[Broadgate Primary]], which is not Amira's school but just down the road, so I finish at the same time as her. Rob drives for [[First Leeds]] now, so Amira likes to wave at every bus in case it is him.

On Saturday mornings we often go to [[Café Lento]] on [[Town Street]] for hot chocolate before swimming. Amira always gets the one with the most marshmallows.

Amira has been learning the recorder and plays Hot Cross Buns at every opportunity. She is also very into drawing horses and has filled three sketchbooks.

For her birthday she had a sleepover with her friends [[Nell]] and [[Precious]] and they stayed up far too late giggling.

In the summer we are hoping to go camping in the Peak District.

With best wishes,
Hannah and Rob`,
    familyRecord: fletcher,
    agreedNames: fletcherNames,
  },
  {
    title: 'Birth mother writes about her partner, a nickname and Christmas, nothing identifying',
    from: 'birth_relative',
    letter: `Dear Oscar,

Merry Christmas sweetheart! I hope Father Christmas brings you everything on your list. I heard you asked for a Spider-Man Lego set and a new football, I hope you get them both.

I'm doing really well at the moment. I've been on a cooking course and I can make a proper roast dinner now, with Yorkshire puddings and everything. Your nan says they're better than hers but don't tell her I told you!

I went to see the Christmas lights in town with my friends and we had hot chocolate from a stall. It was freezing but so pretty.

I love the photo of you in your nativity costume. You make a brilliant shepherd. Your mum Priya said you remembered all your lines.

I think about you every day and I'm so proud of you. Have a lovely Christmas and a happy New Year.

Lots of love and hugs,
Dawn xxx`,
    familyRecord: shahWilson,
    agreedNames: shahWilsonNames,
  },
  {
    title: 'Adopter mentions the town, a dentist and an uncle',
    from: 'adoptive_family',
    letter: `Dear Michelle,

Ellie is doing really well. She has started at [[Long Lee Primary]] and loves her teacher, [[Mrs Atkinson]], who has a pet rabbit in the classroom.

We have been out and about a lot in [[Keighley]] this summer, at the park and the library mainly. Ellie has joined the summer reading challenge and is determined to get her medal.

Her [[Uncle Pete]] took her fishing at the canal and she caught a tiddler, which she insisted on naming. Her nana and grandad have been a big help with childcare while Sam is working.

She had her first trip to the dentist on [[Cavendish Street]] and was very brave. She got a sticker and told everyone about it for a week.

She is obsessed with Encanto and sings the songs all day long, especially the one about Bruno.

Love from Sam and Jo`,
    familyRecord: pearson,
    agreedNames: pearsonNames,
  },
  {
    title: 'Swimming, cubs and a holiday in Majorca with nothing identifying',
    from: 'adoptive_family',
    letter: `Dear Danielle,

We hope you're keeping well. Kai has had a brilliant summer.

We had a week in Majorca in August, in a hotel with a huge pool and a slide. Kai spent the whole week in the water and came back with a very brown nose. He tried calamari and decided it was "just fancy onion rings".

He has moved up to Cubs and is working on his camping badge. He has also started playing the drums, which is testing our patience and our neighbours'.

Back at school he is in Year 5 now. He says the work is harder but he likes his new teacher, who supports Liverpool, so they have a lot to talk about on Monday mornings.

He is still mad about football and had his birthday party at the local sports centre with a football tournament. He scored the winning goal (or so he tells us).

He has grown out of every pair of trainers he owns. We cannot keep up!

With warm wishes,
Chris and Mel`,
    familyRecord: okafor,
    agreedNames: okaforNames,
  },
  {
    title: 'Birth grandfather on his allotment, nothing identifying',
    from: 'birth_relative',
    letter: `Dear Rosie,

It's Grandad here. Thank you for the lovely drawing of the robin, I've put it up in my shed so I can see it every time I'm at the allotment.

The allotment has been very busy this year. I've grown potatoes, carrots and the biggest marrow you have ever seen. I nearly entered it in a show but it got eaten by slugs the night before!

Your Auntie Amy tells me you've been learning about birds at school. Did you know robins sing all through the winter? They're the only ones who do.

I've been a bit slower on my feet this year but the doctor says I'm doing fine for an old man. I still get out for a walk every morning with the dog.

I hope you have a lovely Easter and don't eat too many chocolate eggs. Save one for me.

All my love,
Grandad`,
    familyRecord: {
      surnames: ['Lindqvist'],
      addressLines: ['Flat 4, 19 Holt Lane'],
      towns: ['Adel', 'Leeds'],
      postcodes: ['LS16 7NE'],
      watchWords: ['Adel Primary', 'Adel Scouts'],
    },
    agreedNames: ['Rosie', 'Amy', 'Helen', 'Sue', 'Grandad'],
  },
  {
    title: 'Dance show at a theatre, a shop and a car plate on a photo',
    from: 'adoptive_family',
    letter: `Dear Laura,

Maisie had her first dance show at the [[King's Hall]] in April and she was magical. She was one of the little mice and had whiskers drawn on with my eyeliner. Her dance teacher, [[Miss Jade]], gave her a special mention at the end.

Kate has started a new job at [[Betty's]] on [[The Grove]], so Maisie now thinks we should have cake every day.

We have enclosed a photo of Maisie in front of our new car. Sorry, we have only just noticed the number plate is showing, [[BD70 XKR]]. Please ask the agency to blur it if they need to.

Maisie is still loving school and has a new friend called [[Ottilie]] who is "the best at cartwheels".

Her favourite film at the moment is Moana and she sings You're Welcome at the top of her voice.

With love,
Kate and Ben`,
    familyRecord: ashworth,
    agreedNames: ashworthNames,
  },
  {
    title: 'Teenager writes with a Discord name and a college',
    from: 'adoptive_family',
    letter: `Hi Jodie,

It's Erin. Mum said I could write some of the letter myself this time.

I'm in Year 10 now and doing my options. I picked art, computing and history. I want to go to [[Leeds Arts University]] one day, or maybe do animation.

I've been doing a lot of digital drawing on my tablet. If you want to see my art you can find me on discord as [[erin.draws]] or on my art account [[@erinsketches_]] but Mum says I have to check with the social worker first so maybe don't yet.

I've got a Saturday job at [[Booths]] in [[Ilkley]] which is boring but I'm saving for a better tablet.

Lily is annoying but also OK. She still does cartwheels everywhere.

From Erin`,
    familyRecord: {
      surnames: ['Caldwell'],
      addressLines: ['15 Ings Lane'],
      towns: ['Otley'],
      postcodes: ['LS21 2HY'],
      watchWords: ["Prince Henry's", 'Wharfedale Gymnastics'],
    },
    agreedNames: ['Lily', 'Jodie', 'Fiona', 'Neil', 'Erin', 'Mum'],
  },
  {
    title: 'Day trips and favourite shows with nothing identifying',
    from: 'adoptive_family',
    letter: `Dear Shannon,

Alfie is four now and has so much energy! We have been trying to get out every weekend to burn some of it off.

Over the Easter holidays we had days out at Bolton Abbey, where he paddled in the river, and at the Yorkshire Sculpture Park, where he tried to climb every statue. We also went on a steam train at Haworth, which he still talks about.

His favourite programmes are Hey Duggee and Bluey, and he can do all of the Bluey voices. He has a Bingo toy that goes everywhere with him.

He is due to start school in September and we have bought his uniform already. He tries the jumper on most days just to check it still fits.

He has been a bit wobbly with sleep lately but we are sticking to our routine and it is getting better.

He sends you a big hug and a drawing of a steam train.

Love,
Anna and Gary`,
    familyRecord: {
      surnames: ['Brennan'],
      addressLines: ['3 Orchard Way'],
      towns: ['Wetherby'],
      postcodes: ['LS22 6RF'],
      watchWords: ['Little Acorns'],
    },
    agreedNames: ['Alfie', 'Shannon', 'Anna', 'Gary'],
  },
  {
    title: 'Nature programmes, a panto and famous names with nothing identifying',
    from: 'adoptive_family',
    letter: `Dear Tina,

Grace has become a real nature lover this year. She watches every David Attenborough programme she can find and has decided she wants to study whales when she is older. Her bedroom wall is covered with posters of sharks and orcas.

Before Christmas we took her to see Jack and the Beanstalk at the theatre. She booed the giant so loudly that the lady in front turned round! It was her first panto and she has been doing "oh no it isn't" ever since.

She has also been doing Joe Wicks workouts in the living room on Saturday mornings, and Paul joins in, which is very funny to watch.

At school they have been reading Michael Morpurgo and she loved Kensuke's Kingdom. She wrote a story of her own about a girl who gets shipwrecked with her dog.

For her birthday cake this year she asked for a Colin the Caterpillar, and she ate his face first.

We hope you have a lovely spring.

With warm wishes,
Ruth and Paul`,
    familyRecord: {
      surnames: ['Adeyemi'],
      addressLines: ['31 Park View Road'],
      towns: ['Wakefield', 'Outwood'],
      postcodes: ['WF1 3JR'],
      watchWords: ['Outwood Academy'],
    },
    agreedNames: ['Grace', 'Tina', 'Ruth', 'Paul'],
  },
  {
    title: 'Sports stars, a Disney holiday and cousins visiting, nothing identifying',
    from: 'adoptive_family',
    letter: `Dear Jade,

Harvey is ten now and we cannot believe how fast the time has gone.

This year he has been obsessed with Harry Kane and Bukayo Saka and has their names printed on the back of two different England shirts. He watched every game of the Euros and cried when England lost.

In the Easter holidays we went to Disneyland Paris for three days. He was too cool for the princesses but loved Space Mountain and went on it five times. Steve was less keen.

His cousins came to stay for a week in the summer and they built a den in the garden that they slept in for two nights. There was a lot of giggling and not much sleep.

He has started Year 6 and is starting to think about secondary school. We have been to a few open evenings and he has lots of opinions.

He still loves his Xbox, and he has also started reading the Alex Rider books, which we are very pleased about.

Best wishes,
Nicola and Steve`,
    familyRecord: barker,
    agreedNames: barkerNames,
  },
  {
    title: 'Pets, a tooth fairy and Grandma, nothing identifying',
    from: 'adoptive_family',
    letter: `Dear Kayleigh,

We hope you are well. Leo is six now and full of questions about everything.

We have a new member of the family, a rescue cat called Pepper. She was very shy at first and hid under Leo's bed for three days, but now she sleeps on his feet every night. Leo reads to her, which the school says counts as reading practice!

He lost his first tooth in March and the Tooth Fairy left him a shiny pound coin. He has lost two more since and is saving up for a Sonic toy.

Grandma and Grandad took him to the seaside in June and he built the biggest sandcastle on the beach. Grandad had to dig the moat.

At school he has been learning about space and can name all the planets. He told us Pluto is "not a planet anymore but it is still his favourite".

He is still a big fan of dinosaurs but now also loves Star Wars. He wants a Yoda cake for his birthday.

Best wishes,
Becky and Tom`,
    familyRecord: morgan,
    agreedNames: morganNames,
  },
  {
    title: 'Birth mother writes about her course, her dog and Spain, nothing identifying',
    from: 'birth_relative',
    letter: `Hi Maisie,

It's Laura. I hope you're having a lovely summer holiday. Your mum and dad told me you've been learning to swim, that's amazing!

I've finished my first year at college and I passed all my assignments. My tutor said I should think about going to university, which I never thought I'd hear.

Ryan and I went to Spain for a week in July. We stayed near the beach and I ate so much paella. I brought you back a little fan with flamingos on it, I hope it's in the parcel.

My dog Biscuit says hello. He's a bit naughty and stole a whole sausage off the barbecue last week.

I love hearing about your dancing. Have you got any more shows coming up? I'd love to see a photo if Kate and Ben say it's OK.

Lots of love,
Laura xx`,
    familyRecord: ashworth,
    agreedNames: [...ashworthNames, 'Ryan'],
  },
  {
    title: 'A phone number with a landline code, a website and a shop',
    from: 'adoptive_family',
    letter: `Dear Shazia,

Zara is doing brilliantly. She has started going to [[Little Stars Gymnastics]] on Wednesday evenings and can now do a handstand against the wall.

Imran has opened his own shop, [[Hussain's Cycles]], and Zara is very proud. She tells everyone her dad fixes bikes. He has a website too, [[hussainscycles.co.uk]], which Zara helped to choose the pictures for.

We have had a new landline put in, and Zara wanted me to tell you the number in case you ever want to ring her on her birthday: [[(01274) 496 017]]. I have explained that the social worker will need to agree this first.

She is growing so fast and has just moved up a shoe size again. Her favourite food this month is macaroni cheese.

In the summer we are going to Pakistan to see family, which will be Zara's first time on a long flight.

With warm wishes,
Imran and Farah`,
    familyRecord: {
      surnames: ['Hussain'],
      addressLines: ['44 Victoria Road'],
      towns: ['Bradford', 'Heaton'],
      postcodes: ['BD9 4NH'],
      watchWords: ['Heaton Primary'],
    },
    agreedNames: ['Zara', 'Shazia', 'Imran', 'Farah'],
  },
  {
    title: 'The family town, a local carnival and a neighbour',
    from: 'adoptive_family',
    letter: `Dear Danielle,

Kai had the best weekend in June. The [[Rawdon]] carnival came past the end of our road and he was on the float with his football team, dressed as a pirate. He threw sweets to everyone and came home with a very sore throat from all the shouting.

Our neighbour [[Mr Okonkwo]] has been teaching him chess, and they play every Sunday afternoon over the garden fence on a little fold-up table. Kai won his first game last month and has not stopped talking about it.

He has also been going to a holiday club at [[Benton Park]] during the summer, where they did archery and made a volcano.

He is in Year 5 now and is learning to play the clarinet. It sounds a bit like a goose at the moment but he is very determined.

He sends you a picture of himself as a pirate.

Best wishes,
Chris and Mel`,
    familyRecord: okafor,
    agreedNames: okaforNames,
  },
  {
    title: 'A school in a sentence, a lower-case street and a car registration',
    from: 'adoptive_family',
    letter: `Dear Gemma,

Tyler is in Year 6 at [[Manston]] now, so this is his last year at primary school. He has been made a house captain and takes it very seriously, including wearing his badge on his pyjamas.

He has started walking to school on his own with his friend [[Kyle]], down [[austhorpe lane]] and past the shops. We follow a few minutes behind, but he does not know that!

Dan has a new van for work and Tyler has decided it is the best van in the world. He even wrote the registration, [[LK19 FPA]], on his hand so he could look for it in the car park.

His favourite thing at the moment is building things with his meccano set, and he made a working crane for his school project.

We went to Cornwall for a week in August and he learnt to body-board.

Best wishes,
Lisa and Dan`,
    familyRecord: hughes,
    agreedNames: hughesNames,
  },
  {
    title: 'Birth aunt mentions her salon, her town and Facebook',
    from: 'birth_relative',
    letter: `Dear Ruby,

It's your Auntie Lisa. Your nan showed me your photos and I couldn't believe how grown up you look!

I've got some exciting news. I've opened my own nail salon in [[Castleford]], it's called [[Lisa's Nail Lounge]] and it's just off the market square. It's been really busy and I love it.

If your mum and dad ever want to see pictures of my work, the salon is on facebook as [[Lisa's Nail Lounge Cas]] but I know everything has to go through the letters for now.

Your cousins [[Tayla]] and [[Mason]] say hello. Mason is football mad like you, he plays for [[Castleford Panthers]] under-10s.

I hope you have a lovely birthday. I've sent you some nail stickers, I thought you'd like the sparkly ones.

Lots of love,
Auntie Lisa xx`,
    familyRecord: {
      surnames: ['Whitaker'],
      addressLines: ['27 Moor Crescent'],
      towns: ['Skipton'],
      postcodes: ['BD23 1QX'],
      watchWords: ["St Mary's C of E", 'Skipton Swimming Club'],
    },
    agreedNames: ['Ruby', 'Stacey', 'Jen', 'Mike', 'Brenda', 'Lisa'],
  },
  {
    title: 'Birth mother writes without much punctuation, with a new number and her street',
    from: 'birth_relative',
    letter: `hiya Leo

its mummy Kayleigh here i hope your being good for Becky and Tom. i got your picture of the volcano its on my wall next to my bed so i see it every night

ive moved into a new flat on [[Harehills Road]] its only small but its mine and ive painted the bedroom purple. my sister [[Chantelle]] lives round the corner so i see her and my nephew [[Kaiden]] loads

my new number is [[07700 900 735]] if the social worker needs it cos my old phone broke

i started a job at [[Greggs]] in town doing mornings so i get free sausage rolls lol. i no you like them too

love you loads and loads
mummy Kayleigh xxxxx`,
    familyRecord: morgan,
    agreedNames: [...morganNames, 'Mummy Kayleigh'],
  },
  {
    title: 'A short letter from a dad about football and the weekend, nothing identifying',
    from: 'adoptive_family',
    letter: `Dear Danielle,

A quick update from me this time as Mel is away with work.

Kai is well. Football is still everything. His team won the league this year and he got a medal, which he has worn to school twice. He wants to be a goalkeeper now, like Jordan Pickford.

We had a good Christmas. He got a new bike and has been out on it every day, rain or shine. He also got a Nerf gun, which the cat is not happy about.

School is going fine. He had parents' evening last week and his teacher said he is kind and works hard but talks too much. That sounds about right.

We are thinking about a camping trip in the Lake District at Easter if the weather is kind.

He says hello and hopes you are well.

Best wishes,
Chris`,
    familyRecord: okafor,
    agreedNames: okaforNames,
  },
  {
    title: 'A teenager lists his clubs and a part-time job',
    from: 'adoptive_family',
    letter: `Hi Tanya,

It's Josh. I'm 14 now. Mum said I should write this one myself.

I still do Scouts but I've moved up to Explorers now and we meet at the [[Guiseley Methodist]] hall on Tuesdays. We did a night hike last month and got lost for about an hour, which was actually quite fun.

I also play rugby for [[Aireborough RUFC]] on Sundays. I'm a prop which means I'm the one who pushes in the scrum.

I've got a paper round now, I do it every morning before school for the newsagent on [[Otley Road]]. I'm saving up for a new phone.

My mate [[Harrison]] and me are making a YouTube channel about Lego builds. It's called [[Brick Brothers YDN]] but it's not public yet.

That's all really. Hope you're OK.

Josh`,
    familyRecord: {
      surnames: ['Pickering'],
      addressLines: ['2 Moorfield Rise'],
      towns: ['Yeadon'],
      postcodes: ['LS19 7QP'],
      watchWords: ['Yeadon Westfield'],
    },
    agreedNames: ['Josh', 'Tanya', 'Gill', 'Martin', 'Mum'],
  },
  {
    title: 'Birth grandmother on a coach trip and a new grandchild, nothing identifying',
    from: 'birth_relative',
    letter: `Dear Oscar,

I hope you are keeping well and enjoying school. Your mum and dad tell me you are doing very well with your reading, which makes me so proud.

I went on a coach trip to Edinburgh in the autumn with my friends from church. We saw the castle and had a lovely afternoon tea. I bought you a little Highland cow teddy from the gift shop, which I have put in the parcel.

I have some news too. Your Auntie Dawn had a baby boy in November. He is very small and has lots of dark hair. I will send a photo next time if that is all right with your mum and dad.

My hip is much better now and I can walk to the shops again without my stick.

I think of you often. Be good, work hard and have lots of fun.

With all my love,
Grandma`,
    familyRecord: shahWilson,
    agreedNames: [...shahWilsonNames, 'Grandma'],
  },
  {
    title: 'Holiday at a caravan park, a cousin and a dog walker, with nothing identifying',
    from: 'adoptive_family',
    letter: `Dear Amy,

Rosie had her seventh birthday in May and we had a little party in the garden with a bouncy castle. She asked for a rainbow cake and Sue spent a whole evening making it.

In the summer holidays we had a week at a caravan park near Whitby. It rained most days but Rosie did not care. She went crabbing off the harbour and caught eleven crabs, and she ate fish and chips every single night.

Her cousin came with us and the two of them were like twins, in matching wellies and raincoats.

She has started Year 3 and likes her teacher, although she misses her old class. She is reading chapter books now and is working her way through the Rainbow Magic series.

We hope you are well and that work is going OK.

With love,
Helen and Sue`,
    familyRecord: {
      surnames: ['Lindqvist'],
      addressLines: ['Flat 4, 19 Holt Lane'],
      towns: ['Adel', 'Leeds'],
      postcodes: ['LS16 7NE'],
      watchWords: ['Adel Primary', 'Adel Scouts'],
    },
    agreedNames: ['Rosie', 'Amy', 'Helen', 'Sue'],
  },
  {
    title: 'Adopter names the GP surgery, a childminder and a lower-case postcode',
    from: 'adoptive_family',
    letter: `Dear Shannon,

Alfie has had a few wobbly months with his asthma, so I wanted to reassure you that he is doing much better now. The nurse at [[Wetherby Health Centre]] has been brilliant and he has a new inhaler that he calls his "puffer".

On the days I work he goes to a childminder called [[Debbie]], who has two guinea pigs and a very big garden, so he is always happy to go.

He has been invited to lots of birthday parties this year. His favourite so far was at [[Jump Inc]], the trampoline place, where he bounced until he was bright red.

We have just had a new passport photo done for him, and the form made me laugh because he insisted on writing his own address, [[ls22 6rf]], in enormous letters at the bottom.

He is excited about starting school in September and has chosen a Paw Patrol lunchbox.

Love,
Anna and Gary`,
    familyRecord: {
      surnames: ['Brennan'],
      addressLines: ['3 Orchard Way'],
      towns: ['Wetherby'],
      postcodes: ['LS22 6RF'],
      watchWords: ['Little Acorns'],
    },
    agreedNames: ['Alfie', 'Shannon', 'Anna', 'Gary'],
  },
  {
    title: 'Christmas in a Muslim and Christian family with visits, nothing identifying',
    from: 'adoptive_family',
    letter: `Dear Nadia,

We hope you are well and had a good end to the year.

We celebrated both Eid and Christmas this year, which Amira thought was the best of both worlds. At Eid she helped make sweets with her aunties and wore a beautiful purple dress. At Christmas she was an angel in the school nativity and sang Away in a Manger with the rest of Year 4.

On Boxing Day we went for a long walk and then watched Frozen for about the tenth time. She can do all of Elsa's songs and some of Olaf's lines too.

She has become very interested in cooking and made a Victoria sponge all by herself last weekend. Rob said it was the best cake he had ever had, which went down very well.

In February half term we are hoping to visit Legoland, which she has been asking about for ages.

She sends you a big hug and a card she made herself.

With warm wishes,
Hannah and Rob`,
    familyRecord: fletcher,
    agreedNames: fletcherNames,
  },
  {
    title: 'Nicknames, a best friend and a twitch handle in a child note',
    from: 'adoptive_family',
    letter: `Dear Jade,

Harvey has added his own bit at the end this time, so I will keep mine short.

He has had a good term. He is still at the same school and has settled well in Year 6. His friends call him [[Harv-Dog]], which he loves and we are trying to get used to. He spends most weekends with his best mate [[Ollie Pritchard]] and the two of them are building a go-kart out of an old pram.

He is doing well at maths and has been picked for the school quiz team.

We hope you are keeping well.

Best wishes,
Nicola and Steve

Hi Jade, its Harvey. I am 11 now. I like gaming and I watch people on twitch. I want to be a streamer. My name on there is [[harvdog_plays]]. I hope you are OK. From Harvey`,
    familyRecord: barker,
    agreedNames: barkerNames,
  },
  {
    title:
      'Charity fundraising, Children in Need and the Duke of Edinburgh award, nothing identifying',
    from: 'adoptive_family',
    letter: `Dear Jodie,

The girls have been busy with good causes this year! For Children in Need, Lily's class had a non-uniform day and she went dressed in spots like Pudsey Bear. She raised twelve pounds by doing a sponsored silence, which we all agree was a miracle.

Erin has started her Duke of Edinburgh bronze award. For the volunteering part she helps out at a charity shop on Saturday mornings, sorting books and steaming clothes, and she has decided she quite likes it. For the expedition she has to walk and camp for two days, which she is a bit nervous about.

Lily is still doing gymnastics and got her first medal at a competition in March. She also joined St John Ambulance cadets and learnt how to put someone in the recovery position, which she has practised on all of us.

We had a quiet Easter at home with an egg hunt in the garden, and the girls did a Comic Relief bake sale with their friends.

With love from all of us,
Fiona and Neil`,
    familyRecord: {
      surnames: ['Caldwell'],
      addressLines: ['15 Ings Lane'],
      towns: ['Otley'],
      postcodes: ['LS21 2HY'],
      watchWords: ["Prince Henry's", 'Wharfedale Gymnastics'],
    },
    agreedNames: ['Lily', 'Jodie', 'Fiona', 'Neil', 'Erin'],
  },
  {
    title: 'Church, first holy communion and a guinea pig pair, nothing identifying',
    from: 'adoptive_family',
    letter: `Dear Michelle,

Ellie made her First Holy Communion in May and she looked beautiful in her white dress. She was very serious about it and practised walking slowly down the aisle in the living room for weeks. Afterwards we had a little party at home and Grandma made a cake shaped like a Bible.

She has been learning lots of Bible stories and her favourite is Noah's Ark, because of all the animals.

We also have two new guinea pigs, Salt and Pepper, who squeak every time they hear the fridge open. Ellie helps clean them out every Saturday and takes it very seriously.

At school she is in Year 2 and doing her phonics screening this term. She is a very confident reader now and likes reading to the guinea pigs.

We had a lovely week in Devon in the summer, in a cottage near the beach. Ellie tried surfing lessons and stood up on her board on the last day.

Love from Sam and Jo`,
    familyRecord: pearson,
    agreedNames: pearsonNames,
  },
  {
    title: 'Storms, a garden pond and Taylor Swift, nothing identifying',
    from: 'adoptive_family',
    letter: `Dear Stacey,

We hope you stayed safe during all the storms this winter. We lost a fence panel in Storm Isha and Ruby was very excited to help Mike put it back up, mostly by holding the screws.

Ruby has become a huge Taylor Swift fan. She knows every word of every song and has made friendship bracelets for half of her class. For her birthday her present was a Taylor Swift hoodie and she has hardly taken it off since.

We have also dug a little pond in the garden, and in spring we found frogspawn in it. Ruby checked on the tadpoles every morning before school and named the biggest one Tadpole Swift.

She is in Year 4 now and her teacher says she is working hard at her times tables. She has asked for a times tables app, which I never thought I would hear.

In the summer we are going to France on the ferry.

Warm wishes,
Jen and Mike`,
    familyRecord: {
      surnames: ['Whitaker'],
      addressLines: ['27 Moor Crescent'],
      towns: ['Skipton'],
      postcodes: ['BD23 1QX'],
      watchWords: ["St Mary's C of E", 'Skipton Swimming Club'],
    },
    agreedNames: ['Ruby', 'Stacey', 'Jen', 'Mike'],
  },
  {
    title: 'Birth father on getting fit and watching the rugby, nothing identifying',
    from: 'birth_relative',
    letter: `Hi Harvey,

Your dad Dean again. Thanks for your letter, I laughed at the bit about the go-kart. Make sure you wear a helmet!

I've been getting fit this year. I go running three times a week and I did my first 10k in the spring. It took me just over an hour but I didn't stop once. Next year I want to do a half marathon.

I watched the Six Nations with my mates and England did alright. I know you're more into football but rugby is good too, you should give it a go.

I'm still working on the building sites and I've just done my forklift licence so I'll get a bit more money.

I hope school is going well and you're being good. Happy birthday for next week, I've sent a card.

Your dad,
Dean`,
    familyRecord: barker,
    agreedNames: [...barkerNames, 'Dean'],
  },
  {
    title: 'Walks up a local hill known by its name and Sunday lunch at a pub',
    from: 'adoptive_family',
    letter: `Dear Sarah,

Jessie has turned into a proper walker this year. Most Sunday mornings we take a flask and go up the [[Chevin]] with the dog, and she races us to the top. In the snow in January we went sledging on it and she would not come home until it was dark.

Afterwards we often have Sunday lunch at the [[Royal Oak]], where she always orders the same thing, a Yorkshire pudding with nothing else in it. Mark has joined the quiz team there on Thursdays and they came second last week.

At school she has moved up into Year 4 and loves her new teacher, who reads Harry Potter to the class at the end of every day. She has also started recorder lessons, which is testing all of us.

We are hoping to go to Scotland in the summer for a week in a cottage by a loch.

Warm wishes,
Claire and Mark`,
    familyRecord: thompson,
    agreedNames: thompsonNames,
  },
  {
    title: 'Birth mother on her new job at a vets and her mum at a care home',
    from: 'birth_relative',
    letter: `Hi Becky and Tom, and hello Leo,

Thank you for the photos of Leo on his scooter, I have put one in a frame by my bed.

I've got some good news. I've started on reception at [[Moorside Vets]] and I really love it, even cleaning out the kennels. The nurses there are teaching me loads and I might do my animal care course next year.

My mum has changed jobs too. She's a carer at [[Aireview Care Home]] now, doing nights, so she sleeps most of the day but she says the residents are lovely and one of them was a dancer.

My partner has been taken on as an apprentice with [[J Hartley & Sons]], so we're both working and things feel a bit more settled. My brother's new van even has [[Kirkgate Plumbing & Heating]] on the side, which he is very proud of.

I hope Leo has a brilliant birthday. I have sent a card with a dinosaur on it, because I know he still loves them.

Love,
Kayleigh`,
    familyRecord: morgan,
    agreedNames: morganNames,
  },
  {
    title: 'Birth aunt shares her cake business on Instagram and TikTok without an @',
    from: 'birth_relative',
    letter: `Dear Hannah and Rob,

I hope you are all well and that Amira enjoyed her birthday. I made her a little unicorn cake in my head while I was writing the card!

I've finally set up my own cake business from home. My Instagram for the business is [[jadebakesuk]] if you ever want to see what I'm making, and Instagram and TikTok are both the same name now so it's easy to find. My personal one is [[jadey_xo92]] but that's mostly pictures of my nephews.

The business has been busier than I thought, especially at Christmas, when I made forty yule logs in one week.

Please give Amira a big hug from me. I think about her a lot.

Love,
Nadia`,
    familyRecord: fletcher,
    agreedNames: fletcherNames,
  },
  {
    title: 'Birth mother gives her married surname so she can be found online',
    from: 'birth_relative',
    letter: `Hi Claire and Mark, and my darling Jessie,

I got married in the summer. It was a small wedding at the registry office and then food at a restaurant with my new husband's family. I wore a blue dress because I never liked white.

I know this might not be allowed, but if Jessie ever wants to find me when she's older, look me up on Facebook, I'm Sarah [[Pickersgill]] now. My surname is [[Pickersgill]] on everything since the wedding. If she can't find me, search [[Pickersgill]] on Facebook with [[Leeds]] and I'll be there.

I'm still at the same job and I've started swimming twice a week, which I never thought I would do.

Thank you for telling me about her recorder. I was rubbish at recorder too.

Love always,
Sarah`,
    familyRecord: thompson,
    agreedNames: thompsonNames,
  },
  {
    title: 'Birth father works at a pub and a garage, and names a pub by the water',
    from: 'birth_relative',
    letter: `Hi Harvey,

Your dad Dean here. Sorry this letter is late, I've been doing a lot of hours.

I'm working behind the bar at the [[Plough]] three nights a week now, and in the day I help out at [[Hillside Garage]] doing tyres and MOTs. It's tiring but I like being busy and the lads at the garage are a laugh.

On my day off I went fishing with my mate at the reservoir and then we had chips at the [[Fisherman's Arms]] after. I caught nothing, as usual.

I saw the rugby on the telly and thought of you. Keep practising your kicking.

Happy birthday for next week. I've sent you a card with some money in it for your go-kart.

Your dad,
Dean`,
    familyRecord: barker,
    agreedNames: [...barkerNames, 'Dean'],
  },
  {
    title: 'Adopters on dog walks on a local common called by its name, a dentist and a pub',
    from: 'adoptive_family',
    letter: `Dear Dawn,

Oscar has had a lovely autumn. We walk the dog on the [[Stray]] most evenings and he collects conkers in every pocket he has. At the weekend we go further, and last month we walked all the way round [[the Knoll]] and he did not complain once.

Priya has gone back to work at [[Brayton Dental]] three days a week now that Oscar is settled at school, and he thinks it is very funny that she looks at teeth all day.

For his birthday we had tea at the [[Red Lion]] with his grandparents and he blew out his candles on a chocolate fudge cake.

He is still mad about trains and has asked for a new engine for his track.

Best wishes,
Priya and James`,
    familyRecord: shahWilson,
    agreedNames: shahWilsonNames,
  },
  {
    title: 'Teenager lists his socials in lower case and a pub he went to for the football',
    from: 'adoptive_family',
    letter: `Dear Jade,

Harvey wanted to write his own part again this time, so mine is short. He has had a busy term with football and his Saturday job, and he is now taller than both of us.

Best wishes,
Nicola and Steve

Hi Jade its Harvey. I am nearly 12 now. I have got a YouTube channel now, its not big yet but my TikTok and YouTube are both [[harvdogofficial]] if you want to see. Mum says I have to ask first. I also play on my xbox loads and my gamertag is [[harvdog2012]]. I like the Red Arrows and the Lion King. I went to the [[Wheatsheaf]] with Dad for the England match and had a massive burger. From Harvey`,
    familyRecord: barker,
    agreedNames: barkerNames,
  },
  {
    title: 'A London trip, Netflix and Greggs with nothing identifying',
    from: 'adoptive_family',
    letter: `Dear Kayleigh,

Leo has had a very exciting half term. We went to London for three days and he was amazed by everything. We went up the Shard, which made Tom feel dizzy, and saw the Crown Jewels at the Tower of London. Leo's favourite bit was the Natural History Museum and the huge dinosaur skeleton.

In the evenings in the hotel we watched The Lion King, and Becky and I have been catching up on the Crown on Netflix after he goes to bed.

On the way home we stopped at the services and he had a sausage roll from Greggs, which he says is the best food in the world.

He has started learning about the Great Fire of London at school, so the trip was perfect timing. He made a Tudor house out of a cereal box.

Best wishes,
Becky and Tom`,
    familyRecord: morgan,
    agreedNames: morganNames,
  },
  {
    title: 'Birth mother on social media, a chain pub and famous walks, nothing identifying',
    from: 'birth_relative',
    letter: `Hi Sam and Jo, and hello Ellie,

Thank you for the lovely drawing of the guinea pigs. I have stuck it on my fridge.

I'm trying to spend less time on my phone this year. Instagram is rubbish these days and my TikTok is mostly cooking videos now anyway. I'm still on Facebook but I hardly ever post.

For my birthday my sister took me to the Hungry Horse for a carvery and then we went to Costa for a hot chocolate. I've also got new glasses from Specsavers, which everyone says make me look clever.

In the summer we went to the Lakes for a week and climbed the Old Man of Coniston. My legs hurt for days.

I hope Ellie is enjoying Year 2. I still have the picture she drew of Goldilocks and the Three Bears.

Love,
Michelle`,
    familyRecord: pearson,
    agreedNames: pearsonNames,
  },
  {
    title:
      'School news with a Deputy Head, a nativity angel and the Plough in the sky, nothing identifying',
    from: 'adoptive_family',
    letter: `Dear Stacey,

Ruby had a wonderful December. She was the Angel in the nativity and the Deputy Head said she had the loudest voice in the whole school. She was very proud and told everyone at Grandma's about it.

On a clear night we wrapped up warm and looked at the stars from the garden. Ruby can now find the Plough and the North Star all by herself, and she has asked for a telescope for her birthday.

We have been reading the Owl and the Pussycat and the Tiger Who Came to Tea at bedtime, and she can say most of both off by heart.

She has also started swimming lessons and can now do a width without armbands.

Warm wishes,
Jen and Mike`,
    familyRecord: {
      surnames: ['Whitaker'],
      addressLines: ['27 Moor Crescent'],
      towns: ['Skipton'],
      postcodes: ['BD23 1QX'],
      watchWords: ["St Mary's C of E", 'Skipton Swimming Club'],
    },
    agreedNames: ['Ruby', 'Stacey', 'Jen', 'Mike'],
  },
  {
    title: 'Birth uncle in Glasgow signs with his full Gaelic surname and names his local pub',
    from: 'birth_relative',
    letter: `Dear Fiona and Euan, and dear Isla,

Thank you for the photos from the summer. Isla looks so grown up in her school uniform, and I could not believe how tall she is now.

Things are much the same here. I'm back in Glasgow after a few years away with work and it feels good to be home. On a Friday I sometimes have a quiz night with my pals at [[the Shoulder of Mutton]] round the corner, though we never win anything.

We had a ceilidh for St Andrew's Day and I was reminded how bad my dancing is. I have been reading about Robert the Bruce for a night class, and I'm enjoying it more than I thought.

Please tell Isla I said well done for her swimming badge.

Yours sincerely,
[[Alasdair McInnes]]`,
    familyRecord: {
      surnames: ['Baird'],
      addressLines: ['3 Kirkton Wynd'],
      towns: ['Dunblane'],
      postcodes: ['FK15 0AX'],
      watchWords: ['Dunblane Primary', 'Strathallan Swimming Club'],
    },
    agreedNames: ['Isla', 'Fiona', 'Euan', 'Alasdair'],
  },
  {
    title: 'Cornish birth mother on her new town, a chip shop and a signed full name',
    from: 'birth_relative',
    letter: `Hello Tamsin and Jowan, and my lovely Kitty,

I hope you are all well. We had St Piran's Day at the weekend and the whole town was out in black and white flags. It made me think of Kitty and how she used to love a parade.

I have some news. We moved to [[Camborne]] in the spring and I have a little flat above the shops. My partner has started frying at [[Trelawny Fish Bar]] and comes home smelling of chips every night, which I don't mind at all.

I have been learning a bit of Kernewek at an evening class, and I can now say good morning and not much else.

Love from
[[Demelza Penhallow]]`,
    familyRecord: {
      surnames: ['Rowe'],
      addressLines: ['22 Chapel Terrace'],
      towns: ['Penzance'],
      postcodes: ['TR18 4AB'],
      watchWords: ['Mounts Bay Academy'],
    },
    agreedNames: ['Kitty', 'Tamsin', 'Jowan', 'Demelza'],
  },
  {
    title: 'Adoptive family on the family takeaway and a garba group on the record',
    from: 'adoptive_family',
    letter: `Dear Anjali,

Diwali was wonderful this year. Aarav helped make the rangoli on the front step and lit every diya himself, very carefully. He ate so many ladoos that he could not manage his tea.

Navratri was busy too. He danced every night with [[Kiran Garba Group]] and he has a little yellow kurta that he wants to wear all the time now.

His dad is still working long hours. He runs [[Bombay Spice]] on the main road with his brother, so weekends are the only time we all sit down together. Aarav likes to help fold the menus.

At school he has been learning about Mary Seacole and Florence Nightingale, and he told us that Mary Seacole was braver than any superhero.

With love,
Priya and Sanjay`,
    familyRecord: {
      surnames: ['Mistry'],
      addressLines: ['41 Belgrave Road'],
      towns: ['Leicester'],
      postcodes: ['LE4 6AR'],
      watchWords: ['Kiran Garba Group', 'Rushey Mead Primary'],
    },
    agreedNames: ['Aarav', 'Anjali', 'Priya', 'Sanjay'],
  },
  {
    title: 'Teenage birth brother gives his new surname and says his Instagram is his full name',
    from: 'birth_relative',
    letter: `hey Leah,

it's your big brother again. Sorry it took me ages to write back, Year 11 is a lot.

Big news: I got adopted by my stepdad in the summer so [[Ferreira]] is my surname now. It felt weird at first but I like it. If you ever want to find me when you're older my insta is [[my full name]] so it's easy.

I'm still playing cricket and I got to see Joe Root and Ben Stokes at a Test match, which was unreal. Mum still plays Beyoncé in the car every single day.

Tell your mum and dad I said hi.

love, [[Kayden Ferreira]]`,
    familyRecord: {
      surnames: ['Greenwood'],
      addressLines: ['18 Ashfield Road'],
      towns: ['Huddersfield'],
      postcodes: ['HD4 5LP'],
      watchWords: ['Honley High School'],
    },
    agreedNames: ['Leah', 'Kayden', 'Rachel', 'Paul'],
  },
  {
    title: 'Welsh birth grandmother on her shifts at a village pub and her full name',
    from: 'birth_relative',
    letter: `Dear Carys and Owain, and dear little Efa,

I hope this finds you well. I still live in Swansea and my knees are still complaining, but I keep busy. I have started doing lunchtimes at [[the Bird in Hand]] round the corner, which is good for me because I get to chat to everyone.

We had a lovely St David's Day. I wore a daffodil and made a big pot of cawl for the neighbours.

I enclose a card for Efa's birthday and a little Welsh dragon for her bedroom.

Cofion cynnes,
[[Bronwen Pryce]]`,
    familyRecord: {
      surnames: ['Llewellyn'],
      addressLines: ['7 Heol y Nant'],
      towns: ['Llandeilo'],
      postcodes: ['SA19 6HT'],
      watchWords: ['Ysgol Gynradd Llandeilo'],
    },
    agreedNames: ['Efa', 'Carys', 'Owain', 'Bronwen'],
  },
  {
    title: 'Birth aunt in London on her brother’s takeaway and the pub by her flat',
    from: 'birth_relative',
    letter: `Hi Jerome and Naomi, and a big hug for Malachi,

Thank you for the photo of Malachi in his football kit. He looks like a proper little player.

We are all fine in London. My brother runs [[Irie Jerk Centre]] now, so we eat far too much jerk chicken and rice and peas. We all went to Notting Hill Carnival in the summer and I danced until my feet hurt.

I have moved flats too. I'm now right next to [[the Cat and Fiddle]], so it gets a bit loud on a Saturday night.

Malachi might like to know that we learnt all about Mary Seacole at church for Black History Month.

Love always,
[[Marcia Campbell-Hylton]]`,
    familyRecord: {
      surnames: ['Osei'],
      addressLines: ['15 Mayfield Avenue'],
      towns: ['Croydon'],
      postcodes: ['CR0 2QR'],
      watchWords: ['Oasis Academy Shirley Park'],
    },
    agreedNames: ['Malachi', 'Jerome', 'Naomi', 'Marcia'],
  },
  {
    title: 'Scottish adoptive family on snow, the dog, Burns Night and tennis, nothing identifying',
    from: 'adoptive_family',
    letter: `Dear Morag,

We had the most snow we have seen in years. The dog went mad in the snow and Pip ran round and round the garden until she was soaked. Our cat Tabitha refused to go out at all.

Isla loved Burns Night at school. She recited a poem and had haggis, neeps and tatties for the first time and asked for seconds. She also made a saltire for St Andrew's Day.

She has started tennis lessons and now wants to be Andy Murray. We took her to Edinburgh for a day to see the castle and she was thrilled by the bagpipes.

Warm wishes,
Fiona and Euan`,
    familyRecord: {
      surnames: ['Baird'],
      addressLines: ['3 Kirkton Wynd'],
      towns: ['Dunblane'],
      postcodes: ['FK15 0AX'],
      watchWords: ['Dunblane Primary', 'Strathallan Swimming Club'],
    },
    agreedNames: ['Isla', 'Fiona', 'Euan', 'Morag'],
  },
  {
    title:
      'Welsh birth grandmother on a farmers market, a cardigan and Cardiff, nothing identifying',
    from: 'birth_relative',
    letter: `Dear Gethin and Sioned, and dear Osian,

I am still in Cardiff and still going to the farmers market every Saturday morning. The cheese man knows my order off by heart now.

I have knitted Osian a new cardigan for the winter. I hope it fits; I made it a size up so he can grow into it.

We had a grand time on St David's Day. I went to a concert with my sister and we sang along to Tom Jones and Katherine Jenkins. On the way home we watched the young farmers on the news bringing their tractors into town.

I have been watching Gareth Bale's old goals on the computer. My neighbour showed me how.

Love,
Nain`,
    familyRecord: {
      surnames: ['Pritchard'],
      addressLines: ['12 Cardigan Lane'],
      towns: ['Aberaeron'],
      postcodes: ['SA46 0BA'],
      watchWords: ['Young Farmers Club', 'Ysgol Gynradd Aberaeron'],
    },
    agreedNames: ['Osian', 'Gethin', 'Sioned', 'Nain'],
  },
  {
    title:
      'Cornish adoptive family on St Piran’s Day, pasties, the cat and cricket, nothing identifying',
    from: 'adoptive_family',
    letter: `Dear Demelza,

Kitty marched in the St Piran's Day parade with her class this year, waving a black and white flag. Afterwards we all had pasties on the harbour wall and a seagull stole half of hers.

Our cat Mochi has had kittens, four of them, and Kitty has named them all after Bluey characters. Our puppy Biscuit is jealous. Biscuit sulks under the table whenever anyone picks up a kitten.

She has also got into cricket, of all things. She watched Ben Stokes and Joe Root on the telly all summer and now bowls at her dad in the garden every evening.

Best wishes,
Tamsin and Jowan`,
    familyRecord: {
      surnames: ['Rowe'],
      addressLines: ['22 Chapel Terrace'],
      towns: ['Penzance'],
      postcodes: ['TR18 4AB'],
      watchWords: ['Mounts Bay Academy'],
    },
    agreedNames: ['Kitty', 'Tamsin', 'Jowan', 'Demelza'],
  },
  {
    title: 'Birth mother on garba at Navratri, Bollywood stars and Birmingham, nothing identifying',
    from: 'birth_relative',
    letter: `Dear Priya and Sanjay, and darling Aarav,

I hope you had a happy Diwali. I still live in Birmingham and the lights on our road were beautiful this year.

I went to garba every night of Navratri with my cousins and my feet have only just recovered. The dandiya sticks are still in the hall because I keep forgetting to put them away.

I have been watching old Shah Rukh Khan films and crying at all of them. My brother only watches cricket and thinks Virat Kohli can do no wrong.

Please give Aarav a big hug from me.

With love,
Anjali`,
    familyRecord: {
      surnames: ['Mistry'],
      addressLines: ['41 Belgrave Road'],
      towns: ['Leicester'],
      postcodes: ['LE4 6AR'],
      watchWords: ['Kiran Garba Group', 'Rushey Mead Primary'],
    },
    agreedNames: ['Aarav', 'Anjali', 'Priya', 'Sanjay'],
  },
  {
    title: 'Birth aunt on Carnival, Beyoncé, the hamster and Manchester, nothing identifying',
    from: 'birth_relative',
    letter: `Hi Jerome and Naomi, and hello Malachi,

I'm back in Manchester now after a year down south and it's good to be near my mum again.

I finally saw Beyoncé in concert this summer and it was the best night of my life. I also went to Notting Hill Carnival with my cousins and ate far too much curry goat.

Our hamster Nibbles escaped again last week. We found him behind the fridge two days later, very pleased with himself. Nibbles is now in a new cage with a proper lock.

At church we had a talk about Mary Seacole and Walter Tull for Black History Month, and I thought Malachi might like to read about them one day.

Love,
Marcia`,
    familyRecord: {
      surnames: ['Osei'],
      addressLines: ['15 Mayfield Avenue'],
      towns: ['Croydon'],
      postcodes: ['CR0 2QR'],
      watchWords: ['Oasis Academy Shirley Park'],
    },
    agreedNames: ['Malachi', 'Jerome', 'Naomi', 'Marcia'],
  },
  {
    title: 'Teenage birth sister on her socials, films and a chain pub, nothing identifying',
    from: 'birth_relative',
    letter: `hiya Leah,

sorry this is late, college is mad busy. My insta is private now and Mum says I'm not allowed to share it anyway, which is fair.

We watched all of the Lord of the Rings films over half term and I cried at the end of every one. I'm a Leeds fan now as well, don't tell Grandad, he'll go spare.

For my birthday we went to the Hungry Horse and I had the biggest burger I have ever seen. Then we watched Love Island in our pyjamas.

love, Kacey xx`,
    familyRecord: {
      surnames: ['Greenwood'],
      addressLines: ['18 Ashfield Road'],
      towns: ['Huddersfield'],
      postcodes: ['HD4 5LP'],
      watchWords: ['Honley High School'],
    },
    agreedNames: ['Leah', 'Kacey', 'Rachel', 'Paul'],
  },
]
