// Highlights possible identifying details in a letterbox letter for the social worker who reads it
// before release. It only helps the reviewer: it never releases or blocks anything itself. Missing
// a detail is far worse than a spare highlight, so rules lean towards flagging, and false alarms
// are kept down by word lists (days, holidays, brands, teams, famous places) rather than by
// narrowing the rules.
import nlp from 'compromise'
import { findPhoneNumbersInText } from 'libphonenumber-js'
import { isValid as isValidPostcode } from 'postcode'

export const identifyingKinds = [
  'name',
  'address',
  'postcode',
  'phone',
  'email',
  'web',
  'handle',
  'school',
  'club',
  'place',
  'employer',
  'vehicle',
  'family_record',
] as const
export type IdentifyingKind = (typeof identifyingKinds)[number]

export interface Highlight {
  start: number
  end: number
  text: string
  kind: IdentifyingKind
  /** Short UK English, e.g. "Looks like a phone number". */
  reason: string
}

export interface CheckContext {
  /**
   * Words from the adoptive family's record: surnames, address lines, town, postcode, phone, and
   * staff's watch words (school, club). Any letter word matching one is flagged as family_record.
   */
  familyWords: string[]
  /** Names agreed for the exchange (child's first name, "Mum", a birth relative's first name). */
  agreedNames: string[]
}

interface Candidate {
  start: number
  end: number
  kind: IdentifyingKind
  reason: string
}

// When highlights overlap, the merged one keeps the most specific kind: a match with the family's
// own record first, then contact details, then named institutions, then bare names and places.
const specificity: Record<IdentifyingKind, number> = {
  family_record: 13,
  email: 12,
  web: 11,
  phone: 10,
  postcode: 9,
  handle: 8,
  vehicle: 7,
  school: 6,
  club: 5,
  employer: 4,
  address: 3,
  name: 2,
  place: 1,
}

const reasons = {
  email: 'Looks like an email address',
  web: 'Looks like a web address',
  handle: 'Looks like a social media handle or username',
  postcode: 'Looks like a UK postcode',
  phone: 'Looks like a phone number',
  vehicle: 'Looks like a vehicle registration',
  address: 'Looks like a street or address',
  school: 'Looks like a school or nursery',
  club: 'Looks like a club, group or place of worship',
  employer: 'Looks like an employer',
  name: "Looks like a person's name",
  nickname: 'Looks like a nickname',
  place: 'Looks like a place name',
  home: 'Says where someone lives',
  landmark: 'Looks like a local park, venue or landmark',
  organisation: 'Looks like a named organisation',
  family: "Matches the family's record",
} as const

// ---------------------------------------------------------------------------------------------
// Word lists. All lower case. They only ever stop a highlight, so a gap costs a false alarm,
// not a missed detail.

const wordPattern = () => /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’-][\p{L}\p{M}\p{N}]+)*/gu

const norm = (value: string) =>
  value
    .toLowerCase()
    .replace(/[’]/g, "'")
    .replace(/'s$/, '')
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')

/** A word list, normalised the way letter words are ("Sainsbury's" and "sainsbury’s" alike). */
const set = (...lists: string[]) =>
  new Set(
    lists
      .join('|')
      .split('|')
      .map((word) => norm(word.trim()))
      .filter(Boolean),
  )

const days =
  'monday|tuesday|wednesday|thursday|friday|saturday|sunday|mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays'
const months =
  'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec'
const festivals =
  "christmas|xmas|easter|halloween|hallowe’en|diwali|eid|ramadan|hanukkah|chanukah|passover|vaisakhi|holi|navratri|advent|lent|pentecost|whitsun|bonfire|guy|fawkes|valentine|valentine’s|valentine's|nativity|carols|mubarak|santa|rudolph|new|year|years|hogmanay|thanksgiving|mother’s|mother's|father’s|father's|mothering"
const relations =
  'mum|mummy|mam|mom|mommy|ma|dad|daddy|da|papa|nan|nana|nanna|nanny|nannie|gran|granny|grandma|grandmother|grandad|granddad|grandpa|grandfather|grandparents|gramps|grandy|auntie|aunty|aunt|uncle|cousin|cousins|brother|sister|bro|sis|baby|son|daughter|stepmum|stepdad|godmother|godfather|family|parents|carers|foster|birth'
const pronounsAndFunction =
  "i|i’m|i'm|i’ve|i've|i’ll|i'll|i’d|i'd|we|we’re|we're|we’ve|we've|we’ll|we'll|she|she’s|she's|he|he’s|he's|they|they’re|they're|it|it’s|it's|you|you’re|you're|your|yours|my|our|her|his|their|its|me|us|him|them|the|a|an|and|but|or|so|then|when|while|if|as|at|in|on|to|for|of|from|with|by|about|after|before|since|until|over|under|this|that|these|those|there|here|what|who|why|how|where|which|all|both|each|every|most|some|any|lots|lot|no|yes|not|oh|well|also|just|only|even|still|maybe|perhaps|please|thanks|thank|dear|hi|hello|hiya|love|lots|best|warm|warmest|kind|kindest|regards|wishes|wishing|hope|hoping|happy|merry|big|little|p.s|ps|pps|nb|xx|xxx|ok|okay|sorry|congratulations|well done|today|tomorrow|yesterday|tonight|now|soon|again|one|two|three|first|last|next|other|another|many|much|more|very|such|did|do|does|was|were|is|are|be|been|had|has|have|can|could|will|would|should|shall|might|must"
const schoolWords =
  'year|reception|nursery|school|preschool|pre-school|playgroup|college|university|uni|sixth|form|ks1|ks2|sats|sat|gcse|gcses|a-levels|maths|math|english|science|history|geography|pe|re|pshe|art|music|drama|french|spanish|german|computing|phonics|literacy|numeracy|assembly|play|christmas play|ofsted|head|headteacher|teacher|miss|sir|senco|ta|ehcp|send|iep|homework|spelling|spellings|times|tables|world|book|day|sports|class|forest|stay|sunday'
const groupWords =
  'brownies|brownie|beavers|beaver|cubs|cub|scouts|scout|guides|guide|rainbows|rainbow|squirrels|explorers|cadets|girlguiding|parkrun|junior|juniors|church|chapel|mosque|madrasa|madrassa|temple|gurdwara|mandir|synagogue|mass|sunday|choir|club|gym|swimming|football|rugby|cricket|netball|ballet|tap|street|dance|gymnastics|karate|judo|taekwondo|trampolining|cheerleading|brass|band|orchestra|drama|theatre|stagecoach|tumble|tots|tiny|boogie|toddler|group'
// Names of languages and peoples, which are capitalised but locate nobody.
const languages =
  'english|british|welsh|scottish|irish|french|spanish|german|italian|polish|portuguese|romanian|urdu|punjabi|hindi|bengali|gujarati|arabic|somali|turkish|kurdish|chinese|mandarin|cantonese|japanese|korean|russian|ukrainian|greek|dutch|latin|egyptian|egyptians|roman|romans|viking|vikings|tudor|tudors|victorian|victorians|saxon|saxons|celts|greeks|aztecs|mayans|stone|age|bronze|iron|bsl|makaton|muslim|christian|hindu|sikh|jewish|catholic|islam|islamic|quran|qur’an|bible|god|allah|jesus|prophet|surah|african|caribbean|pakistani|indian|asian|european|american|australian|jamaican|nigerian|ghanaian|yorkshire|geordie|scouse|scouser|cockney|brummie'
// Brands, games, shows, books and characters that children's letters are full of.
const brands =
  "lego|duplo|minecraft|roblox|fortnite|pokemon|pokémon|pikachu|nintendo|switch|xbox|playstation|ps4|ps5|wii|ipad|iphone|tablet|kindle|alexa|google|youtube|netflix|disney|disney+|pixar|marvel|dc|cbeebies|cbbc|bbc|itv|sky|tiktok|instagram|snapchat|facebook|whatsapp|facetime|zoom|spotify|amazon|ebay|argos|smyths|hamleys|tesco|asda|aldi|lidl|sainsbury’s|sainsbury's|sainsburys|morrisons|waitrose|primark|next|boots|superdrug|greggs|mcdonald’s|mcdonald's|mcdonalds|kfc|subway|nando’s|nando's|nandos|costa|starbucks|haribo|cadbury|cadbury’s|oreo|nutella|coca-cola|pepsi|fanta|ribena|weetabix|cheerios|frozen|elsa|olaf|moana|encanto|mirabel|wicked|grease|hamilton|trolls|minions|migration|elemental|annie|shrek|bluey|bingo|peppa|paw|patrol|skye|rubble|everest|zuma|barbie|sylvanian|squishmallow|squishmallows|beyblade|beyblades|hatchimals|lol|gabby|duggee|numberblocks|alphablocks|cocomelon|teletubbies|tellytubbies|gruffalo|zog|supertato|paddington|wonka|bfg|hagrid|hogwarts|hermione|dumbledore|gryffindor|slytherin|batman|superman|spiderman|spider-man|hulk|avengers|sonic|mario|luigi|yoshi|zelda|kirby|stitch|bruno|simba|nemo|dory|woody|buzz|shrek|grinch|scooby|elmo|tigger|pooh|eeyore|gruffalo’s|kipper|biff|floppy|beaker|horrid|wimpy|stegosaurus|t-rex|diplodocus|triceratops|velociraptor|jurassic|nerf|hot|wheels|scalextric|meccano|playmobil|crayola|jellycat|build-a-bear|fifa|messi|ronaldo|haaland|adele|strictly|bake|gogglebox|newsround|duggee|hobbycraft|centre|center|parcs|butlins|haven|pontins|premier|inn|travelodge|legoland|disneyland|thorpe|alton|towers|chessington|flamingo|eureka|lightwater|gulliver’s|gulliver's|paultons|wembley|anfield|etihad|emirates|tottenham|arsenal|chelsea|everton|spurs|wolves|villa|hotspur|celtic|rangers|rhinos|lionesses|nhs|raf|army|navy|police|council|covid|zumba|pilates|yoga|mini|ford|focus|fiesta|corsa|vauxhall|toyota|tesla|vw|volkswagen|bmw|audi|kia|nissan|honda|jeep|land|rover|range|bus|whatsapp|messenger|vinted|trampoline|softplay|plus|pro|max|ultra"
const misc =
  'p.s.|tv|dvd|ok|uk|gb|usa|eu|un|t-shirt|wi-fi|wifi|app|covid-19|lockdown|a&e|gp|dentist|doctor|doctors|hospital|vet|vets|camhs|cafcass|social|worker|agency|letterbox|contact|post|adoption|panel|court|judge|senior|manager|team|office|address|phone|number|email|letter|letters|card|cards|photo|photos|picture|pictures|drawing|love|hugs|kisses|hug|kiss|bless|god|heaven|angel|tooth|fairy|bunny|elf|elves|shelf|father|mother|dear|darling|sweetheart|sweetie|princess|prince|king|queen|sir|lady|lord|captain|doctor|nurse|wise|man|men|star|wars|jedi|world|cup|league|euros|olympics|paralympics|bank|holiday|holidays|half|term|summer|autumn|winter|spring|weekend|morning|afternoon|evening|night|birthday|party|wedding|christening|baptism|communion|confirmation'

/** Capitalised words that are ordinary in a letter: never names or places on their own. */
const ordinaryCapitalised = set(
  days,
  months,
  festivals,
  relations,
  pronounsAndFunction,
  schoolWords,
  groupWords,
  languages,
  brands,
  misc,
)

// Multi-word phrases that must not be flagged: teams, shows, books, attractions, days.
const protectedPhrases = [
  // Football, rugby and cricket teams: supporting one says nothing about where a child lives.
  'arsenal|aston villa|afc bournemouth|bournemouth|brentford|brighton and hove albion|brighton & hove albion|brighton|burnley|chelsea|crystal palace|everton|fulham|ipswich town|leicester city|liverpool fc|luton town|manchester city|man city|manchester united|man united|man utd|newcastle united|nottingham forest|sheffield united|southampton|tottenham hotspur|tottenham|west ham united|west ham|wolverhampton wanderers|leeds united|sunderland|middlesbrough|hull city|sheffield wednesday|huddersfield town|bradford city|barnsley fc|rotherham united|doncaster rovers|blackburn rovers|bolton wanderers|wigan athletic|preston north end|stoke city|west brom|west bromwich albion|birmingham city|coventry city|derby county|norwich city|watford|millwall|qpr|queens park rangers|swansea city|cardiff city|bristol city|bristol rovers|plymouth argyle|portsmouth|charlton athletic|oxford united|cambridge united|peterborough united|lincoln city|grimsby town|scunthorpe united|harrogate town|york city|halifax town|fc halifax town|oldham athletic|burton albion|mansfield town|notts county|port vale|tranmere rovers|carlisle united|accrington stanley|fleetwood town|salford city|crewe alexandra|shrewsbury town|exeter city|wycombe wanderers|colchester united|leyton orient|afc wimbledon|sutton united|celtic|glasgow rangers|hibernian|dundee united|real madrid|barcelona|bayern munich|paris saint-germain|juventus|inter miami|leeds rhinos|castleford tigers|wakefield trinity|warrington wolves|wigan warriors|st helens|hull kr|bradford bulls|huddersfield giants|featherstone rovers|leicester tigers|bath rugby|saracens|harlequins|yorkshire cricket|england|lionesses|premier league|champions league|world cup|fa cup',
  // Shows, books, games, songs and characters.
  "peppa pig|paw patrol|hey duggee|in the night garden|mr tumble|something special|bing bunny|bluey and bingo|star wars|harry potter|spider-man|spider man|iron man|captain america|wonder woman|toy story|lion king|the lion king|inside out|despicable me|minions|frozen 2|the snowman|the grinch|home alone|elf on the shelf|super mario|mario kart|animal crossing|among us|just dance|pokemon go|bake off|great british bake off|strictly come dancing|britain’s got talent|britains got talent|blue peter|doctor who|dr who|match of the day|love island|stranger things|squid game|little mix|taylor swift|ed sheeran|harry styles|billie eilish|mo salah|jack grealish|king charles|the king|the queen|prince william|princess kate|father christmas|tooth fairy|easter bunny|mr men|little miss|mr bean|miss honey|miss trunchbull|mr potato head|mr blobby|mr tickle|mr happy|mr greedy|mr stink|mr gum|dr seuss|diary of a wimpy kid|wimpy kid|dog man|worst witch|the worst witch|tiger who came to tea|the tiger who came to tea|hungry caterpillar|very hungry caterpillar|room on the broom|stick man|horrid henry|tracy beaker|captain underpants|hunger games|percy jackson|famous five|secret seven|roald dahl|david walliams|julia donaldson|jacqueline wilson|tom gates|the twits|fantastic mr fox|charlie and the chocolate factory|jingle bells|silent night|away in a manger|twinkle twinkle|wise man|wise men|three kings|sylvanian families|hot wheels|nintendo switch|lego friends|lego city|lego star wars|happy meal|national trust|english heritage|jack russell|jack russells|cocker spaniel|king charles spaniel|german shepherd|golden retriever|border collie|shih tzu|french bulldog|yorkshire terrier|bichon frise|lhasa apso|guinea pig|yorkshire pudding|yorkshire puddings|yorkshire tea|cornish pasty|brussels sprouts|victoria sponge|christmas eve|christmas day|boxing day|new year|new year’s eve|new year's eve|new year’s day|bonfire night|guy fawkes|mother’s day|mothers day|mother's day|father’s day|fathers day|father's day|world book day|red nose day|comic relief|children in need|sports day|pancake day|shrove tuesday|good friday|easter sunday|easter monday|st patrick’s day|st patrick's day|st david’s day|st david's day|st george’s day|st george's day|st andrew’s day|st andrew's day|valentine’s day|valentine's day|eid mubarak|eid al-fitr|eid al-adha|half term|bank holiday|remembrance day|remembrance sunday|armistice day|black history month|pride month|year 1|year 2|year 3|year 4|year 5|year 6|year 7|year 8|year 9|year 10|year 11|year 12|year 13|key stage|sixth form|sats week|nativity play|christmas play|christmas jumper day|christmas fair|summer fair",
  // Famous people children write about: sport, books, music and television.
  'david attenborough|attenborough|joe wicks|michael morpurgo|morpurgo|roald dahl|david walliams|jacqueline wilson|julia donaldson|axel scheffler|michael rosen|beatrix potter|enid blyton|jk rowling|j k rowling|j.k. rowling|tom fletcher|liz pichon|jeff kinney|dav pilkey|anthony horowitz|alex rider|greg heffley|tom gates|harry kane|bukayo saka|jordan pickford|aaron ramsdale|kyle walker|john stones|trent alexander-arnold|ollie watkins|jude bellingham|marcus rashford|phil foden|declan rice|cole palmer|jack grealish|raheem sterling|erling haaland|lionel messi|cristiano ronaldo|kylian mbappe|mohamed salah|mo salah|david beckham|wayne rooney|alan shearer|gary lineker|gareth southgate|leah williamson|chloe kelly|mary earps|alessia russo|beth mead|lucy bronze|ella toone|emma raducanu|andy murray|lewis hamilton|tom daley|mo farah|jessica ennis|simone biles|usain bolt|kevin sinfield|rob burrow|taylor swift|ed sheeran|harry styles|olly murs|lewis capaldi|dua lipa|billie eilish|olivia rodrigo|sabrina carpenter|ariana grande|beyonce|stormzy|mr beast|mrbeast|ksi|dan tdm|dantdm|stampy|aphmau|blippi|ms rachel|mr tumble|justin fletcher|gordon ramsay|jamie oliver|mary berry|paul hollywood|prue leith|ant and dec|ant & dec|holly willoughby|phillip schofield|steve backshall|maddie moate|greta thunberg|king charles|queen elizabeth|queen camilla|prince george|princess charlotte|prince louis|prince harry|meghan markle|santa claus|father christmas|tooth fairy',
  // Charities and national organisations.
  "park run|parkrun|junior parkrun|st john ambulance|st john’s ambulance|st john's ambulance|red cross|british red cross|salvation army|rspca|rspb|nspcc|barnardo’s|barnardo's|oxfam|british heart foundation|cancer research|cancer research uk|macmillan|marie curie|dogs trust|blue cross|age uk|mind|samaritans|great ormond street|make a wish|comic relief|sport relief|children in need|pudsey bear|duke of edinburgh|duke of edinburgh award|dofe|girlguiding|the scouts|scouts association|young carers|citizens advice|food bank|foodbank|national trust|woodland trust|wildlife trust|canal and river trust",
  // Pantomimes, fairy tales, cakes and sweets with a name in them.
  "jack and the beanstalk|aladdin|cinderella|snow white|sleeping beauty|beauty and the beast|dick whittington|mother goose|goldilocks|little red riding hood|hansel and gretel|peter pan|captain hook|tinker bell|peter rabbit|winnie the pooh|hundred acre wood|thomas the tank engine|fireman sam|postman pat|bob the builder|ben and holly|sarah and duck|sonic the hedgehog|colin the caterpillar|percy pig|wallace and gromit|shaun the sheep|old macdonald|humpty dumpty|baby shark|mr whippy|space mountain|pirates of the caribbean|it’s a small world|it's a small world|the lion king|lilo and stitch|toy story land|kensuke’s kingdom|kensuke's kingdom|war horse|the boy at the back of the class|the boy in the dress|gangsta granny|billionaire boy|the bfg|james and the giant peach|charlie and the chocolate factory|george’s marvellous medicine|george's marvellous medicine|the enormous crocodile|the owl who was afraid of the dark|we’re going on a bear hunt|we're going on a bear hunt|harry potter|hermione granger|ron weasley|percy jackson|katniss|spider-man|iron man|captain america|black panther|doctor strange|wonder woman|han solo|luke skywalker|darth vader|baby yoda|harry potter world",
  // Famous attractions, days out and holiday places a family might visit from anywhere.
  "center parcs|centre parcs|alton towers|thorpe park|chessington|drayton manor|flamingo land|lightwater valley|gulliver’s world|gulliver's world|paultons park|peppa pig world|legoland|legoland windsor|cbeebies land|disneyland|disneyland paris|disney world|walt disney world|universal studios|blackpool pleasure beach|pleasure beach|blackpool tower|blackpool illuminations|yorkshire wildlife park|chester zoo|twycross zoo|london zoo|whipsnade zoo|edinburgh zoo|knowsley safari park|west midlands safari park|longleat|cadbury world|eureka|eureka!|the deep|sea life|sea life centre|go ape|eden project|stonehenge|harry potter studios|warner bros studio|natural history museum|science museum|british museum|national railway museum|london eye|tower of london|tower bridge|buckingham palace|big ben|trafalgar square|covent garden|hyde park|regent’s park|regent's park|oxford street|downing street|abbey road|baker street|regent street|coronation street|sesame street|privet drive|diagon alley|penny lane|memory lane|milky way|notting hill|jurassic park|jurassic world|hogwarts|wembley|wembley stadium|old trafford|anfield|elland road|the etihad|emirates stadium|st james’ park|st james' park|st james’s park|st james's park|murrayfield|twickenham|lords|headingley|lake district|peak district|yorkshire dales|north york moors|new forest|cotswolds|jurassic coast|isle of wight|isle of man|isles of scilly|isle of skye|scottish highlands|the highlands|snowdonia|ben nevis|loch ness|lake windermere|robin hood’s bay|robin hood's bay|st ives|st andrews|st pancras|st paul’s|st paul's|st paul’s cathedral|st paul's cathedral|westminster abbey|new york|new zealand|south africa|gran canaria|costa del sol|costa blanca|lake garda|the canaries|canary islands|great britain|united kingdom|northern ireland|republic of ireland|united states|north wales|south wales|west wales|butlins|haven|pontins|premier inn|travelodge|marks and spencer|marks & spencer|home bargains|b&m|the range|pizza hut|burger king|costa coffee|pizza express|toys r us|the entertainer|build-a-bear|build a bear|smyths toys|john lewis|tk maxx|dunelm|ikea|next door",
]
  .join('|')
  .split('|')
  .map((phrase) => phrase.trim().toLowerCase())
  .filter(Boolean)

const escapeRegExp = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

// Phrases looked up word by word (a regex alternation of hundreds of phrases is slow), indexed
// by their first word.
const protectedIndex = new Map<string, string[][]>()
for (const phrase of protectedPhrases) {
  const keys = [...phrase.matchAll(wordPattern())].map((m) => norm(m[0]))
  const first = keys[0]
  if (!first) continue
  const list = protectedIndex.get(first) ?? []
  list.push(keys)
  protectedIndex.set(first, list)
}

/**
 * Countries, nations and far-away or famous holiday places. A trip there locates nobody, so they
 * are flagged only when the letter says someone lives there.
 */
const lowRiskPlaces = set(
  'england|scotland|wales|ireland|britain|uk|europe|asia|africa|america|australia|antarctica|arctic|canada|usa|spain|france|italy|germany|portugal|greece|turkey|cyprus|malta|croatia|poland|romania|holland|netherlands|belgium|switzerland|austria|norway|sweden|denmark|finland|iceland|lapland|egypt|morocco|tunisia|dubai|india|pakistan|bangladesh|sri lanka|nigeria|ghana|kenya|jamaica|barbados|mexico|brazil|china|japan|thailand|bali|florida|orlando|california|tenerife|lanzarote|fuerteventura|majorca|mallorca|menorca|minorca|ibiza|benidorm|magaluf|algarve|madeira|crete|corfu|rhodes|kos|zante|santorini|paris|rome|venice|barcelona|madrid|amsterdam|berlin|prague|dublin|new york|lisbon|brittany|normandy|london|edinburgh|cornwall|devon|dorset|norfolk|suffolk|northumberland|cumbria|pembrokeshire|anglesey|snowdon|skye|scarborough|whitby|filey|bridlington|skegness|cleethorpes|blackpool|southport|morecambe|llandudno|rhyl|tenby|newquay|padstow|bude|falmouth|torquay|weymouth|bournemouth|brighton|great yarmouth|windermere|keswick|ambleside|aviemore|oban|portrush|jersey|guernsey|highlands|dales|lakes|seaside|florence|georgia|jordan',
)

// Proper names that are words for pets, toys, costumes and characters, not people to protect.
const petBefore =
  /\b(?:dog|puppy|pup|cat|kitten|kitty|hamster|rabbit|bunny|guinea pig|pony|ponies|horse|donkey|goat|fish|goldfish|tortoise|turtle|budgie|parrot|bird|chicken|hen|lizard|gecko|snake|spider|crab|snail|worm|frog|duck|teddy|teddies|bear|doll|dolly|dollies|toy|puppet|robot|car|bike|scooter|unicorn|dragon|dinosaur|monster|cockapoo|cavapoo|labrador|lab|spaniel|terrier|collie|poodle|dachshund|pug|husky|huskies|retriever|staffy|staffies|whippet|greyhound|beagle|bulldog|moggy|tabby|tadpole|caterpillar)(?:s|es)?\b(?:(?:(?!\b(?:friends?|girls?|boys?|lady|man|woman|teachers?|mates?|neighbours?|cousins?|kids?|child|children|people|person|family)\b)[^.!?\n]){0,30}\b(?:called|named|calls?|names?))?\s*,?\s*(?:[a-z]+\s+(?:and|&)\s+)?$|\b(?:called|named|calls?|call)\s+it\s*$/
// "dressed up as Matilda", "wants to be Skye", "his favourite is Thomas".
const roleBefore =
  /\b(?:class(?:es)? (?:is |are |was )?(?:called|named)|dressed(?: up)? as|went as|go as|going as|costume|be|played|plays|playing|pretending to be|favourite (?:character |film |book |show |song |singer |player |team |game )?(?:is|was|are)|favourite)\s*$/

// "Mia was Mary in the nativity".
const roleAfter =
  /^\s+in (?:the|our|her|his|a) (?:school |class |christmas |church )?(?:nativity|play|panto|pantomime|show|musical|production|assembly)\b/i
// "every David Attenborough programme", "reading Michael Morpurgo": famous people, not contacts.
const mediaAfter =
  /^\s+(?:programmes?|shows?|books?|films?|movies?|series|workouts?|songs?|albums?|concerts?|videos?|games?|shirts?|posters?|novels?|stor(?:y|ies)|episodes?|documentar(?:y|ies)|channel|tour|annual|cake|toys?|figures?|figurines?|costume|stickers?|cards?|dolls?|lego|music|tickets?)\b/i
const mediaBefore =
  /\b(?:reading|read|reads|watching|watched|watches|watch|listening to|listens to|listened to|books? by|written by|idol is|hero is|posters? of|impressions? of|singing|sings|sang)\s+(?:every |all |the |some |a |an |his |her |lots of |loads of |more )?$/

const attributiveAfter =
  /^\s+(?!(?:is|was|has|had|and|or|where|which|but|to|for|in|on|at|with|because|so|when|are|were|too|last|this|next|every|now|again|today|yesterday|before|after|once|twice)\b)\p{Ll}/u

// "supports Liverpool": a team, not a home.
const teamBefore =
  /\b(?:supports?|supporting|supporter of|fan of|fans of|follows|season ticket (?:at|for))\s+$/
// A day out at an attraction locates nobody: "a day at Bolton Abbey", "visited Jorvik Viking Centre".
const attractionEnd =
  /\b(?:Abbey|Castle|Cathedral|Minster|Priory|Palace|Rocks|Bay|Sands|Falls|Zoo|Museum|Gallery|Aquarium|Pier|Island|Forest|Lakes?|World|Land|Kingdom|Towers|Gorge|Caves?|Cavern|Cove|Head|Point|Peak|Fell|Railway|Sculpture Park|Safari Park|Wildlife Park|Theme Park|Water Park|Farm Park|Viking Centre|Heritage Centre|Visitor Centre|Discovery Centre|Science Centre|Sea Life Centre|House|Hall and Gardens|Gardens)$/

// ---------------------------------------------------------------------------------------------
// Extra first names. compromise knows many names but misses common UK ones (Poppy, Freya, Leo,
// Mason, Priya, ...), so a capitalised word found here counts as a name.
const extraFirstNames = set(
  'olivia|amelia|isla|ava|mia|ivy|lily|lilly|isabella|rosie|sophia|grace|willow|freya|florence|emily|ella|poppy|evie|elsie|charlotte|evelyn|sienna|sofia|daisy|phoebe|sophie|alice|harper|matilda|ruby|emilia|maya|millie|isabelle|eva|luna|jessica|aria|elizabeth|erin|chloe|arabella|esme|maisie|eliza|layla|harriet|scarlett|thea|lucy|mila|ayla|robyn|imogen|zara|heidi|eleanor|holly|hallie|bonnie|olive|georgia|mabel|lottie|orla|nancy|ada|hannah|amber|lyla|darcie|darcey|mollie|molly|margot|iris|emma|violet|aurora|penelope|ellie|bella|lola|martha|maria|beatrice|edith|aisha|nova|lexi|amelie|sara|gracie|jasmine|kayla|leah|megan|niamh|caitlin|abigail|katie|lacey|tilly|hollie|maddison|madison|paige|courtney|shannon|jade|chantelle|kayleigh|leanne|stacey|gemma|kirsty|natalie|danielle|kerry|jodie|tanya|oliver|george|noah|arthur|harry|leo|muhammad|mohammed|mohammad|jack|charlie|oscar|jacob|henry|thomas|freddie|freddy|alfie|theo|william|theodore|archie|joshua|alexander|james|isaac|edward|lucas|tommy|finley|max|logan|ethan|teddy|benjamin|arlo|joseph|sebastian|harrison|elijah|adam|daniel|samuel|louie|mason|reuben|albie|rory|jude|hugo|ronnie|frankie|toby|jaxon|dylan|riley|jenson|ezra|rowan|ollie|ralph|finn|reggie|albert|elliot|elliott|louis|jayden|luca|tobias|zachary|ryan|liam|kai|jake|nathan|tyler|kyle|callum|connor|bailey|ellis|harley|kian|brandon|lewis|jamie|ben|sam|ibrahim|yusuf|ayaan|zayn|hamza|omar|ali|fatima|maryam|amira|zainab|hafsa|khadija|aaliyah|priya|anaya|aarav|arjun|zofia|zuzanna|jakub|oliwia|kacper|szymon|ngozi|chidi|tobi|temi|kemi|imran|farah|shazia|nadia|ayesha|sana|bilal|usman|hassan|hussein|aleena|inaya|mustafa|ahmed|ayan|rayan|eesa|kaiden|caiden|kayden|jaiden|jaden|maddie|macy|macie|evan|cody|declan|aiden|aidan|brody|brodie|lennon|rocco|otis|jasper|felix|caleb|harvey|stanley|jesse|bobby|nellie|dolly|winnie|rae|gaz|kev|baz|shaz|daz|tez|jonno|bex|jess|becca|steph|kaz|callie|raya|ottilie|myla|remi|elodie|cleo|margo|rosa|sonny|alfred|roman|hudson|grayson|mylo|milo|jax|kayden|kenzie|mckenzie|demi|tia|keira|ashleigh|leighton|kelsey|ebony|tiana|nia|amara|amani|kofi|kwame|femi|dami|tayo|chioma|adaeze|kieran|shane|wayne|dean|darren|lee|craig|gary|kevin|carl|paul|mark|steve|stephen|tony|andy|rob|jo|jen|jenny|kim|sue|pam|jean|carol|brenda|tina|lisa|julie|karen|tracey|tracy|sharon|michelle|nicola|claire|helen|sarah|laura|rachel|becky|rebecca|vicky|amy|gill|dawn|donna|debbie|mandy|kayleigh|jordan',
)

// Common words that are also names, when they start a sentence ("Hope you are well").
const sentenceStartWords = set(
  'will|may|hope|summer|autumn|winter|spring|june|april|august|bill|pat|sunny|joy|faith|honey|sky|art|grace|rose|holly|ivy|daisy|poppy|amber|ruby|jade|max|mark|dean|lee|sue|rob|dawn|carol|bob|frank|guy|jack|ray|jean|chase|hunter|bailey|harper|mason|carter|nova|iris|olive|bonnie|lottie|jasmine|destiny|liberty|faith|precious|blessing|favour|hope|sonny',
)

// ---------------------------------------------------------------------------------------------
// Shared pieces of the rules.

// A capitalised word, matched only from its first letter (the look-behind keeps long runs of
// capitals from being tried at every position).
const CAP = String.raw`(?<![\p{L}\p{M}\p{N}'’\-])\p{Lu}[\p{L}\p{M}'’\-]*`
const WB_START = String.raw`(?<![\p{L}\p{N}_])`
const WB_END = String.raw`(?![\p{L}\p{N}_])`
/**
 * Case-insensitive keywords inside a case-sensitive pattern: the `i` flag would also make `\p{Lu}`
 * match lower case, and the name rules depend on capitals. For keyword lists only (no `\p{..}`).
 */
const ci = (pattern: string) =>
  pattern.replace(/(?<!\\)[a-z]/g, (letter) => `[${letter}${letter.toUpperCase()}]`)

const streetSuffixes =
  'Road|Street|Lane|Avenue|Close|Drive|Grove|Way|Crescent|Place|Gardens|Court|Terrace|Walk|Hill|Rise|Mews|View|Row|Square|Parade|Fold|Croft|Mount|Brow|Chase|Garth|Wynd|Vale|Green|Bank|Gate|Approach|Boulevard|Broadway|Heights|Nook|Paddock|Ridge|Glade|Dene|Meadow|Meadows|Side|Lea'
const streetAbbreviations = 'Rd|St|Ave|Dr|Cres|Pl|Gdns|Ct|Tce|Ln|Sq'
const schoolSuffix = String.raw`(?:Primary|Infants?|Juniors?|Nursery|Pre-?[Ss]chool|Playgroup|Academy|College|High School|High|Grammar|School|Secondary|Sixth Form|Montessori|University|Uni|C\.? ?of ?E\.?|CofE|CE|C\.E\.|RC|R\.C\.|Catholic|Church of England|Methodist|Community School|Free School|Middle School|First School|Day Nursery|Kindergarten|Prep|Preparatory)`
const clubSuffix = String.raw`(?:F\.?C\.?|AFC|JFC|JFC|RFC|RUFC|RLFC|ARLFC|CC|AC|Harriers|Athletic|Athletics|Rovers|Wanderers|Rangers|Albion|Club|Tigers|Lions|Colts|Panthers|Bears|Eagles|Hawks|Falcons|Sharks|Dolphins|Stingrays|Otters|Seals|Penguins|Youth|Band|Choir|Players|Theatre|Stage School|Dance School|Dance Academy|Dance Studio|Dance Centre|Gymnastics|Gym|Swimmers|Swimming|Aquatics|Judo|Karate|Taekwondo|Kickboxing|Boxing|Cricket|Hockey|Netball|Rugby|Tennis|Cycling|Riders|Striders|Runners|Road Runners|Cadets|Sea Cadets|Brigade|Scouts|Scout Group|Cubs|Beavers|Squirrels|Brownies|Guides|Rainbows|Explorers|Church|Chapel|Mosque|Masjid|Gurdwara|Temple|Mandir|Synagogue|Baptist|Tabernacle|Parish|Riding School|Stables|Equestrian|Youth Club|Sports Club|Social Club|Welfare|Institute|Guild|Society|Orchestra|Ensemble|Juniors)`
const landmarkSuffix = String.raw`(?:Park|Leisure Centre|Sports Centre|Community Centre|Community Hall|Library|Baths|Pool|Lido|Rec|Recreation Ground|Playing Fields?|Village Hall|Memorial Hall|Church Hall|Hall|Scout Hut|Surgery|Health Centre|Medical Centre|Medical Practice|Hospital|Infirmary|Children’s Centre|Children's Centre|Family Centre|Woods?|Moor|Common|Beck|Reservoir|Farm|Garden Centre|Market|Shopping Centre|Retail Park|Station|Country Park|Nature Reserve|Soft Play|Play Centre|Playground|Arena|Stadium|Ground|Rec Ground|Marina|Quarry|Estate|Precinct|Centre|Barracks|Tarn|Dam|Lido)`
// Words that say what kind of place something is without naming it ("Forest School", "Skate Park").
const genericQualifiers = set(
  "kids|kid|golf|walking|lunchtime|after-school|big|new|old|local|our|my|her|his|their|your|the|a|an|this|that|forest|sunday|summer|holiday|swimming|swim|dance|drama|driving|secondary|primary|junior|juniors|infant|infants|nursery|high|grammar|boarding|special|state|private|art|music|cooking|breakfast|after|home|sixth|form|year|reception|theme|trampoline|water|safari|skate|car|wildlife|adventure|country|national|play|soft|football|rugby|cricket|tennis|netball|hockey|gymnastics|gym|youth|book|chess|lego|homework|coding|science|craft|film|running|cycling|riding|karate|judo|boxing|church|village|community|leisure|sports|sport|shopping|retail|garden|family|children’s|children's|health|medical|dog|city|town|school|club|team|under|church|hall|centre|center|park|little|tiny|baby|toddler|mini|first|second|third|1st|2nd|3rd|saturday|monday|tuesday|wednesday|thursday|friday|weekend|christmas|easter|halloween|catholic|methodist|baptist|c|e|of|and|&|st|saint|fc|afc",
)

interface Word {
  start: number
  end: number
  text: string
  /** Lower case, without a possessive 's. */
  key: string
  capitalised: boolean
  sentenceStart: boolean
  tags: Set<string>
}

function isSentenceStart(text: string, index: number): boolean {
  let i = index - 1
  while (i >= 0 && /[\s"'“‘(\-–—*]/.test(text[i] ?? '')) {
    if (text[i] === '\n') return true
    i -= 1
  }
  return i < 0 || /[.!?:;]/.test(text[i] ?? '')
}

/** The same clause before an index, lower case: where context words like "called" or "live in" sit. */
function clauseBefore(text: string, index: number, size = 70): string {
  const window = text.slice(Math.max(0, index - size), index)
  const cut = Math.max(
    window.lastIndexOf('.'),
    window.lastIndexOf('!'),
    window.lastIndexOf('?'),
    window.lastIndexOf('\n'),
  )
  return window
    .slice(cut + 1)
    .toLowerCase()
    .replace(/’/g, "'")
}

// ---------------------------------------------------------------------------------------------
// Context words.

const placePrepBefore =
  /\b(?:in|at|near|from|to|around|outside|opposite|behind|towards|into|past|round|via|nr|by)\s+$/
const residenceBefore =
  /(?:\b(?:live|lives|living|lived|moved|moving|move|settled|based|house|home|flat|bungalow|local|village|town|area|estate|neighbourhood|postcode|address|grew up)\b[^.!?\n]{0,25}?\b(?:in|to|near|at|outside|of|by|called|is|off)|\b(?:we'?re|we are|i'?m|i am) (?:now |still )?(?:in|near)|just outside|not far from|round the corner from|down the road from|up the road from|walking distance (?:of|from)|near to)\s+$/
const tripBefore =
  /\b(?:went|go|going|gone|goes|visit|visited|visiting|trip|trips|holiday|holidays|day out|days out|weekend|week|fortnight|stayed|staying|stay|camping|camp|caravan|cottage|flew|fly|flying|drove|drive|travelled|break|seaside|beach|cruise|hotel|away|took|take|taking|tour|show|concert|match|festival|explore|explored|exploring|walked|climbed|swam|sailed|spent)\b/
const nameContextBefore =
  /\b(?:friend|friends|bestie|besties|bff|mate|mates|pal|pals|buddy|boyfriend|girlfriend|partner|husband|wife|fianc[eé]e?|teacher|teachers|assistant|coach|coaches|leader|instructor|key ?worker|childminder|babysitter|nanny|neighbour|neighbours|godmother|godfather|godparent|cousin|cousins|brother|sister|brothers|sisters|son|daughter|nephew|nephews|niece|nieces|grandson|granddaughter|grandchild|grandchildren|stepson|stepdaughter|stepdad|stepmum|stepbrother|stepsister|half-brother|half-sister|twin|uncle|aunt|auntie|aunty|nan|nana|nanna|grandma|grandad|classmate|girl|boy|lady|man|woman|lad|lass|kid|child|baby|called|named|name is|name's|names are|known as|with|me and|and|thanks to|from|saw|met|invited|hugged|misses|miss|texted|phoned|rang|messaged|told|asked|helped|visiting)\s*(?:is|are|was|were|called|named)?\s*[,:]?\s*$/
const possessivePersonAfter =
  /^['’]s\s+(?:party|house|home|mum|mummy|dad|daddy|birthday|sleepover|nan|nana|grandma|grandad|brother|sister|family|garden|place|parents|dog|cat|bedroom|wedding|christening)\b/
const personAfter = /^\s+(?:and I|and me|said|says|came|comes|stayed|lives|told|asked|who)\b/

// ---------------------------------------------------------------------------------------------
// The rules.

function findEmails(text: string, out: Candidate[]) {
  for (const m of text.matchAll(
    /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+|(?<![\p{L}\p{N}._+-])[\p{L}\p{N}._+-]+\s*(?:\(at\)|\[at\]|\sat\s)\s*(?:gmail|hotmail|outlook|yahoo|icloud|live|btinternet|sky|aol|me|mail|protonmail|googlemail)\s*(?:\.|\(dot\)|\[dot\]|\sdot\s)\s*(?:com|co\.uk|co dot uk|net|org|uk)/giu,
  )) {
    push(out, m.index, m.index + m[0].length, 'email', reasons.email, text)
  }
}

function findUrls(text: string, out: Candidate[]) {
  // A bare domain without www ("hussainscycles.co.uk") is matched with a lower-case ending only, so
  // a missing space after a full stop ("loved it.Me and Tom") is not a web address.
  const re =
    /\b[hH][tT][tT][pP][sS]?:\/\/[^\s<>"]+|\b[wW]{3}\.[^\s<>"]+|(?<![@\p{L}\p{N}.-])[\p{L}\p{N}][\p{L}\p{N}-]*(?:\.[\p{L}\p{N}-]+)*\.(?:co\.uk|org\.uk|sch\.uk|ac\.uk|gov\.uk|me\.uk|com|org|net|uk|io|info)(?:\/[^\s<>"]*)?(?![\p{L}\p{N}])/gu
  for (const m of text.matchAll(re)) {
    push(
      out,
      m.index,
      m.index + m[0].replace(/[.,;:!?)'"’]+$/, '').length,
      'web',
      reasons.web,
      text,
    )
  }
}

const platforms = String.raw`insta(?:gram)?|ig|tik\s?tok|snap(?:chat)?|facebook|fb|twitter|threads|youtube|yt|twitch|discord|roblox|xbox|psn|playstation|fortnite|minecraft|steam|whatsapp|telegram|bereal|pinterest|tumblr|reddit|kik|messenger|linkedin`
const handleWord = String.raw`@?[\p{L}\p{N}_.]*[\p{L}\p{N}_]`
const platformHandleRe = new RegExp(
  String.raw`\b(?:${ci(platforms)})\b(?:\s+(?:name|username|user\s?name|handle|account|id|tag|gamertag|gamer\s?tag|page|profile))?\s*(?:(:|-|–|=|@)\s*|\s(?:is|it'?s|it’s|is called|as|on)\s+)['"“‘]?(\p{Lu}[\p{L}\p{N}'’-]*(?:\s+\p{Lu}[\p{L}\p{N}'’-]*){0,3}|${handleWord})`,
  'gu',
)
const usernameRe = new RegExp(
  String.raw`\b(?:user\s?name|handle|gamer\s?tag|screen\s?name|account\s?name|profile\s?name)\s*(?::|-|is|=)\s*['"“‘]?(${handleWord})`,
  'giu',
)
const commonAfterPlatform = set(
  'her|his|my|our|their|the|a|an|so|really|very|great|fun|good|bad|not|now|too|all|just|on|in|at|it|is|was|and|but|brilliant|amazing|ok|okay|where|what|how|there|here|allowed|banned|blocked|off|fine|safe|popular|big',
)

function findHandles(text: string, out: Candidate[]) {
  // @name, not the middle of an email address.
  for (const m of text.matchAll(
    /(?<![\p{L}\p{N}_.@])@[\p{L}\p{N}_](?:[\p{L}\p{N}_.]*[\p{L}\p{N}_])?/gu,
  )) {
    if (m[0].length >= 3) push(out, m.index, m.index + m[0].length, 'handle', reasons.handle, text)
  }
  for (const re of [platformHandleRe, usernameRe]) {
    for (const m of text.matchAll(re)) {
      const handle = m[re === platformHandleRe ? 2 : 1] ?? ''
      const separator = re === platformHandleRe ? (m[1] ?? '') : ':'
      const looksLikeHandle = /[_.\d@]/.test(handle) || /^\p{Lu}/u.test(handle) || separator !== ''
      if (!looksLikeHandle || commonAfterPlatform.has(norm(handle)) || handle.length < 3) continue
      const start = m.index + m[0].lastIndexOf(handle)
      push(out, start, start + handle.length, 'handle', reasons.handle, text)
    }
  }
  // Usernames stand out by shape even without a platform: jessie_b_2010, kaylz88.
  for (const m of text.matchAll(
    /(?<![\p{L}\p{N}_.@/])(?:[\p{L}\p{N}]+_[\p{L}\p{N}_]*[\p{L}\p{N}]|\p{Ll}{3,}\d{2,})(?![\p{L}\p{N}_@])/gu,
  )) {
    push(out, m.index, m.index + m[0].length, 'handle', reasons.handle, text)
  }
}

function findPostcodes(text: string, out: Candidate[]) {
  for (const m of text.matchAll(
    /(?<![\p{L}\p{N}])([A-Za-z]{1,2}\d[A-Za-z\d]?)\s*(\d[A-Za-z]{2})(?![\p{L}\p{N}])/gu,
  )) {
    if (isValidPostcode(`${m[1]} ${m[2]}`)) {
      push(out, m.index, m.index + m[0].length, 'postcode', reasons.postcode, text)
    }
  }
  // A district on its own ("we're in LS6 now") only when the letter says it is a postcode.
  for (const m of text.matchAll(
    /\bpost\s?code\s*(?:is|:|-)?\s*([A-Za-z]{1,2}\d[A-Za-z\d]?)\b/giu,
  )) {
    const district = m[1] ?? ''
    const start = m.index + m[0].lastIndexOf(district)
    push(out, start, start + district.length, 'postcode', reasons.postcode, text)
  }
}

function findPhones(text: string, out: Candidate[]) {
  for (const found of findPhoneNumbersInText(text, 'GB')) {
    push(out, found.startsAt, found.endsAt, 'phone', reasons.phone, text)
  }
  // Shape rule too: drama numbers (07700 900xxx) and odd spacing are not "valid" to the library.
  for (const m of text.matchAll(
    /(?<![\d+])(?:\+\s?44\s?(?:\(0\)\s?)?|\(?0)(?:[\s\-.()]{0,2}\d){8,11}(?!\d)/g,
  )) {
    const digits = m[0].replace(/\D/g, '')
    const national = digits.startsWith('44') ? digits.slice(2).replace(/^0/, '') : digits.slice(1)
    if (national.length >= 9 && national.length <= 10) {
      push(out, m.index, m.index + m[0].length, 'phone', reasons.phone, text)
    }
  }
}

function findVehicles(text: string, out: Candidate[]) {
  // Current format (AB12 CDE) in any case; older prefix and suffix plates only in capitals.
  const re =
    /(?<![\p{L}\p{N}])(?:[A-Za-z]{2}\d{2}\s?[A-Za-z]{3}|[A-Z]\d{1,3}\s?[A-Z]{3}|[A-Z]{3}\s?\d{1,3}[A-Z])(?![\p{L}\p{N}])/gu
  for (const m of text.matchAll(re)) {
    push(out, m.index, m.index + m[0].length, 'vehicle', reasons.vehicle, text)
  }
}

const nameRun = String.raw`${CAP}(?:\s+(?:(?:of|the|and|&|de|la|le|upon|under)\s+)?${CAP}){0,3}`

const lowerStreetRe =
  /\b(?:down|along|up|on|off|onto|into|in|at|near|past|round|from|to|by|opposite|behind|towards)\s+([a-z][a-z'’-]+(?:\s+[a-z][a-z'’-]+)?)\s+(road|street|lane|avenue|close|drive|grove|crescent|gardens|terrace|rise|mews|parade)\b/g
const lowerStreetStop = set(
  pronounsAndFunction,
  'main|high|busy|quiet|long|short|steep|narrow|wide|muddy|windy|country|back|side|same|next|old|new|little|big|bus|cycle|bike|slow|fast|middle|inside|outside|wrong|right|left|dead|end|private|local|nearby|usual|whole|entire|memory|primrose|yellow|brick',
)

const units = set(
  'minute|minutes|min|mins|hour|hours|mile|miles|doors|houses|laps|times|days|weeks|months|years|km|metres|meters|yards|steps|seconds|more|of|us|them',
)

// "the High Street" names no particular street; "Church Lane" does.
const genericStreetWords = set(
  pronounsAndFunction,
  days,
  months,
  festivals,
  'high|main|milky|memory',
)

function findStreets(text: string, out: Candidate[]) {
  // A house number with a street, in any case: "23 Beech Grove", "14 mill lane".
  const numbered = new RegExp(
    String.raw`${WB_START}\d{1,4}[a-zA-Z]?,?\s+(?:[\p{L}'’\-]+\s+){1,3}(?:${streetSuffixes}|${streetAbbreviations})\.?${WB_END}`,
    'giu',
  )
  for (const m of text.matchAll(numbered)) {
    // "2 minutes down the road" is a distance, not an address.
    const words = m[0].split(/[\s,]+/).slice(1, -1)
    if (words.some((word) => lowerStreetStop.has(norm(word)) || units.has(norm(word)))) continue
    push(out, m.index, m.index + m[0].length, 'address', reasons.address, text)
  }
  // A street named in a sentence: "we walk down Mill Lane".
  const named = new RegExp(String.raw`(${nameRun})\s+(?:${streetSuffixes})${WB_END}`, 'gu')
  for (const m of text.matchAll(named)) {
    const trimmed = trimGenericStart(text, m.index, m.index + (m[1] ?? '').length, false, (key) =>
      genericStreetWords.has(key),
    )
    if (!trimmed) continue
    push(out, trimmed.start, m.index + m[0].length, 'address', reasons.address, text)
  }
  // A street in lower case after a word of movement: "down austhorpe lane".
  for (const m of text.matchAll(lowerStreetRe)) {
    const name = (m[1] ?? '').split(/\s+/)
    if (name.some((word) => lowerStreetStop.has(word))) continue
    const start = m.index + m[0].length - (m[1] ?? '').length - 1 - (m[2] ?? '').length
    push(out, start, m.index + m[0].length, 'address', reasons.address, text)
  }
  for (const m of text.matchAll(
    /\b(?:Flat|Apartment|Apt|Unit|House)\s+(?:No\.?\s*)?\d+[A-Za-z]?\b/g,
  )) {
    push(out, m.index, m.index + m[0].length, 'address', reasons.address, text)
  }
}

/**
 * Drops leading words that cannot be part of a name ("The", "Our", sentence starts) and returns
 * where the name really begins, or nothing if only generic words were left.
 */
function trimGenericStart(
  text: string,
  start: number,
  end: number,
  allowAllGeneric = false,
  isGeneric = (key: string) => genericQualifiers.has(key) || institutionGeneric.has(key),
): { start: number } | undefined {
  const words = [...text.slice(start, end).matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’\-.]*/gu)]
  let index = 0
  while (
    index < words.length &&
    (pronounsAndFunctionSet.has(norm(words[index]?.[0] ?? '')) ||
      !/^[\p{Lu}\d]/u.test(words[index]?.[0] ?? ''))
  ) {
    index += 1
  }
  const rest = words.slice(index)
  if (rest.length === 0) return undefined
  const distinctive = rest.some((word) => !isGeneric(norm(word[0])))
  if (!distinctive && !allowAllGeneric) return undefined
  return { start: start + (rest[0]?.index ?? 0) }
}
// Words that cannot name an institution on their own ("Christmas Market", "Lego Club"). Not the
// whole ordinary list: "King's Hall" and "Star Academy" are real names.
const institutionGeneric = set(
  pronounsAndFunction,
  days,
  months,
  festivals,
  relations,
  brands,
  schoolWords,
  groupWords,
)
const pronounsAndFunctionSet = set(pronounsAndFunction, days, months)

function findInstitutions(text: string, out: Candidate[]) {
  const specs: [RegExp, IdentifyingKind, string][] = [
    [
      new RegExp(
        String.raw`((?:(?:St\.?|Saint)\s+)?${nameRun})\s+${schoolSuffix}(?:\s+(?:and\s+)?${schoolSuffix})*(?:\s+(?:primary|infant|junior|high|grammar|secondary)?\s*(?:school|academy|nursery))?${WB_END}`,
        'gu',
      ),
      'school',
      reasons.school,
    ],
    [
      new RegExp(
        String.raw`(${nameRun})\s+(?:primary|infant|junior|nursery|high|grammar|secondary|prep)\s+(?:school|academy)${WB_END}`,
        'gu',
      ),
      'school',
      reasons.school,
    ],
    [
      new RegExp(
        String.raw`((?:\d+(?:st|nd|rd|th)\s+)?${nameRun})\s+${clubSuffix}(?:\s+${clubSuffix})*${WB_END}`,
        'gu',
      ),
      'club',
      reasons.club,
    ],
    [
      new RegExp(String.raw`(${nameRun})\s+(?:the\s+)?${landmarkSuffix}${WB_END}`, 'gu'),
      'place',
      reasons.landmark,
    ],
  ]
  for (const [re, kind, reason] of specs) {
    for (const m of text.matchAll(re)) {
      const nameEnd = m.index + (m[1] ?? '').length
      const ordinal = /^\d+(?:st|nd|rd|th)\s/.test(m[0])
      const trimmed = trimGenericStart(text, m.index, nameEnd, ordinal)
      if (!trimmed) continue
      push(out, trimmed.start, m.index + m[0].length, kind, reason, text)
    }
  }
  // St Mary's, St Luke's: a church, school or hall; which one depends on the words around it.
  for (const m of text.matchAll(
    /\b(?:St\.?|Saint)\s+\p{Lu}[\p{L}'’-]*(?:\s+(?:and|&)\s+(?:St\.?|Saint)\s+\p{Lu}[\p{L}'’-]*)?/gu,
  )) {
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 30)
    if (/^\s*(?:['’]s\s+)?Day\b/.test(after)) continue
    const before = clauseBefore(text, m.index, 40)
    const kind: IdentifyingKind =
      /^\s*(?:primary|infant|junior|school|academy|nursery|c of e|ce\b|rc\b|catholic|high|college)/i.test(
        after,
      ) || /\b(?:school|nursery|class|year \d+|teacher)\b[^.]*$/.test(before)
        ? 'school'
        : 'club'
    push(
      out,
      m.index,
      m.index + m[0].length,
      kind,
      kind === 'school' ? reasons.school : reasons.club,
      text,
    )
  }
  // Rainbows at St Luke's, Beavers at the Methodist church: the group's meeting place.
  for (const m of text.matchAll(
    new RegExp(
      String.raw`\b(?:Brownies|Beavers|Cubs|Scouts|Guides|Rainbows|Squirrels|Explorers|Cadets|choir|club|group|church|chapel|mass|service|swimming|football|training|practice|lessons?|classes?)\s+(?:at|in)\s+(?:the\s+)?(${nameRun})`,
      'gu',
    ),
  )) {
    const name = m[1] ?? ''
    const start = m.index + m[0].length - name.length
    const trimmed = trimGenericStart(text, start, start + name.length)
    if (trimmed) push(out, trimmed.start, start + name.length, 'club', reasons.club, text)
  }
}

const employerVerb = String.raw`(?:drives|drive|driving|work|works|worked|working|job|jobs|shifts?|employed|volunteers?|volunteering|volunteered|teaches|teach|teaching|placement|apprenticeship|apprentice|nurse|nursing|carer|manager|cleaner|driver|assistant|receptionist|cook|chef|officer|engineer|doctor|teacher|porter|paramedic|midwife|admin)`
const employerRe = new RegExp(
  String.raw`\b${employerVerb}\s+(?:(?:part[- ]time|full[- ]time|now|still|there)\s+)?(?:at|for|with|by|in)\s+(?:the\s+)?(?:(?:big|new|local|little|main|huge|massive|same|old)\s+)?((?:${CAP}|&)(?:\s+(?:&|and|of|the|for|${CAP})){0,4})`,
  'gu',
)
const notEmployers = set(
  'nhs|home|the|army|raf|navy|royal navy|police|council|school|the school|a|an|christmas|easter|weekend|weekends|night|nights|night shift|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays|january|february|march|april|may|june|july|august|september|october|november|december|mum|dad|grandma|grandad|nan|year',
)

const brandWords = set(brands)

function findEmployers(text: string, out: Candidate[]) {
  for (const m of text.matchAll(employerRe)) {
    let name = m[1] ?? ''
    name = name.replace(/\s+(?:&|and|of|the|for)$/u, '')
    const words = name.split(/\s+/)
    // Stop before a sentence-like continuation: "at Tesco I".
    const cut = words.findIndex((word, i) => i > 0 && pronounsAndFunctionSet.has(norm(word)))
    if (cut > 0) name = words.slice(0, cut).join(' ')
    const key = norm(name)
    if (!key || notEmployers.has(key)) continue
    // A brand is still an employer ("works at Tesco"); other ordinary words are not.
    const keys = name.split(/\s+/).map(norm)
    if (keys.every((k) => ordinaryCapitalised.has(k) && !brandWords.has(k))) continue
    const start = m.index + m[0].length - (m[1] ?? '').length
    push(out, start, start + name.length, 'employer', reasons.employer, text)
  }
}

const titles = String.raw`Mr|Mrs|Miss|Ms|Mx|Dr|Doctor|Prof|Professor|Rev|Revd|Reverend|Vicar|Father|Fr|Pastor|Imam|Rabbi|Sister|Coach|Sir|Madam|Auntie|Aunty|Aunt|Uncle|Nana|Nanna|Nan|Nanny|Grandma|Grandad|Granddad|Grandpa|Granny|Gran|Grandmother|Grandfather|Cousin|Godmother|Godfather|Sensei|Officer|PC|Captain`
const titledRe = new RegExp(String.raw`\b(?:${titles})\.?\s+(${CAP}(?:\s+${CAP})?)`, 'gu')
const nicknameRe = new RegExp(
  String.raw`\b(?:(?:call|calls|called|calling)\s+(?:him|her|them|me|us|himself|herself|themselves|each other)|nicknamed|nickname(?:s)?\s+(?:is|are|was)?|known as|goes by|go by)\s+(?:['"“‘])?((?:\p{Lu}|(?<=['"“‘]))[\p{L}'’-]*(?:[\s-]\p{Lu}[\p{L}'’-]*)?)`,
  'gu',
)

function findTitledNames(text: string, out: Candidate[], agreed: Set<string>) {
  for (const m of text.matchAll(titledRe)) {
    const name = (m[1] ?? '').split(/\s+/)
    // "Mrs Khan Year 3" keeps only the name words.
    const kept = name.filter((word, i) => i === 0 || !ordinaryCapitalised.has(norm(word)))
    const keys = kept.map(norm)
    if (keys.every((key) => agreed.has(key) || ordinaryCapitalised.has(key))) continue
    const end = m.index + m[0].length - (m[1] ?? '').length + kept.join(' ').length
    push(out, m.index, end - (/['’]s$/.test(kept.join(' ')) ? 2 : 0), 'name', reasons.name, text)
  }
  for (const m of text.matchAll(nicknameRe)) {
    const name = (m[1] ?? '').replace(/['’]s$/, '')
    if (!name || agreed.has(norm(name)) || relationsSet.has(norm(name))) continue
    const start = m.index + m[0].length - (m[1] ?? '').length
    push(out, start, start + name.length, 'name', reasons.nickname, text)
  }
}
const relationsSet = set(relations)

function findResidence(text: string, out: Candidate[]) {
  // "we live in Otley", "moved to Guiseley", "just outside Ilkley".
  const keywords = ci(
    String.raw`live|lives|living|lived|moved|moving|settled|based|we're now in|we are now in|just outside|on the edge of|not far from|round the corner from|down the road from`,
  ).replace(/'/g, "['’]")
  const re = new RegExp(
    String.raw`\b(?:${keywords})\s+(?:(?:right|just|now|still|nearby|in|to|near|at|by|outside|next to|close to)\s+){0,2}(${CAP}(?:[\s-]+(?:upon|on|in|under|le|by)?[\s-]*${CAP}){0,3})`,
    'gu',
  )
  for (const m of text.matchAll(re)) {
    const name = m[1] ?? ''
    const start = m.index + m[0].length - name.length
    const trimmed = trimGenericStart(text, start, start + name.length)
    if (trimmed) push(out, trimmed.start, start + name.length, 'place', reasons.home, text)
  }
}

// ---------------------------------------------------------------------------------------------
// Names and places with compromise: it tags people and places; the context words decide.

const personTags = ['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName']
const placeTags = ['Place', 'City', 'Region', 'Country']

// compromise's word list: first names, surnames, countries, cities and regions, looked up
// directly for every word because a full parse of a 300-word letter takes about 20 ms.
const lexicon =
  (nlp.world().model.one as { lexicon?: Record<string, string | string[]> }).lexicon ?? {}

/** compromise's tags for a lower-case word ("constructor" and the like are not words). */
function lexiconTags(key: string): string[] {
  if (!Object.hasOwn(lexicon, key)) return []
  const entry = lexicon[key]
  return typeof entry === 'string' ? [entry] : Array.isArray(entry) ? entry : []
}

function wordsOf(text: string): Word[] {
  const words: Word[] = []
  for (const m of text.matchAll(wordPattern())) {
    const key = norm(m[0])
    words.push({
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      key,
      capitalised: /^\p{Lu}/u.test(m[0]),
      sentenceStart: isSentenceStart(text, m.index),
      tags: new Set(lexiconTags(key)),
    })
  }
  return words
}

/**
 * Runs compromise's people(), places() and organizations() over the sentences that hold a
 * capitalised word nothing else recognises ("my mate Kev", "a flat in Seacroft"), and tags
 * those words with what it finds. Only those sentences, to keep a letter well under 20 ms.
 */
function tagUnknownWithCompromise(text: string, words: Word[], skip: (word: Word) => boolean) {
  const sentences: { start: number; end: number }[] = []
  for (const m of text.matchAll(/[^.!?\n]+[.!?]*/g)) {
    sentences.push({ start: m.index, end: m.index + m[0].length })
  }
  const unknown = words.filter(
    (word) =>
      word.capitalised &&
      !skip(word) &&
      !extraFirstNames.has(word.key) &&
      ![...personTags, ...placeTags].some((tag) => word.tags.has(tag)),
  )
  const chosen = sentences.filter((sentence) =>
    unknown.some((word) => word.start >= sentence.start && word.end <= sentence.end),
  )
  if (chosen.length === 0) return
  // One parse of the chosen sentences, with a map back to the letter's offsets.
  let subtext = ''
  const segments: { from: number; to: number; length: number }[] = []
  for (const sentence of chosen) {
    segments.push({
      from: subtext.length,
      to: sentence.start,
      length: sentence.end - sentence.start,
    })
    subtext += text.slice(sentence.start, sentence.end) + '\n'
  }
  const toLetter = (offset: number) => {
    const segment = segments.find((s) => offset >= s.from && offset < s.from + s.length + 1)
    return segment ? segment.to + (offset - segment.from) : -1
  }
  const doc = nlp(subtext)
  const found: [{ json: (options: object) => unknown }, string][] = [
    [doc.people(), 'Person'],
    [doc.places(), 'Place'],
    [doc.organizations(), 'Organization'],
  ]
  for (const [view, tag] of found) {
    for (const match of view.json({ offset: true }) as {
      offset: { start: number; length: number }
    }[]) {
      const start = toLetter(match.offset.start)
      if (start < 0) continue
      const end = start + match.offset.length
      for (const word of words) {
        if (word.start >= start && word.end <= end) word.tags.add(tag)
      }
    }
  }
}

function findNamesAndPlaces(
  text: string,
  words: Word[],
  out: Candidate[],
  agreed: Set<string>,
  protectedRanges: Range[],
) {
  tagUnknownWithCompromise(
    text,
    words,
    (word) =>
      /\d/.test(word.text) ||
      ordinaryCapitalised.has(word.key) ||
      agreed.has(word.key) ||
      inRanges(protectedRanges, word.start, word.end),
  )
  // Runs of capitalised words that are not ordinary: "Jessie Thompson", "Funky Monkeys".
  const runs: Word[][] = []
  let run: Word[] = []
  const flush = () => {
    if (run.length > 0) runs.push(run)
    run = []
  }
  for (const word of words) {
    const ordinary =
      !word.capitalised ||
      /\d/.test(word.text) ||
      ordinaryCapitalised.has(word.key) ||
      inRanges(protectedRanges, word.start, word.end)
    if (ordinary) {
      flush()
      continue
    }
    const previous = run[run.length - 1]
    if (previous && !/^[ \t]+$/.test(text.slice(previous.end, word.start))) flush()
    run.push(word)
  }
  flush()

  // What each run is: a kind, 'skip' when context says it is not a detail (a pet, a team, a
  // holiday), or undefined when nothing is known.
  const decisions = runs.map((words) => classifyRun(text, words, agreed))
  // "Ayden and Kofi", "Bodhi, Reggie and Sonny": a capitalised word listed with a name is a name.
  for (let pass = 0; pass < 2; pass += 1) {
    runs.forEach((words, i) => {
      if (decisions[i] !== undefined) return
      const neighbours = [i - 1, i + 1].filter((j) => {
        const [a, b] = j < i ? [runs[j], words] : [words, runs[j]]
        const gap = text.slice(a?.[a.length - 1]?.end ?? 0, b?.[0]?.start ?? 0)
        return decisions[j] === 'name' && /^(?:['’]s)?\s*(?:,|and|&|,\s*and)\s*$/.test(gap)
      })
      if (neighbours.length > 0) decisions[i] = 'name'
    })
  }
  runs.forEach((words, i) => {
    const decision = decisions[i]
    const first = words[0]
    const last = words[words.length - 1]
    if (!decision || decision === 'skip' || !first || !last) return
    const end = last.end - (/['’]s$/.test(last.text) ? 2 : 0)
    const reason =
      decision === 'name'
        ? reasons.name
        : decision === 'club'
          ? reasons.organisation
          : reasons.place
    const home = decision === 'place' && residenceBefore.test(clauseBefore(text, first.start))
    push(out, first.start, end, decision, home ? reasons.home : reason, text)
  })
}

function classifyRun(
  text: string,
  words: Word[],
  agreed: Set<string>,
): IdentifyingKind | 'skip' | undefined {
  const first = words[0]
  const last = words[words.length - 1]
  if (!first || !last) return 'skip'
  const start = first.start
  const end = last.end - (/['’]s$/.test(last.text) ? 2 : 0)
  const own = words.filter((word) => !agreed.has(word.key) && !relationsSet.has(word.key))
  if (own.length === 0) return 'skip'
  const before = clauseBefore(text, start)
  const after = text.slice(end, end + 40)
  if (petBefore.test(before) || roleBefore.test(before) || teamBefore.test(before)) return 'skip'
  if (mediaBefore.test(before) || mediaAfter.test(after) || roleAfter.test(after)) return 'skip'
  const key = words.map((word) => word.key).join(' ')
  const tags = new Set(words.flatMap((word) => [...word.tags]))
  const isPerson = (word: Word) =>
    personTags.some((tag) => word.tags.has(tag)) || extraFirstNames.has(word.key)
  const personTagged = own.some(isPerson)
  const placeTagged = placeTags.some((tag) => tags.has(tag))
  const onlyWord = words.length === 1
  // "Leeds fan": a team, not a home.
  if (onlyWord && /^\s+(?:fans?|supporters?)\b/i.test(after)) return 'skip'

  const nameContext =
    nameContextBefore.test(before) || possessivePersonAfter.test(after) || personAfter.test(after)
  const residence = residenceBefore.test(before)
  const placePrep = placePrepBefore.test(before)
  const trip = tripBefore.test(before)
  const lowRisk = lowRiskPlaces.has(key) || tags.has('Country')

  if (residence) return 'place'
  if (lowRisk && (placePrep || placeTagged || !personTagged)) return 'skip'
  if (nameContext && !placePrep) return 'name'
  // "the Harrisons next door": a family by its surname.
  if (onlyWord && /\bthe\s+$/.test(before) && /s$/.test(first.key)) {
    const entryTags = [
      ...lexiconTags(first.key.replace(/e?s$/, '')),
      ...lexiconTags(first.key.slice(0, -1)),
    ]
    if (
      entryTags.some((tag) => personTags.includes(tag)) ||
      extraFirstNames.has(first.key.slice(0, -1))
    ) {
      return 'name'
    }
  }
  if (
    placePrep &&
    !(personTagged && !placeTagged && !/\b(?:in|near|from|outside)\s+$/.test(before))
  ) {
    // One-word places on a trip ("a week in Filey") are holidays; a venue with a longer name
    // ("a party at Funky Monkeys") is kept.
    return trip && onlyWord ? 'skip' : 'place'
  }
  if (personTagged) {
    return first.sentenceStart && onlyWord && sentenceStartWords.has(first.key) ? 'skip' : 'name'
  }
  if (placeTagged) {
    if (trip && onlyWord) return 'skip'
    // "a Highland cow teddy", "Yorkshire puddings": the place describes a thing.
    return attributiveAfter.test(after) ? 'skip' : 'place'
  }
  if (tags.has('Organization') && !first.sentenceStart) return 'club'
  return undefined
}

// ---------------------------------------------------------------------------------------------
// The family's own record.

interface FamilyPattern {
  re: RegExp
  /** Common words ("Green", "Mill") match only when capitalised and not starting a sentence. */
  needsCapital: boolean
}

const commonWords = set(
  'green|wood|woods|hill|hills|mill|mills|brook|field|fields|park|lane|road|street|house|farm|church|bridge|water|stone|white|black|brown|young|king|baker|cook|long|short|little|rose|may|hope|moor|bank|dale|vale|grove|lea|ford|cross|gate|hall|tower|castle|manor|court|new|old|high|low|north|south|east|west|upper|lower|great|top|bottom|end|side|view|close|way|drive|avenue|place|gardens|garden|terrace|walk|rise|mews|row|square|crescent|orchard|meadow|meadows|oak|oaks|ash|beech|elm|birch|pine|cherry|tree|trees|apple|acorn|acorns|star|sun|sunny|primary|school|academy|nursery|college|junior|juniors|infant|infants|swimming|club|football|rugby|cricket|tennis|dance|gymnastics|scouts|cubs|beavers|brownies|guides|rainbows|station|railway|trinity|grammar|magna|flat|saint|st|fox|bird|swan|lamb|bull|bell|ball|page|rich|hunt|marsh|heath|wells|spring|summer|winter|day|night|price|carpenter|fisher|hunter|miller|potter|shepherd|turner|walker|ward|bishop|knight|lord|noble|sharp|strong|bright|gold|silver|golden|middle|central|city|town|village|common|market|centre|center|mount|valley|river|lake|sea|bay|beach|port|harbour|dean|hollow|wick|ham|ton|croft|fold|gate|the|and|of|in|on|upon|under|by|at|to|a|an|road|flat|apartment|house|no|number|mr|mrs|miss|ms|dr|family|sandal|sandals|bath|reading|march|deal|rye|ware|eye|sale|hyde|wool|par|looe|street|bury|wells|leek|barking|mold|ash|stone|bridge|grange|heath|holme|moss|shaw|thorn|birch|hale|oxen|flock|penny|kirk|wood|pool|ings|carr|beck|garth|ridge|rose|arch',
)
const streetWords = set(streetSuffixes, streetAbbreviations, 'flat|apartment|house|unit|no')

function familyPatterns(familyWords: string[]): FamilyPattern[] {
  const patterns: FamilyPattern[] = []
  const seen = new Set<string>()
  const add = (phrase: string, needsCapital: boolean) => {
    const words = phrase.split(/[\s,]+|(?<=\p{L})-(?=\p{L})/u).filter(Boolean)
    if (words.length === 0) return
    const key = words.join(' ').toLowerCase()
    if (seen.has(key)) return
    seen.add(key)
    const body = words
      .map((word) => escapeRegExp(word).replace(/['’]/g, "['’]"))
      .join(String.raw`[\s,.\-]+`)
    patterns.push({
      re: new RegExp(
        String.raw`${WB_START}${body}(?:['’]s|s|es)?${WB_END}`,
        needsCapital ? 'gu' : 'giu',
      ),
      needsCapital,
    })
  }
  for (const raw of familyWords) {
    const phrase = raw.trim().replace(/\s+/g, ' ')
    if (!phrase) continue
    const digits = phrase.replace(/\D/g, '')
    if (digits.length >= 7 && /^[\d\s+()\-.]+$/.test(phrase)) {
      // A phone number: any spacing, national or +44 form.
      const national = digits.startsWith('44')
        ? digits.slice(2).replace(/^0/, '')
        : digits.replace(/^0/, '')
      const body = national.split('').join(String.raw`[\s\-.()]*`)
      patterns.push({
        re: new RegExp(String.raw`(?<!\d)(?:(?:\+\s?44\s?(?:\(0\)\s?)?)|0)?${body}(?!\d)`, 'g'),
        needsCapital: false,
      })
      continue
    }
    const compact = phrase.replace(/\s/g, '')
    if (/^[A-Za-z]{1,2}\d[A-Za-z\d]?\d[A-Za-z]{2}$/.test(compact) && isValidPostcode(compact)) {
      const outward = compact.slice(0, -3)
      const inward = compact.slice(-3)
      patterns.push({
        re: new RegExp(
          String.raw`${WB_START}${outward}\s*${inward}${WB_END}|${WB_START}${outward}${WB_END}`,
          'giu',
        ),
        needsCapital: false,
      })
      continue
    }
    const words = phrase.split(/[\s,]+/).filter(Boolean)
    const withoutNumber = words.filter(
      (word, i) => !(/\d/.test(word) || (i === 0 && streetWords.has(norm(word)))),
    )
    const allCommon = (list: string[]) =>
      list.every((word) => commonWords.has(norm(word)) || word.length < 3)
    if (words.length > 0 && !(words.length === 1 && (words[0]?.length ?? 0) < 3)) {
      add(phrase.replace(/,/g, ' '), allCommon(words))
    }
    if (withoutNumber.length >= 2 && withoutNumber.length < words.length) {
      add(withoutNumber.join(' '), allCommon(withoutNumber))
    }
    // Distinctive single words: "Oakfield" from "Oakfield Primary", "Wharfedale" from a town.
    // A saint's name is kept with its "St", so "Mary" alone is not the family's school.
    for (const saint of phrase.matchAll(/\b(?:St\.?|Saint)\s+\S+/g)) add(saint[0], false)
    const parts = phrase
      .replace(/\b(?:St\.?|Saint)\s+\S+/g, ' ')
      .split(/[\s,]+|-/)
      .filter(Boolean)
    if (words.length > 1 || phrase.includes('-')) {
      for (const part of parts) {
        const key = norm(part)
        if (
          part.length < 4 ||
          /\d/.test(part) ||
          commonWords.has(key) ||
          streetWords.has(key) ||
          extraFirstNames.has(key) ||
          ordinaryCapitalised.has(key)
        ) {
          continue
        }
        add(part.replace(/['’]s$/, ''), false)
      }
    }
  }
  return patterns
}

function findFamilyWords(text: string, out: Candidate[], patterns: FamilyPattern[]) {
  for (const { re, needsCapital } of patterns) {
    for (const m of text.matchAll(re)) {
      if (needsCapital && (!/^\p{Lu}/u.test(m[0]) || isSentenceStart(text, m.index))) continue
      push(out, m.index, m.index + m[0].length, 'family_record', reasons.family, text)
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Putting it together.

interface Range {
  start: number
  end: number
}

const inRanges = (ranges: Range[], start: number, end: number) =>
  ranges.some((range) => range.start <= start && end <= range.end)

function push(
  out: Candidate[],
  start: number,
  end: number,
  kind: IdentifyingKind,
  reason: string,
  text: string,
) {
  // Highlights never start or end on spaces or trailing punctuation.
  let s = start
  let e = end
  while (s < e && /[\s,.;:!?'"“”‘’()]/.test(text[s] ?? '')) s += 1
  while (e > s && /[\s,.;:!?"“”‘’()']/.test(text[e - 1] ?? '')) e -= 1
  // Keep the opening bracket of "(01274) 496 017".
  if (s > 0 && text[s - 1] === '(' && text.slice(s, e).includes(')')) s -= 1
  if (e > s) out.push({ start: s, end: e, kind, reason })
}

function merge(candidates: Candidate[], text: string): Highlight[] {
  const sorted = [...candidates].sort((a, b) => a.start - b.start || b.end - a.end)
  const merged: Candidate[] = []
  for (const candidate of sorted) {
    const last = merged[merged.length - 1]
    if (last && candidate.start < last.end) {
      if (specificity[candidate.kind] > specificity[last.kind]) {
        last.kind = candidate.kind
        last.reason = candidate.reason
      }
      last.end = Math.max(last.end, candidate.end)
    } else {
      merged.push({ ...candidate })
    }
  }
  return merged.map((c) => ({ ...c, text: text.slice(c.start, c.end) }))
}

function protectedPhrasesIn(text: string, words: Word[]): Range[] {
  const ranges: Range[] = []
  for (let i = 0; i < words.length; i += 1) {
    let longest = 0
    for (const phrase of protectedIndex.get(words[i]?.key ?? '') ?? []) {
      if (phrase.length <= longest) continue
      const fits = phrase.every((key, j) => {
        const word = words[i + j]
        const previous = words[i + j - 1]
        if (!word || word.key !== key) return false
        // The words of a phrase sit in one sentence.
        return j === 0 || !/[.!?\n]/.test(text.slice(previous?.end ?? 0, word.start))
      })
      if (fits) longest = phrase.length
    }
    if (longest > 0) {
      ranges.push({ start: words[i]?.start ?? 0, end: words[i + longest - 1]?.end ?? 0 })
      i += longest - 1
    }
  }
  return ranges
}

/** The capitalised words from an index on: "Jorvik Viking Centre" from the J. */
const capitalisedPhraseAt = (text: string, index: number) =>
  /^\p{Lu}[\p{L}'’-]*(?:[ \t]+(?:and |& )?\p{Lu}[\p{L}'’-]*)*/u.exec(
    text.slice(index, index + 80),
  )?.[0] ?? ''

// Named storms ("Storm Isha") are weather.
const stormRe = /\bStorm\s+\p{Lu}[\p{L}'’-]*/gu

// "a big Leeds fan": a team, not a home.
const fanRe = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}'’-]*(?=\s+(?:fan|fans|supporter|supporters)\b)/gu

const softKinds = new Set<IdentifyingKind>([
  'name',
  'place',
  'club',
  'school',
  'employer',
  'address',
])

/**
 * Possible identifying details in a letter, in order, not overlapping (overlaps are merged,
 * keeping the most specific kind). Offsets are UTF-16 indices into `text`.
 */
export function findIdentifyingDetails(text: string, context: CheckContext): Highlight[] {
  const agreed = new Set(
    context.agreedNames
      .flatMap((name) => name.split(/[\s-]+/))
      .map(norm)
      .filter(Boolean),
  )
  const words = wordsOf(text)
  const protectedRanges = protectedPhrasesIn(text, words)
  for (const m of text.matchAll(stormRe)) {
    protectedRanges.push({ start: m.index, end: m.index + m[0].length })
  }
  for (const m of text.matchAll(fanRe)) {
    protectedRanges.push({ start: m.index, end: m.index + m[0].length })
  }
  const candidates: Candidate[] = []
  findEmails(text, candidates)
  findUrls(text, candidates)
  findHandles(text, candidates)
  findPostcodes(text, candidates)
  findPhones(text, candidates)
  findVehicles(text, candidates)
  findStreets(text, candidates)
  findInstitutions(text, candidates)
  findEmployers(text, candidates)
  findTitledNames(text, candidates, agreed)
  findResidence(text, candidates)
  findNamesAndPlaces(text, words, candidates, agreed, protectedRanges)
  findFamilyWords(text, candidates, familyPatterns(context.familyWords))

  const kept = candidates.filter((candidate) => {
    // Teams, shows and famous places are never details, even when they contain the family's town.
    if (inRanges(protectedRanges, candidate.start, candidate.end)) return false
    if (!softKinds.has(candidate.kind)) return true
    const words = text
      .slice(candidate.start, candidate.end)
      .split(/[\s-]+/)
      .map(norm)
      .filter(Boolean)
    // Agreed names, and pets, toys and costumes, are never flagged.
    if (words.every((word) => agreed.has(word) || relationsSet.has(word) || titleWords.has(word))) {
      return false
    }
    const before = clauseBefore(text, candidate.start)
    if (candidate.kind === 'name' && (petBefore.test(before) || roleBefore.test(before))) {
      return false
    }
    if (
      (candidate.kind === 'place' || candidate.kind === 'club') &&
      tripBefore.test(clauseBefore(text, candidate.start, 200)) &&
      attractionEnd.test(capitalisedPhraseAt(text, candidate.start))
    ) {
      return false
    }
    return true
  })
  return merge(kept, text)
}
const titleWords = set(titles)
