// Highlights possible identifying details in a letterbox letter for the social worker who reads it
// before release. It only helps the reviewer: it never releases or blocks anything itself. Missing
// a detail is far worse than a spare highlight, so rules lean towards flagging, and false alarms
// are kept down by word lists (days, holidays, brands, teams, famous places) rather than by
// narrowing the rules.
import nlp from 'compromise'
import { dictionary } from '@zxcvbn-ts/language-common'
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
  business: 'Looks like a local business or employer',
  pub: 'Looks like a local pub or hotel',
  surname: 'Looks like a surname',
  signedName: 'Looks like the writer’s full name',
  fullNameOnline: 'Says an account is under a full name',
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
  "aga|specsavers|clarks|macbook|mcflurry|mcnuggets|mcmuffin|mccain|kentucky|domino’s|domino's|dominos|wagamama|wetherspoons|wetherspoon’s|wetherspoon's|spoons|harvester|beefeater|wimpy|krispy|kreme|itsu|pret|nero|prezzo|zizzi|chiquito|dishoom|mowgli|popeyes|wingstop|chopstix|tortilla|insta|snap|fb|ig|twitter|discord|twitch|linkedin|pinterest|telegram|bereal|lego|duplo|minecraft|roblox|fortnite|pokemon|pokémon|pikachu|nintendo|switch|xbox|playstation|ps4|ps5|wii|ipad|iphone|tablet|kindle|alexa|google|youtube|netflix|disney|disney+|pixar|marvel|dc|cbeebies|cbbc|bbc|itv|sky|tiktok|instagram|snapchat|facebook|whatsapp|facetime|zoom|spotify|amazon|ebay|argos|smyths|hamleys|tesco|asda|aldi|lidl|sainsbury’s|sainsbury's|sainsburys|morrisons|waitrose|primark|next|boots|superdrug|greggs|mcdonald’s|mcdonald's|mcdonalds|kfc|subway|nando’s|nando's|nandos|costa|starbucks|haribo|cadbury|cadbury’s|oreo|nutella|coca-cola|pepsi|fanta|ribena|weetabix|cheerios|frozen|elsa|olaf|moana|encanto|mirabel|wicked|grease|hamilton|trolls|minions|migration|elemental|annie|shrek|bluey|bingo|peppa|paw|patrol|skye|rubble|everest|zuma|barbie|sylvanian|squishmallow|squishmallows|beyblade|beyblades|hatchimals|lol|gabby|duggee|numberblocks|alphablocks|cocomelon|teletubbies|tellytubbies|gruffalo|zog|supertato|paddington|wonka|bfg|hagrid|hogwarts|hermione|dumbledore|gryffindor|slytherin|batman|superman|spiderman|spider-man|hulk|avengers|sonic|mario|luigi|yoshi|zelda|kirby|stitch|bruno|simba|nemo|dory|woody|buzz|shrek|grinch|scooby|elmo|tigger|pooh|eeyore|gruffalo’s|kipper|biff|floppy|beaker|horrid|wimpy|stegosaurus|t-rex|diplodocus|triceratops|velociraptor|jurassic|nerf|hot|wheels|scalextric|meccano|playmobil|crayola|jellycat|build-a-bear|fifa|messi|ronaldo|haaland|adele|strictly|bake|gogglebox|newsround|duggee|hobbycraft|centre|center|parcs|butlins|haven|pontins|premier|inn|travelodge|legoland|disneyland|thorpe|alton|towers|chessington|flamingo|eureka|lightwater|gulliver’s|gulliver's|paultons|wembley|anfield|etihad|emirates|tottenham|arsenal|chelsea|everton|spurs|wolves|villa|hotspur|celtic|rangers|rhinos|lionesses|nhs|raf|army|navy|police|council|covid|zumba|pilates|yoga|mini|ford|focus|fiesta|corsa|vauxhall|toyota|tesla|vw|volkswagen|bmw|audi|kia|nissan|honda|jeep|land|rover|range|bus|whatsapp|messenger|vinted|trampoline|softplay|plus|pro|max|ultra"
const misc =
  'cofion|cynnes|gorau|hwyl|fawr|nos|diolch|cariad|mawr|annwyl|helo|shwmae|bore|prynhawn|noswaith|nadolig|llawen|blwyddyn|newydd|dda|hapus|pen-blwydd|slainte|sláinte|mòran|taing|beannachd|leat|leibh|oidhche|mhath|madainn|nollaig|chridheil|bliadhna|dydh|nadelik|lowen|shukriya|namaste|sat|sri|akal|khuda|hafiz|inshallah|salaam|salam|assalamu|alaikum|walaikum|jazakallah|alhamdulillah|mashallah|ameen|amen|irie|laters|cheerio|ta-ra|tarra|ciao|xoxo|lol|omg|search|mot|mots|p.s.|tv|dvd|ok|uk|gb|usa|eu|un|t-shirt|wi-fi|wifi|app|covid-19|lockdown|a&e|gp|dentist|doctor|doctors|hospital|vet|vets|camhs|cafcass|social|worker|agency|letterbox|contact|post|adoption|panel|court|judge|senior|manager|team|office|address|phone|number|email|letter|letters|card|cards|photo|photos|picture|pictures|drawing|love|hugs|kisses|hug|kiss|bless|god|heaven|angel|tooth|fairy|bunny|elf|elves|shelf|father|mother|dear|darling|sweetheart|sweetie|princess|prince|king|queen|sir|lady|lord|captain|doctor|nurse|wise|man|men|star|wars|jedi|world|cup|league|euros|olympics|paralympics|bank|holiday|holidays|half|term|summer|autumn|winter|spring|weekend|morning|afternoon|evening|night|birthday|party|wedding|christening|baptism|communion|confirmation'

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
  "peppa pig|paw patrol|hey duggee|in the night garden|mr tumble|something special|bing bunny|bluey and bingo|star wars|harry potter|spider-man|spider man|iron man|captain america|wonder woman|toy story|lion king|the lion king|inside out|despicable me|minions|frozen 2|the snowman|the grinch|home alone|elf on the shelf|super mario|mario kart|animal crossing|among us|just dance|pokemon go|bake off|great british bake off|strictly come dancing|britain’s got talent|britains got talent|blue peter|doctor who|dr who|match of the day|love island|stranger things|squid game|little mix|taylor swift|ed sheeran|harry styles|billie eilish|mo salah|jack grealish|king charles|the king|the queen|prince william|princess kate|father christmas|tooth fairy|easter bunny|mr men|little miss|mr bean|miss honey|miss trunchbull|mr potato head|mr blobby|mr tickle|mr happy|mr greedy|mr stink|mr gum|dr seuss|diary of a wimpy kid|wimpy kid|dog man|worst witch|the worst witch|tiger who came to tea|the tiger who came to tea|hungry caterpillar|very hungry caterpillar|room on the broom|stick man|horrid henry|tracy beaker|captain underpants|hunger games|percy jackson|famous five|secret seven|roald dahl|david walliams|julia donaldson|jacqueline wilson|tom gates|the twits|fantastic mr fox|charlie and the chocolate factory|jingle bells|silent night|away in a manger|twinkle twinkle|wise man|wise men|three kings|sylvanian families|hot wheels|nintendo switch|lego friends|lego city|lego star wars|happy meal|national trust|english heritage|jack russell|jack russells|cocker spaniel|king charles spaniel|german shepherd|golden retriever|border collie|shih tzu|french bulldog|yorkshire terrier|bichon frise|lhasa apso|guinea pig|yorkshire pudding|yorkshire puddings|yorkshire tea|cornish pasty|brussels sprouts|victoria sponge|christmas eve|christmas day|boxing day|new year|new year’s eve|new year's eve|new year’s day|bonfire night|guy fawkes|mother’s day|mothers day|mother's day|father’s day|fathers day|father's day|world book day|red nose day|comic relief|children in need|sports day|pancake day|shrove tuesday|good friday|easter sunday|easter monday|st patrick’s day|st patrick's day|st david’s day|st david's day|st george’s day|st george's day|st andrew’s day|st andrew's day|st piran’s day|st piran's day|st dwynwen’s day|st dwynwen's day|burns night|burns supper|chinese new year|lunar new year|notting hill carnival|windrush day|guru nanak’s birthday|guru nanak's birthday|guru nanak jayanti|bandi chhor divas|raksha bandhan|karva chauth|durga puja|ganesh chaturthi|lohri|dussehra|janmashtami|holi festival|eid al fitr|eid al adha|eid ul fitr|eid ul adha|laylat al qadr|hajj|st lucia day|emancipation day|independence day|diwali party|diwali celebrations|up helly aa|dydd gŵyl dewi|dydd gwyl dewi|calan gaeaf|mari lwyd|valentine’s day|valentine's day|eid mubarak|eid al-fitr|eid al-adha|half term|bank holiday|remembrance day|remembrance sunday|armistice day|black history month|pride month|year 1|year 2|year 3|year 4|year 5|year 6|year 7|year 8|year 9|year 10|year 11|year 12|year 13|key stage|sixth form|sats week|nativity play|christmas play|christmas jumper day|christmas fair|summer fair",
  // Famous people children write about: sport, books, music and television.
  'david attenborough|attenborough|joe wicks|michael morpurgo|morpurgo|roald dahl|david walliams|jacqueline wilson|julia donaldson|axel scheffler|michael rosen|beatrix potter|enid blyton|jk rowling|j k rowling|j.k. rowling|tom fletcher|liz pichon|jeff kinney|dav pilkey|anthony horowitz|alex rider|greg heffley|tom gates|harry kane|bukayo saka|jordan pickford|aaron ramsdale|kyle walker|john stones|trent alexander-arnold|ollie watkins|jude bellingham|marcus rashford|phil foden|declan rice|cole palmer|jack grealish|raheem sterling|erling haaland|lionel messi|cristiano ronaldo|kylian mbappe|mohamed salah|mo salah|david beckham|wayne rooney|alan shearer|gary lineker|gareth southgate|leah williamson|chloe kelly|mary earps|alessia russo|beth mead|lucy bronze|ella toone|emma raducanu|andy murray|lewis hamilton|tom daley|mo farah|jessica ennis|simone biles|usain bolt|kevin sinfield|rob burrow|taylor swift|ed sheeran|harry styles|olly murs|lewis capaldi|dua lipa|billie eilish|olivia rodrigo|sabrina carpenter|ariana grande|beyonce|stormzy|mr beast|mrbeast|ksi|dan tdm|dantdm|stampy|aphmau|blippi|ms rachel|mr tumble|justin fletcher|gordon ramsay|jamie oliver|mary berry|paul hollywood|prue leith|ant and dec|ant & dec|holly willoughby|phillip schofield|steve backshall|maddie moate|greta thunberg|king charles|queen elizabeth|queen camilla|prince george|princess charlotte|prince louis|prince harry|meghan markle|santa claus|father christmas|tooth fairy',
  // More famous people, so "Firstname Surname" pairs on this list are never a contact's name.
  // Sport: cricket, football, rugby, athletics, tennis, boxing, motor racing and more.
  "joe root|ben stokes|stuart broad|james anderson|jimmy anderson|jos buttler|harry brook|zak crawley|ollie pope|moeen ali|adil rashid|jofra archer|chris woakes|jack leach|shoaib bashir|rehan ahmed|gus atkinson|heather knight|nat sciver-brunt|nat sciver|sophie ecclestone|tammy beaumont|alastair cook|andrew flintoff|freddie flintoff|kevin pietersen|graeme swann|michael vaughan|nasser hussain|virat kohli|sachin tendulkar|ms dhoni|rohit sharma|jasprit bumrah|babar azam|shaheen afridi|shaheen shah afridi|imran khan|wasim akram|shoaib akhtar|brian lara|viv richards|chris gayle|shane warne|pat cummins|kane williamson|kevin de bruyne|bruno fernandes|martin odegaard|martin ødegaard|virgil van dijk|son heung-min|heung-min son|gareth bale|ryan giggs|steven gerrard|frank lampard|thierry henry|ian wright|jamie vardy|kieran trippier|alexander isak|bruno guimaraes|bruno guimarães|darwin nunez|darwin núñez|luis diaz|luis díaz|dominik szoboszlai|andy robertson|scott mctominay|john mcginn|kenny dalglish|ally mccoist|aaron ramsey|kieffer moore|brennan johnson|sam kerr|lauren james|lauren hemp|millie bright|georgia stanway|keira walsh|rachel daly|ellen white|jill scott|steph houghton|sarina wiegman|pep guardiola|jurgen klopp|jürgen klopp|mikel arteta|alex ferguson|sir alex ferguson|arsene wenger|arsène wenger|jose mourinho|josé mourinho|erik ten hag|ange postecoglou|rio ferdinand|micah richards|jamie carragher|gary neville|roy keane|peter crouch|paul gascoigne|bobby moore|bobby charlton|diego maradona|kylian mbappé|vinicius junior|vinícius júnior|zlatan ibrahimovic|zlatan ibrahimović|robert lewandowski|harry maguire|luke shaw|mason mount|kobbie mainoo|alejandro garnacho|ivan toney|eberechi eze|conor gallagher|jarrod bowen|dominic solanke|james maddison|reece james|ben chilwell|marc guehi|marc guéhi|ezri konsa|anthony gordon|callum wilson|jordan henderson|morgan rogers|noni madueke|gabriel jesus|gabriel martinelli|kai havertz|william saliba|bernardo silva|julian alvarez|julián álvarez|enzo fernandez|enzo fernández|moises caicedo|nicolas jackson|rasmus hojlund|rasmus højlund|luke littler|phil taylor|ronnie o’sullivan|ronnie o'sullivan|judd trump|rory mcilroy|tiger woods|anthony joshua|tyson fury|nicola adams|amir khan|frank bruno|lando norris|max verstappen|serena williams|venus williams|roger federer|rafael nadal|rafa nadal|novak djokovic|carlos alcaraz|jack draper|katie boulter|chris hoy|bradley wiggins|laura kenny|jason kenny|geraint thomas|mark cavendish|adam peaty|rebecca adlington|duncan scott|max whitlock|simone biles|dina asher-smith|keely hodgkinson|katarina johnson-thompson|jessica ennis-hill|kelly holmes|paula radcliffe|denise lewis|linford christie|daley thompson|jonny wilkinson|owen farrell|maro itoje|marcus smith|alun wyn jones|shane williams|leigh halfpenny|stuart hogg|finn russell|johnny sexton|sam burgess|kevin sinfield|lewis hamilton|jenson button|nigel mansell|ellie simmonds|jonnie peacock|hannah cockroft|tanni grey-thompson|sarah storey|dame sarah storey|jack laugher|bethany shriever|alex yee|tom pidcock|ben ainslie|eddie the eagle|torvill and dean|jayne torvill|christopher dean",
  // Music.
  'beyonce|beyoncé|rihanna|shakira|madonna|michael jackson|elvis presley|john lennon|paul mccartney|ringo starr|george harrison|freddie mercury|david bowie|elton john|stevie wonder|whitney houston|mariah carey|lady gaga|katy perry|justin bieber|bruno mars|miley cyrus|selena gomez|doja cat|cardi b|nicki minaj|lizzo|central cee|little simz|bugzy malone|sam smith|sam fender|tom grennan|calvin harris|jess glynne|anne-marie|rita ora|ellie goulding|jessie j|emeli sandé|emeli sande|leona lewis|cheryl cole|kylie minogue|robbie williams|gary barlow|niall horan|louis tomlinson|liam payne|zayn malik|victoria beckham|mel b|mel c|geri halliwell|emma bunton|spice girls|posh spice|baby spice|scary spice|ginger spice|sporty spice|ice spice|tom jones|shirley bassey|katherine jenkins|charlotte church|bonnie tyler|amy winehouse|bob marley|shaggy|sean paul|jimmy cliff|burna boy|wizkid|davido|ayra starr|arijit singh|shreya ghoshal|a r rahman|ar rahman|diljit dosanjh|sidhu moose wala|shah rukh khan|amitabh bachchan|priyanka chopra|deepika padukone|ranveer singh|salman khan|aamir khan|alia bhatt|lata mangeshkar|nusrat fateh ali khan|atif aslam|ali zafar|sabrina carpenter|chappell roan|benson boone|noah kahan|charli xcx|yungblud|chris martin|liam gallagher|noel gallagher|alex turner|arctic monkeys|paolo nutini|susan boyle|nina nesbitt|gerry cinnamon|kt tunstall|annie lennox|rod stewart|tina turner|dolly parton|eminem|snoop dogg|jay-z|kanye west|travis scott|post malone|the weeknd|olly alexander|becky hill|aitch|stormzy|skepta|wiley|dizzee rascal|tinie tempah|craig david|celine dion|céline dion|ozzy osbourne|bts|blackpink|jungkook|lisa manoban|lewis capaldi|gracie abrams|tate mcrae|conan gray|dermot kennedy|hozier|jess gillam|sheku kanneh-mason|nicola benedetti|andrea bocelli|luciano pavarotti|wolfgang amadeus mozart|ludwig van beethoven|johann sebastian bach|mozart|beethoven',
  // Television, film, books and the internet.
  "ant mcpartlin|declan donnelly|alan carr|rylan clark|tess daly|claudia winkleman|graham norton|alison hammond|noel fielding|bradley walsh|dermot o’leary|dermot o'leary|michael mcintyre|peter kay|romesh ranganathan|joe lycett|lee mack|davina mccall|simon cowell|amanda holden|alesha dixon|bruno tonioli|craig revel horwood|motsi mabuse|anton du beke|shirley ballas|chris packham|steve irwin|bear grylls|stacey solomon|joe swash|rob beckett|greg davies|alex horne|sue perkins|mel giedroyc|zoe ball|lorraine kelly|susanna reid|piers morgan|richard osman|jeremy clarkson|richard hammond|paddy mcguinness|nadiya hussain|nigella lawson|rick stein|ainsley harriott|dr ranj|evie pickerill|george webster|lenny henry|david tennant|jodie whittaker|ncuti gatwa|peter capaldi|daniel radcliffe|emma watson|rupert grint|tom holland|zendaya|tom cruise|dwayne johnson|will smith|idris elba|daniel kaluuya|john boyega|letitia wright|emma thompson|judi dench|maggie smith|helen mirren|olivia colman|benedict cumberbatch|tom hiddleston|martin freeman|keira knightley|kate winslet|millie bobby brown|margot robbie|ryan gosling|timothee chalamet|timothée chalamet|florence pugh|sidemen|miniminter|w2s|zerkaa|vikkstar|tbjzl|behzinga|logan paul|jake paul|ishowspeed|kai cenat|niko omilana|chunkz|yung filly|harry pinero|ali-a|prestonplayz|unspeakable|pokimane|technoblade|sapnap|markiplier|jacksepticeye|pewdiepie|zoella|joe sugg|tanya burr|liv bennett|david beckham|brooklyn beckham|malorie blackman|michael morpurgo|cressida cowell|onjali q raúf|onjali rauf|katherine rundell|jacqueline wilson|francesca simon|philip pullman|j r r tolkien|jrr tolkien|tolkien|c s lewis|cs lewis|lewis carroll|rudyard kipling|a a milne|aa milne|shel silverstein|oliver jeffers|nick sharratt|judith kerr|eric carle|mo willems|benjamin zephaniah|john agard|grace nichols|jackie kay|dylan thomas|robert burns|rabbie burns|william shakespeare|shakespeare|charles dickens|jane austen|charlotte bronte|charlotte brontë|emily bronte|emily brontë|anne brontë|anne bronte|agatha christie|arthur conan doyle|sherlock holmes|mary shelley|george orwell|ted hughes|sylvia plath|maya angelou|toni morrison",
  // History, science, politics and the royal family.
  'mary seacole|florence nightingale|winston churchill|queen victoria|henry viii|henry the eighth|elizabeth i|queen elizabeth i|anne boleyn|catherine of aragon|isaac newton|sir isaac newton|charles darwin|albert einstein|einstein|marie curie|emmeline pankhurst|sylvia pankhurst|grace darling|rosa parks|martin luther king|martin luther king jr|nelson mandela|malcolm x|mahatma gandhi|gandhi|walter tull|noor inayat khan|olaudah equiano|harriet tubman|frederick douglass|ada lovelace|alan turing|isambard kingdom brunel|george stephenson|richard trevithick|robert the bruce|william wallace|bonnie prince charlie|flora macdonald|mary queen of scots|owain glyndwr|owain glyndŵr|aneurin bevan|nye bevan|captain cook|ernest shackleton|captain scott|robert falcon scott|amelia earhart|neil armstrong|buzz aldrin|tim peake|helen sharman|yuri gagarin|mae jemison|stephen hawking|boudicca|boudica|julius caesar|tutankhamun|cleopatra|leonardo da vinci|vincent van gogh|van gogh|pablo picasso|picasso|frida kahlo|claude monet|andy warhol|ls lowry|l s lowry|david hockney|banksy|henry moore|barbara hepworth|guru nanak|guru nanak dev ji|guru gobind singh|rabindranath tagore|sophia duleep singh|dadabhai naoroji|marcus garvey|barack obama|michelle obama|joe biden|donald trump|kamala harris|rishi sunak|keir starmer|boris johnson|theresa may|margaret thatcher|tony blair|gordon brown|david cameron|liz truss|nicola sturgeon|humza yousaf|john swinney|sadiq khan|andy burnham|mark drakeford|vaughan gething|eluned morgan|kate middleton|catherine middleton|princess diana|prince philip|queen elizabeth ii|the late queen|princess anne|prince edward|king arthur|king alfred|alfred the great|william the conqueror|richard the lionheart|oliver cromwell|christopher columbus|walter raleigh|francis drake|sir francis drake|guy fawkes|anne frank|malala yousafzai|greta thunberg|david attenborough|jane goodall|brian cox|professor brian cox|marcus rashford|captain tom|captain tom moore|sir captain tom|mother teresa|pope francis|the pope|archbishop of canterbury|desmond tutu|muhammad ali|jesse owens|emil zatopek|roger bannister',
  // Charities and national organisations.
  "park run|parkrun|junior parkrun|st john ambulance|st john’s ambulance|st john's ambulance|red cross|british red cross|salvation army|rspca|rspb|nspcc|barnardo’s|barnardo's|oxfam|british heart foundation|cancer research|cancer research uk|macmillan|marie curie|dogs trust|blue cross|age uk|mind|samaritans|great ormond street|make a wish|comic relief|sport relief|children in need|pudsey bear|duke of edinburgh|duke of edinburgh award|dofe|girlguiding|the scouts|scouts association|young carers|citizens advice|food bank|foodbank|national trust|woodland trust|wildlife trust|canal and river trust",
  // Pantomimes, fairy tales, cakes and sweets with a name in them.
  "the cat in the hat|cat in the hat|wind in the willows|the wind in the willows|lord of the rings|the lord of the rings|phantom of the opera|hunchback of notre dame|the prince of egypt|prince of egypt|the princess and the frog|the princess and the pea|the tortoise and the hare|the hound of the baskervilles|alice in wonderland|alice through the looking glass|the man in the moon|queen of hearts|the queen of hearts|the boy in the striped pyjamas|the lion the witch and the wardrobe|the girl with the pearl earring|papa john’s|papa john's|papa johns|papa john’s pizza|papa john's pizza|domino’s pizza|domino's pizza|dominos pizza|pizza hut|taco bell|five guys|german doner kebab|chicken cottage|dixy chicken|turtle bay|las iguanas|yo sushi|wok to walk|caffè nero|caffe nero|café nero|cafe nero|café rouge|cafe rouge|tgi fridays|little chef|miller & carter|miller and carter|greene king|ask italian|franco manca|gourmet burger kitchen|shake shack|ben & jerry’s|ben & jerry's|ben and jerry’s|ben and jerry's|old spice|george foreman|george foreman grill|taj mahal|lightning mcqueen|mcqueen|mater|barbie and ken|ken and barbie|mcfly|spice world|addams family|the addams family|mcvitie’s|mcvitie's|mcvities|jack and the beanstalk|aladdin|cinderella|snow white|sleeping beauty|beauty and the beast|dick whittington|mother goose|goldilocks|little red riding hood|hansel and gretel|peter pan|captain hook|tinker bell|peter rabbit|winnie the pooh|hundred acre wood|thomas the tank engine|fireman sam|postman pat|bob the builder|ben and holly|sarah and duck|sonic the hedgehog|colin the caterpillar|percy pig|wallace and gromit|shaun the sheep|old macdonald|humpty dumpty|baby shark|mr whippy|space mountain|pirates of the caribbean|it’s a small world|it's a small world|the lion king|lilo and stitch|toy story land|kensuke’s kingdom|kensuke's kingdom|war horse|the boy at the back of the class|the boy in the dress|gangsta granny|billionaire boy|the bfg|james and the giant peach|charlie and the chocolate factory|george’s marvellous medicine|george's marvellous medicine|the enormous crocodile|the owl who was afraid of the dark|we’re going on a bear hunt|we're going on a bear hunt|harry potter|hermione granger|ron weasley|percy jackson|katniss|spider-man|iron man|captain america|black panther|doctor strange|wonder woman|han solo|luke skywalker|darth vader|baby yoda|harry potter world",
  // Famous attractions, days out and holiday places a family might visit from anywhere.
  "center parcs|centre parcs|alton towers|thorpe park|chessington|drayton manor|flamingo land|lightwater valley|gulliver’s world|gulliver's world|paultons park|peppa pig world|legoland|legoland windsor|cbeebies land|disneyland|disneyland paris|disney world|walt disney world|universal studios|blackpool pleasure beach|pleasure beach|blackpool tower|blackpool illuminations|yorkshire wildlife park|chester zoo|twycross zoo|london zoo|whipsnade zoo|edinburgh zoo|knowsley safari park|west midlands safari park|longleat|cadbury world|eureka|eureka!|the deep|sea life|sea life centre|go ape|eden project|stonehenge|harry potter studios|warner bros studio|natural history museum|science museum|british museum|national railway museum|london eye|tower of london|tower bridge|buckingham palace|big ben|trafalgar square|covent garden|hyde park|regent’s park|regent's park|oxford street|downing street|abbey road|baker street|regent street|coronation street|sesame street|privet drive|diagon alley|penny lane|memory lane|milky way|notting hill|jurassic park|jurassic world|hogwarts|wembley|wembley stadium|old trafford|anfield|elland road|the etihad|emirates stadium|st james’ park|st james' park|st james’s park|st james's park|murrayfield|twickenham|lords|headingley|lake district|peak district|yorkshire dales|north york moors|new forest|cotswolds|jurassic coast|isle of wight|isle of man|isles of scilly|isle of skye|scottish highlands|the highlands|snowdonia|ben nevis|loch ness|lake windermere|robin hood’s bay|robin hood's bay|st ives|st andrews|st pancras|st paul’s|st paul's|st paul’s cathedral|st paul's cathedral|westminster abbey|new york|new zealand|south africa|gran canaria|costa del sol|costa blanca|lake garda|the canaries|canary islands|great britain|united kingdom|northern ireland|republic of ireland|united states|north wales|south wales|west wales|butlins|haven|pontins|premier inn|travelodge|houses of parliament|greatest showman|the greatest showman|royal armouries|x-men|eiffel tower|angel of the north|great north run|london marathon|race for life|great yorkshire run|three peaks|yorkshire three peaks|pennine way|coast to coast|old man of coniston|scafell pike|helvellyn|pen y fan|roseberry topping|major oak|crown jewels|great fire of london|gunpowder plot|solar system|red arrows|flying scotsman|golden hind|union jack|polar express|big dipper|hard rock cafe|rainforest cafe|hungry horse|toby carvery|brewers fayre|holiday inn|taco bell|red bull|triple crown|pets at home|kwik fit|vision express|lloyds pharmacy|evans cycles|halfords|toni & guy|toni and guy|bella italia|frankie & benny’s|frankie & benny's|care bears|wizard of oz|where’s wally|where's wally|jungle book|the jungle book|marks and spencer|marks & spencer|home bargains|b&m|the range|pizza hut|burger king|costa coffee|pizza express|toys r us|the entertainer|build-a-bear|build a bear|smyths toys|john lewis|tk maxx|dunelm|ikea|next door",
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

/**
 * Big cities, each with roughly 200,000 people or more in the city itself (the ONS, NRS and NISRA
 * figures), or a nation's capital. The rule: a big city on its own ("I still live in Glasgow",
 * "back in Cardiff") is not flagged, because a city that size locates nobody; it is flagged when
 * the same sentence holds a closer detail (a street, postcode, surname, school or employer) that
 * it would help pin down. Smaller towns are always flagged where someone lives.
 */
const bigCities = set(
  'london|greater london|birmingham|glasgow|liverpool|bristol|manchester|greater manchester|sheffield|leeds|edinburgh|leicester|coventry|bradford|cardiff|belfast|nottingham|hull|kingston upon hull|newcastle|newcastle upon tyne|stoke|stoke-on-trent|stoke on trent|southampton|derby|portsmouth|plymouth|wolverhampton|brighton|brighton and hove|sunderland|swansea|aberdeen|milton keynes|northampton|luton|salford',
)

// Proper names that are words for pets, toys, costumes and characters, not people to protect.
const petBefore =
  /\b(?:dog|puppy|pup|cat|kitten|kitty|hamster|rabbit|bunny|guinea pig|pony|ponies|horse|donkey|goat|fish|goldfish|tortoise|turtle|budgie|parrot|bird|chicken|hen|lizard|gecko|snake|spider|crab|snail|worm|frog|duck|teddy|teddies|bear|doll|dolly|dollies|toy|puppet|robot|car|bike|scooter|unicorn|dragon|dinosaur|monster|cockapoo|cavapoo|labrador|lab|spaniel|terrier|collie|poodle|dachshund|pug|husky|huskies|retriever|staffy|staffies|whippet|greyhound|beagle|bulldog|moggy|tabby|tadpole|caterpillar)(?:s|es)?\b(?:(?:(?!\b(?:friends?|girls?|boys?|lady|man|woman|teachers?|mates?|neighbours?|cousins?|kids?|child|children|people|person|family)\b)[^.!?\n]){0,30}\b(?:called|named|calls?|names?)(?:\s*(?:is|was|'s))?)?\s*,?\s*(?:[a-z]+\s+(?:and|&)\s+)?$|\b(?:called|named|calls?|call)\s+it\s*$/
const petNouns = String.raw`(?:dogs?|pupp(?:y|ies)|pups?|cats?|kittens?|kitty|hamsters?|rabbits?|bunn(?:y|ies)|guinea pigs?|ponies|pony|horses?|tortoises?|budgies?|parrots?|gerbils?|ferrets?|chickens?|hens?|goldfish|fish|lizards?|geckos?|snakes?|cockapoos?|cavapoos?|cavachons?|labradors?|spaniels?|terriers?|collies?|poodles?|dachshunds?|sausage dog|pugs?|husk(?:y|ies)|retrievers?|staff(?:y|ies)|whippets?|lurchers?|greyhounds?|beagles?|bulldogs?|chihuahuas?|moggy)`
// "Biscuit, our dog, ..." and "Bruno the dog": the pet noun comes after the name.
const petAfter = new RegExp(
  String.raw`^\s*,?\s*(?:the|our|my|his|her|their|your)\s+(?:(?:new|little|old|big|mad|daft|rescue)\s+)?${petNouns}\b`,
  'i',
)
// "the dog", "our new puppy" earlier in the sentence: a name later in it is likely the pet's.
const petInSentence = new RegExp(
  String.raw`\b(?:the|our|my|his|her|their|your|a|new)\s+(?:(?:new|little|old|big|mad|daft|crazy|silly|lovely|naughty|cheeky|rescue|two|three)\s+)*${petNouns}\b`,
)
// Things only an animal does: "Pip barked", "Mochi purred".
const animalVerbAfter =
  /^\s+(?:barked|barks|barking|woofed|woofs|wagged|wags|wagging|purred|purrs|purring|miaowed|miaows|meowed|meows|howled|howls|growled|growls|sniffed|sniffs|fetched|fetches|chewed|chews|licked|licks|pounced|hopped|hops|moulted|whined|whines|yapped|yaps|yaps|dug|digs|rolled in|chased (?:the|a|his|her|its)? ?(?:ball|stick|cat|squirrels?|birds?|pigeons?|seagulls?|rabbits?|tail))\b/i
// Verbs that say the name is a person: "Kacey came too", "Tom said".
const humanVerbAfter =
  /^\s+(?:said|says|told|tells|asked|asks|came|comes|texted|rang|phoned|wrote|writes|visited|stayed over|slept over|invited|drove|cooked|helped)\b/i

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
  // Scottish, Irish, Welsh and Cornish names.
  'alasdair|alastair|alistair|angus|callum|calum|ewan|euan|fraser|hamish|iain|lachlan|murdo|ruaridh|ruairidh|ruari|struan|torquil|fergus|finlay|gregor|kenzie|lorne|archie|blair|craig|eilidh|isla|kirsty|mhairi|morag|shona|sheena|catriona|ishbel|iona|kirsteen|ailsa|fiona|morven|seonaid|mairi|elspeth|flora|innes|siobhan|aoife|saoirse|ciara|niamh|orla|roisin|róisín|sinead|sinéad|aisling|caoimhe|clodagh|grainne|gráinne|oisin|oisín|cian|cillian|padraig|pádraig|seamus|séamus|eoin|ronan|tadhg|darragh|conor|rhiannon|rhian|seren|cerys|carys|ffion|sioned|bronwen|angharad|gwen|gwenllian|elin|eleri|lowri|nia|mali|megan|tegan|catrin|caryl|delyth|dilys|eirlys|hefin|dafydd|dai|gethin|rhys|owain|osian|ieuan|iwan|aled|emyr|geraint|gwyn|huw|idris|ifan|llew|llŷr|macsen|rhodri|tomos|twm|dewi|gareth|emrys|cai|alys|efa|heledd|demelza|morwenna|tamsin|tamsyn|kerensa|jenna|lowena|lowenna|loveday|senara|wenna|jago|piran|tristan|cador|kenver|jory|jowan|treeve|petroc|keverne|locryn|conan|ennor|nessa|',
  // South Asian names.
  'harpreet|gurpreet|jaspreet|manpreet|simran|simranjit|navdeep|amandeep|harjit|harjeet|jasbir|kuldip|kuldeep|rajinder|rajvinder|sukhjit|sukhvinder|balvinder|baljit|ranjit|ranbir|gurdeep|gurpal|inderjit|jagdeep|jasdeep|mandeep|parminder|satnam|tejinder|hardeep|amrit|amritpal|arjan|jasleen|harleen|gurleen|navneet|kiran|anjali|anika|anushka|ananya|aanya|diya|riya|ria|isha|ishaan|ishan|kavya|meera|mira|nisha|neha|pooja|puja|priyanka|radhika|sanjana|shreya|sunita|swati|tara|asha|divya|deepa|geeta|gita|lata|leela|madhu|rekha|sangeeta|seema|shanti|usha|vidya|arun|ajay|amit|anil|anand|ashok|deepak|dinesh|gopal|harish|hitesh|jay|kamal|kumar|manish|mahesh|mohan|mukesh|nikhil|nitin|pankaj|prakash|pranav|rahul|raj|rajesh|rakesh|ramesh|ravi|rohan|rohit|sachin|sandeep|sanjay|sanjeev|sunil|suresh|varun|vijay|vikram|vinod|vivek|yash|advik|vihaan|reyansh|kabir|aryan|dhruv|krish|veer|tahir|tariq|faisal|asif|khalid|zubair|irfan|waqar|waqas|adeel|adil|arif|asad|atif|fahad|hamid|haris|idris|junaid|kamran|kashif|majid|nadeem|naveed|rizwan|saqib|shahid|shoaib|sohail|tanveer|umar|usama|zahid|zeeshan|haroon|suleman|sulaiman|yasir|zain|saima|samina|rubina|nazia|uzma|sadia|parveen|nasreen|rukhsana|shabana|shaista|tahira|yasmin|yasmeen|zahra|zara|zoya|alisha|anisa|aliya|aliyah|amna|amina|hiba|huma|iqra|mahnoor|mariam|noor|nur|rabia|safa|sahar|samira|sania|sidra|tasneem|fariha|nabila|afsana|nusrat|rahima|rupa|shirin|tahmina|ruhul|rashid|abdul|mohamed|mohammod|shahidul|jahid|rafiq|aminul|',
  // Caribbean and African British names.
  'delroy|winston|errol|leroy|desmond|clive|everton|lloyd|linton|neville|carlton|courtney|dwayne|duane|jermaine|jerome|tyrone|tyrell|marlon|andre|andré|dexter|nathaniel|levi|malachi|josiah|isaiah|ezekiel|jabari|kwesi|kobe|jaheim|jamal|jamar|kareem|keon|kemar|lamar|marcus|rashad|shaquille|trey|beverley|claudette|hyacinth|marcia|maxine|paulette|pauline|yvonne|sonia|jacqueline|lorna|merle|gloria|cynthia|dorothy|icilda|veronica|marva|shanice|shaniqua|shantelle|keisha|tanisha|latoya|monique|danique|tianna|jada|jayda|kaya|nadine|naomi|precious|blessing|chantal|destiny|aaliyah|amari|imani|zuri|adaora|adaeze|chidinma|ifeoma|nkechi|obinna|emeka|chinedu|uche|tunde|seun|yemi|bisi|funmi|folake|akosua|abena|adwoa|efua|kojo|kwabena|kweku|fiifi|esi|',
  // Northern and Midlands short forms and older names.
  'shaz|trev|dougie|wullie|shug|senga|agnes|jessie|bernadette|maureen|marjorie|doreen|irene|joyce|brenda|barbara|glenys|glenda|gaynor|bev|sandra|lorraine|elaine|janice|christine|kathleen|sheila|margaret|jim|jimmy|ted|terry|ken|keith|derek|malcolm|graham|colin|trevor|brian|barry|dennis|roy|stuart|gordon|douglas|duncan|neil|alan|ian|robert|ray|ronald|frank|harold|walter|norman|stan|bert',
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
// Someone saying how to find them online: the surname is what matters.
const findMeBefore =
  /\b(?:search(?:ed|ing)?(?: for)?|look(?:ing)?(?: me| us| him| her| them)? up(?: as| under)?|look(?:ing)? for|find (?:me|us|him|her|them)(?: as| under)?|add (?:me|us)(?: as)?|follow (?:me|us)(?: as)?|friend request from|surname|last name|second name|married name|maiden name|family name|go(?:es)? by|went back to|changed (?:it|my name|her name|his name) to)\s*(?:is|was|'s|:|-|,)?\s*(?:now|still)?\s*$/
const selfBefore = /\b(?:i'?m|im|i am|we'?re|we are|under|as|it's)\s*(?:called|now|still)?\s*$/
const onlineWords =
  /\b(?:facebook|fb|insta(?:gram)?|tik\s?tok|snap(?:chat)?|twitter|linkedin|messenger|whatsapp|threads|online|look (?:me|us) up|search|find (?:me|us))\b/
const platformAfter =
  /^\s+(?:on|over on)\s+(?:facebook|fb|insta(?:gram)?|tik\s?tok|snap(?:chat)?|twitter|linkedin|messenger|whatsapp|threads)\b/i
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
    const cut = words.findIndex(
      (word, i) =>
        i > 0 &&
        pronounsAndFunctionSet.has(norm(word)) &&
        // "Taste of India", "Bird in Hand": a small word between capitals is part of the name.
        !(/^(?:of|the|and|in|on)$/.test(word) && /^\p{Lu}/u.test(words[i + 1] ?? '')),
    )
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

// ---------------------------------------------------------------------------------------------
// Local businesses, pubs and landmarks that carry no suffix the other rules know.

/** A clause says the family was away: a landmark or café there locates nobody. */
const awayBefore =
  /\b(?:holiday|holidays|hols|trip|trips|day out|days out|visit|visited|visiting|stayed|staying|flew|cruise|caravan|cottage|hotel|abroad|half term|mini break|city break|weekend away|week away)\b/

// A business named by its trade: "Moorside Vets", "Brayton Dental", "J Hartley & Sons". Trades
// the other rules already cover (Surgery, Nursery, Hospital) are left to them.
const tradeSuffix = String.raw`(?:Vets|Vet|Veterinary(?:\s+(?:Surgery|Centre|Clinic|Hospital|Practice|Group))?|Animal Hospital|Dental(?:\s+(?:Practice|Care|Surgery|Centre|Clinic|Studio))?|Dentists?|Orthodontics|Garage|Motors|Motor Company|Autos|Auto Centre|Car Sales|Tyres|Salon|Hair(?:\s+(?:Salon|Studio|Design|Lounge))?|Hairdressers?|Barbers?|Beauty(?:\s+(?:Salon|Bar|Rooms?|Lounge))?|Nail Bar|Nails|Bakery|Bakers?|Butchers?|Greengrocers?|Fishmongers?|Deli|Plumbing(?:\s+(?:&|and)\s+Heating)?|Heating|Electrical|Electricians?|Builders?|Building Services|Construction|Roofing|Joinery|Joiners|Scaffolding|Decorators?|Landscaping|Landscapes|Pharmacy|Chemists?|Opticians?|Optometrists|Eyecare|Physio(?:therapy)?|Chiropractic|Osteopaths?|Care Home|Care Homes|Nursing Home|Residential Home|Home Care|Homecare|Care Services|Day Centre|Cafe|Café|Coffee House|Coffee Shop|Tea ?Rooms?|Kitchen|Bistro|Brasserie|Restaurant|Takeaway|Take-?Away|Fish Bar|Fish (?:&|and) Chips|Chip Shop|Chippy|Fisheries|Pizzeria|Pizzas?|Spices?|Tandoori(?:\s+(?:Restaurant|House|Takeaway|Nights))?|Balti(?:\s+(?:House|Hut|Restaurant))?|Kebabs?(?:\s+(?:House|Shop))?|Noodle Bar|Noodle House|Noodles|Wok|Grill(?:\s+House)?|Diner|Curry (?:House|Hut|Centre|Club|Corner|Garden)|Biryani(?:\s+House)?|Karahi|Masala|Mahal|Sweet (?:Centre|House|Mart|Shop)|Sweets|Jerk (?:Centre|Hut|Pit|Shack|Spot)|Roti (?:Shop|Hut)|Patty Shop|Fried Chicken|Peri Peri|Burger Bar|Sandwich Bar|Snack Bar|Cantina|Trattoria|Ristorante|Taverna|Dhaba|Solicitors|Accountants|Estate Agents?|Lettings|Removals|Haulage|Logistics|Couriers|Taxis|Cabs|Cleaning(?:\s+Services)?|Cleaners|Dry Cleaners|Laundrette|Florists?|Farm Shop|Kennels|Cattery|Grooming|Groomers|Carpets|Flooring|Glazing|Engineering|Fabrications|Printers|Newsagents?|Cycles|Tattoo(?:\s+Studio)?)`
// Words of a trade or a food, which cannot be a business's own name ("the Hair Salon", "the Pizza
// Takeaway").
const tradeWords = set(
  'butter|lamb|prawn|paneer|vegetable|veg|mushroom|dal|daal|saag|aloo|gobi|chana|korma|jalfrezi|madras|vindaloo|bhuna|dopiaza|rogan|josh|pasanda|garlic|naan|keema|lentil|egg|special|meal|deal|supreme|large|small|medium|beef|pork|duck|sour|salt|pepper|roll|rolls|rice|chow|mein|crispy|shredded|szechuan|kung|pao|spice|spices|tandoori|balti|kebabs|doner|donner|shish|pizzas|noodle|wok|grill|diner|curry|biryani|karahi|masala|mahal|sweet|sweets|jerk|roti|patty|fried|peri|piri|deep|pan|stone|baked|wood|fired|fresh|spicy|halal|posh|ginger|scary|sporty|pumpkin|mixed|five|ice|quick|fast|food|margherita|pepperoni|hawaiian|cheese|meat|feast|bbq|tikka|takeaways|take-away|american|italian|indian|caribbean|jamaican|turkish|greek|punjabi|bengali|kashmiri|afghan|vets|vet|veterinary|animal|dental|dentist|dentists|motor|motors|car|cars|auto|autos|tyres|hair|beauty|nail|nails|bakery|baker|bakers|butchers|plumbing|heating|electrical|building|builders|construction|roofing|pharmacy|chemist|opticians|care|home|nursing|residential|day|coffee|tea|fish|chip|chips|pizza|curry|kebab|burger|burgers|noodle|noodles|sushi|chicken|steak|pie|pies|pasta|grill|tapas|sandwich|sandwiches|cake|cakes|cupcake|ice|cream|doughnut|donut|bagel|waffle|pancake|dessert|desserts|veggie|vegan|farm|dry|estate|dog|cat|pet|pets|tattoo|flower|flowers|corner|village|local|family|thai|vietnamese|mexican|lebanese|nepalese|persian|moroccan|brazilian|peruvian|ethiopian|malaysian|filipino|cuban|korean|salon|takeaway|restaurant|cafe|café|bistro|kitchen|deli|garage|shop|store|bar|hotel|inn|kennels|cattery|groomers|florist|florists|newsagent|newsagents|barber|barbers|hairdresser|hairdressers|chippy|clinic|practice|surgery',
)
const tradeRe = new RegExp(
  String.raw`(${nameRun})\s+${tradeSuffix}(?:\s+(?:Ltd|Limited))?${WB_END}|(${nameRun})\s+(?:(?:&|and)\s+(?:Sons?|Daughters?|Co)|Ltd|Limited|LLP|PLC)${WB_END}`,
  'gu',
)

// Pubs and inns: "the Dyneley Arms", "the Red Lion", "the King's Head", "the Fox and Hounds".
const innRe = new RegExp(String.raw`(${nameRun})\s+(?:Arms|Inn|Tavern|Hotel)${WB_END}`, 'gu')
const pubThing = String.raw`(?:Head|Crown|Bell|Bells|Plough|Oak|Anchor|Ship|Keys|Horseshoes?|Feathers|Fleece|Wheatsheaf|Woolpack|Mitre|Chequers|Grapes|Vaults|Rest|Punchbowl|Fiddle|Whistle|Shovel|Harrow|Sheaf|Barrels?|Tun|Sun|Moon)`
const pubAnimal = String.raw`(?:Lion|Horse|Horses|Hounds|Bull|Swan|Stag|Boar|Lamb|Hare|Fox|Duck|Cock|Pheasant|Greyhound|Hart|Bear|Unicorn|Cow|Ox|Ram|Pig|Partridge|Grouse|Dog|Cat)`
// Colours and the like that name pubs ("the White Hart") but rarely animals in a story.
const pubAdjective = String.raw`(?:Red|White|Black|Golden|Gold|Green|Blue|Grey|Old|Bay|Brown|Spotted|Dun|Pied|Royal|Three|Two|Nag['’]s|Nags|Jolly|Fighting|Flying|Drunken|Travellers['’]?|Traveller['’]s|Sportsman['’]s)`
const pubRe = new RegExp(
  String.raw`\b[Tt]he\s+((?:${CAP}\s+(?:and|&)\s+|${CAP}\s+)${pubThing}|(?:${CAP}\s+(?:and|&)\s+|${pubAdjective}\s+)${pubAnimal})${WB_END}`,
  'gu',
)
// One-word pubs ("the Plough", "the Swan") only where the letter talks of going there.
const pubWordRe =
  /\b[Tt]he\s+(Plough|Bell|Crown|Swan|Anchor|Ship|Feathers|Fleece|Wheatsheaf|Woolpack|Mitre|Chequers|Greyhound|Grapes|Angel|Globe|George|Victoria|Railway|Junction|Commercial|Fountain|Sportsman|Cricketers|Vaults|Stables)(?![\p{L}\p{N}])/gu
const pubPlaceBefore =
  /\b(?:at|to|in|into|from|down|round|outside|opposite|behind|near|by|next to|past|meet|met|popped|pop)\s+the\s*$/
// "the X pub", "a pub called the X".
const namedPubRe = new RegExp(
  String.raw`\b[Tt]he\s+(${nameRun})\s+(?:pub|inn|carvery)\b|\b(?:pub|inn) (?:called|named) (?:the\s+)?(${nameRun})`,
  'gu',
)
const pubWordsNearby =
  /\b(?:pub|pubs|pint|pints|beer garden|carvery|quiz night|pub quiz|landlord|landlady|bar staff|behind the bar|sunday lunch|sunday dinner)\b/i
// Stories, rides and famous things that look like pub names.
const notPubs = set(
  'potato|tinker|taco|liberty|triple|iron|pirate|major|space|rocket|trojan|cowardly|mountain|sea|polar|teddy|care|gummy|paddington|rocking|wooden|golden hind|ender|komodo|chinese|welsh|headless|crash|hot|red bull|big|soft|burger|deputy|acting|executive|assistant|associate|interim|head|school|class|year|bride|wedding|full|blood|super|harvest|midnight|setting|summer|winter|blue|crescent|sailor|care',
)

// Traditional pub names with a small word in the middle: "the Shoulder of Mutton", "the Bird in
// Hand", "the Hole in the Wall", "the Cat and Fiddle". A known pub name is flagged wherever it
// stands; any other is flagged when the sentence says it is local or a pub ("round the corner",
// "our local", "a pint at"), since "the X of Y" also names books and famous places.
const pubPhraseRe = new RegExp(
  String.raw`(?<![\p{L}\p{N}])[Tt]he\s+(${CAP}\s+(?:(?:of|in|on|o['’])\s+(?:[Tt]he\s+)?|(?:and|&)\s+)${CAP})${WB_END}`,
  'gu',
)
const knownPubNames = set(
  "shoulder of mutton|leg of mutton|bird in hand|bird in the hand|hole in the wall|cat and fiddle|rose and crown|coach and horses|lamb and flag|dog and duck|pig and whistle|fox and hounds|hare and hounds|horse and groom|horse and jockey|hope and anchor|star and garter|george and dragon|plough and harrow|bull and butcher|cock and bottle|sow and pigs|live and let live|tap and spile|boot and shoe|crown and anchor|ship and anchor|bell and crown|duke of york|duke of wellington|duke of cumberland|marquis of granby|marquess of granby|prince of wales|earl of derby|lord of the manor|queen of the west|sun in splendour|dog in a doublet|cat in the window|fleece and firkin|mason's arms|malt and hops|hop and vine|grapes and vine|rat and parrot|drum and monkey|pen and wig|slug and lettuce|goat and compasses|bag o' nails|ring o' bells|ring o bells",
)
const localPubCue =
  /\b(?:pub|pubs|inn|local|locals|pint|pints|beer garden|carvery|quiz night|pub quiz|landlord|landlady|(?:round|around) the corner|(?:down|up|over|across) the (?:road|street|lane|hill)|end of (?:our|the|my) (?:road|street|lane|close|drive)|near (?:us|ours|our house|where (?:we|i) live)|next door|opposite (?:us|ours|our house)|walking distance)\b/
// First words of books, films and famous things that read "the X of Y".
const notPubPhraseFirst = set(
  'goblet|prisoner|philosopher|deathly|temple|mountain|pirates|girl|boy|man|woman|son|tales|tale|night|nights|isle|island|isles|vale|valley|city|university|museum|bank|houses|tower|battle|statue|fire|day|feast|festival|book|return|hound|hunchback|phantom|wind|wizard|chamber|game|games|story|legend|history|age|rise|fall|war|wars|siege|curse|secret|secrets|mystery|adventures|chronicles|diary|journey|voyage|planet|invasion|revenge|beauty|princess|owl|tortoise|lady|gift|order|spirit|ghost|sound|pride|sense|heart|queen|king|prince|church|school|house|land|bay|forest|lord|sea|river|mouth|top|end|middle|rest|centre|heart|friends|sisters|brothers|daughters|sons|children|kids|people|year|years|days|night|nights|month|week',
)

// Food words that name takeaways.
const cuisineWord = String.raw`Pizza|Kebab|Curry|Balti|Noodle|Chicken|Spice|Tandoori|Burger|Chip|Jerk|Roti|Dosa|Biryani|Wok|Grill|Masala|Karahi|Shawarma|Falafel|Sushi|Taco|Peri`
// A business by its owner's word: "Dad owns Raja's", "my uncle runs a takeaway called Golden
// Dragon".
const ownedBusinessRe = new RegExp(
  String.raw`\b(?:${ci('owns|own|co-owns|runs|run|manages|opened|took over|has|have|started|bought')})\s+(?:(?:${ci('a|an|the|his|her|their|our|my|this')})\s+)?(?:(?:${ci('little|new|small|family|own|local|busy')})\s+)*(?:${ci('takeaway|take-away|restaurant|café|cafe|chippy|chip shop|curry house|shop|business|salon|bakery|pub|bar|garage|stall|food truck|food van|firm|company|diner|grill|corner shop|off licence|newsagents')})\s+(?:${ci('called|named')})\s+(?:[Tt]he\s+)?(${nameRun})|\b(?:${ci('owns|co-owns|took over')})\s+(${nameRun})|\b(?:${ci('runs|run|manages|manage')})\s+(?:[Tt]he\s+)?(${nameRun}['’]s|(?:${CAP}\s+){0,2}(?:${cuisineWord})(?:\s+${CAP})?)${WB_END}`,
  'gu',
)
// A takeaway named by its food and a flourish: "Kebab King", "Pizza Palace", "Spice Paradise".
const cuisineVenueRe = new RegExp(
  String.raw`(?:(${nameRun})\s+)?(?<![\p{L}\p{N}])(?:${cuisineWord})\s+(?:Palace|King|Kings|Express|Land|World|Hut|Corner|Master|Time|Stop|Box|Shack|Spot|Station|Villa|City|Queen|Paradise|Garden|Lounge|Villa|Point|Empire|Heaven|Hub|Republic|Kingdom)${WB_END}`,
  'gu',
)

// A local landmark known by name with "the": "up the Chevin", "on the Stray", "the Wrekin". Only
// after a word of going over ground, or after a place word or as the subject in a sentence about
// walking, since "the" also starts titles ("the Hobbit") that need no suffix either.
const theNameRe = new RegExp(String.raw`(?<![\p{L}\p{N}])[Tt]he\s+(${nameRun})${WB_END}`, 'gu')
const overGroundBefore =
  /\b(?:up|on|round|around|over|along|across|onto|down|through|top of|foot of|edge of|bottom of|side of|walk|walks|walked|walking|stroll|strolled|hike|hiked|hiking|climb|climbs|climbed|climbing|cycle|cycled|cycling|sledging|explore|explored|exploring)\s+the\s*$/
const placeWordBefore =
  /(?:^\s*|\b(?:to|at|from|near|by|off|past|under|beneath|beside|behind|below|above|towards|love|loves|loved)\s+)the\s*$/
const walkWords =
  /\b(?:walk|walks|walked|walking|dog walk|stroll|strolls|strolled|ramble|rambles|rambling|hike|hikes|hiked|hiking|climb|climbs|climbed|climbing|sledging|sledge|jog|jogs|jogging|bike ride|bike rides|picnic|picnics|kite|walk the dog|take the dog|took the dog|views?|summit|muddy|wellies|trail|footpath|conkers|blackberries|bluebells)\b/i
// Generic things, famous places, rides, papers and stories that follow "the" with a capital.
const famousAfterThe = set(
  'rec|park|beach|woods|wood|canal|tower|towers|bridge|lighthouse|monument|wheel|eye|cathedral|abbey|minster|palace|river|prom|promenade|seafront|front|moors|moor|fields|field|hills|hill|common|green|square|market|shops|shop|lake|dam|reservoir|pier|harbour|quay|quayside|cliffs|sea|ocean|coast|countryside|town|city|village|estate|north|south|east|west|northern|southern|eastern|western|midlands|continent|channel|tunnel|shard|gherkin|o2|tube|underground|eiffel|louvre|colosseum|vatican|pyramids|sphinx|alps|pyrenees|dolomites|rockies|andes|himalayas|sahara|amazon|nile|thames|seine|danube|rhine|moon|sun|earth|mars|universe|solar|internet|web|news|radio|telly|paper|newspaper|train|plane|ferry|boat|tram|car|beatles|simpsons|muppets|smurfs|incredibles|titanic|tardis|hobbit|borrowers|witches|twits|wombles|clangers|tweenies|beano|dandy|guardian|times|mirror|mail|metro|telegraph|observer|express|star|proms|ashes|commonwealth|pope|lakes|dales|peaks|highlands|lowlands|broads|fens|cotswolds|chilterns|pennines|downs|wolds|borders|waltzers|dodgems|teacups|carousel|ferris|rollercoaster|ark|polar|orient|crown|lion|plough|bell|angel|globe|shire|avengers|jungle|beast|wizard|hulk|odeon|vue|showcase|cineworld|everyman|co-op|coop|spar|iceland|trafford|bullring|arndale|meadowhall|metrocentre|fairground|fair|funfair|carnival|panto|pantomime|parade|gala|show|cinema|library|pool|baths|museum|zoo|aquarium|farm|circus|castle|airport|station|hairdressers|barbers|opticians|chippy|pub|supermarket|tip|allotment|allotments|stadium|match|disco|sleepover|playground|toilet|toilets|kitchen|lounge|bedroom|bathroom|attic|loft|shed|classroom|playroom|race|marathon|fun|colour|tough|great|plague|arctic|antarctic|rainforest|romans|vikings|fire|prime|mayor|lights|illuminations|egg|santa|summer|winter|spring|autumn|nativity|game|moment|end|start|beginning|minute|time|top|bottom|back|stairs|slide|slides|swings|roundabout|computer|laptop|jubilee|coronation|remembrance|bonfire|fireworks|wimbledon|glastonbury|climbing|block|greatest|armouries',
)

/**
 * The words are all ordinary, generic or famous ("the Beach", "the Shard", "the Hobbit"): used by
 * the "the Xxxx" rules, which have no suffix to vouch for them.
 */
const ordinaryAfterThe = (phrase: string) => {
  const keys = phrase.split(/\s+/).map(norm).filter(Boolean)
  return (
    famousAfterThe.has(keys[0] ?? '') ||
    ordinaryCapitalised.has(keys[0] ?? '') ||
    lowRiskPlaces.has(keys.join(' ')) ||
    keys.some((key) => brandWords.has(key)) ||
    keys.every(
      (key) => ordinaryCapitalised.has(key) || genericQualifiers.has(key) || tradeWords.has(key),
    )
  )
}
// "the Crown on Netflix", "the Hobbit film": a show, not a place.
const showAfter =
  /^\s+(?:on\s+(?:netflix|tv|telly|the telly|iplayer|bbc|itv|channel|disney|prime|youtube|sky|catch-?up)|(?:film|films|movie|movies|series|show|shows|book|books|musical|episode|episodes|season|jewels|play|song|songs|game|games|ride|programme|documentary)\b)/i

/** The sentence around an index, lower case, for words like "pub" or "walk" anywhere in it. */
function sentenceAround(text: string, start: number, end: number): string {
  const after = text.slice(end, end + 120)
  const stop = after.search(/[.!?\n]/)
  return `${clauseBefore(text, start, 150)} ${stop < 0 ? after : after.slice(0, stop)}`
}

function findLocalVenues(text: string, out: Candidate[]) {
  for (const m of text.matchAll(tradeRe)) {
    const name = m[1] ?? m[2] ?? ''
    const nameStart = m.index + m[0].indexOf(name)
    const trimmed = trimGenericStart(
      text,
      nameStart,
      nameStart + name.length,
      false,
      (key) => ordinaryCapitalised.has(key) || genericQualifiers.has(key) || tradeWords.has(key),
    )
    if (!trimmed) continue
    // A café on holiday locates nobody.
    if (awayBefore.test(clauseBefore(text, m.index, 200))) continue
    push(out, trimmed.start, m.index + m[0].length, 'employer', reasons.business, text)
  }
  const pubs = [
    ...[...text.matchAll(innRe)].map((m) => ({ m, afterThe: false })),
    ...[...text.matchAll(pubRe)].map((m) => ({ m, afterThe: true })),
  ]
  for (const { m, afterThe } of pubs) {
    const name = m[1] ?? ''
    const end = m.index + m[0].length
    const keys = name.split(/\s+/).map(norm)
    if (notPubs.has(keys[0] ?? '') || notPubs.has(keys.slice(0, 2).join(' '))) continue
    // pubRe's name is all of "Red Lion" after "the"; innRe's is the words before "Arms".
    // "the New Inn" is a name; "the Airport Hotel" is not.
    const trimmed = afterThe
      ? { start: end - name.length }
      : trimGenericStart(text, m.index, m.index + name.length, !/Hotel$/.test(m[0]))
    if (!trimmed) continue
    // "the Red Lion King", "the White Horse of Uffington": something longer than a pub.
    const after = text.slice(end, end + 30)
    if (showAfter.test(after) || /^\s+(?:of\b|\p{Lu})/u.test(after)) continue
    // "stayed at the Grand Hotel in Scarborough": a holiday.
    if (/Hotel$/.test(m[0]) && awayBefore.test(clauseBefore(text, m.index, 200))) continue
    push(out, trimmed.start, end, 'place', reasons.pub, text)
  }
  for (const m of text.matchAll(pubWordRe)) {
    const name = m[1] ?? ''
    const end = m.index + m[0].length
    const after = text.slice(end, end + 30)
    if (showAfter.test(after) || /^\s+(?:of\b|\p{Lu})/u.test(after)) continue
    const atThePub = pubPlaceBefore.test(clauseBefore(text, end - name.length))
    if (!atThePub && !pubWordsNearby.test(sentenceAround(text, m.index, end))) continue
    push(out, end - name.length, end, 'place', reasons.pub, text)
  }
  for (const m of text.matchAll(pubPhraseRe)) {
    const name = m[1] ?? ''
    const end = m.index + m[0].length
    const nameStart = end - name.length
    const keys = name.split(/\s+/).map(norm)
    const known = knownPubNames.has(keys.join(' '))
    if (!known) {
      const content = keys.filter((key) => !/^(?:of|in|on|and|&|the|o)$/.test(key))
      if (notPubPhraseFirst.has(keys[0] ?? '') || notPubs.has(keys[0] ?? '')) continue
      if (content.every((key) => ordinaryCapitalised.has(key))) continue
      if (!localPubCue.test(sentenceAround(text, m.index, end))) continue
    }
    const after = text.slice(end, end + 30)
    if (showAfter.test(after) || mediaAfter.test(after)) continue
    if (
      mediaBefore.test(clauseBefore(text, m.index)) ||
      roleBefore.test(clauseBefore(text, m.index))
    ) {
      continue
    }
    push(out, nameStart, end, 'place', reasons.pub, text)
  }
  for (const m of text.matchAll(cuisineVenueRe)) {
    if (awayBefore.test(clauseBefore(text, m.index, 200))) continue
    const name = m[1] ?? ''
    const trimmed = name
      ? trimGenericStart(
          text,
          m.index,
          m.index + name.length,
          true,
          (key) => ordinaryCapitalised.has(key) || genericQualifiers.has(key),
        )
      : { start: m.index }
    push(
      out,
      trimmed?.start ?? m.index + name.length,
      m.index + m[0].length,
      'employer',
      reasons.business,
      text,
    )
  }
  for (const m of text.matchAll(ownedBusinessRe)) {
    const found = m[1] ?? m[2] ?? m[3] ?? ''
    // "owns Shahi Tandoori and I help": the name stops before a sentence goes on.
    const words = found.split(/\s+/)
    const cut = words.findIndex((word, i) => i > 0 && pronounsAndFunctionSet.has(norm(word)))
    const name = (cut > 0 ? words.slice(0, cut) : words)
      .join(' ')
      .replace(/\s+(?:&|and|of|the)$/, '')
    const nameStart = m.index + m[0].lastIndexOf(found)
    const trimmed = trimGenericStart(
      text,
      nameStart,
      nameStart + name.length,
      false,
      (key) => ordinaryCapitalised.has(key) || genericQualifiers.has(key) || tradeWords.has(key),
    )
    if (!trimmed) continue
    // "opened Christmas presents", "bought Lego": not businesses.
    const keys = name.split(/\s+/).map(norm)
    if (keys.every((key) => ordinaryCapitalised.has(key) || bigCities.has(key))) continue
    push(out, trimmed.start, nameStart + name.length, 'employer', reasons.business, text)
  }
  for (const m of text.matchAll(namedPubRe)) {
    const name = m[1] ?? m[2] ?? ''
    const nameStart = m.index + m[0].lastIndexOf(name)
    if (ordinaryAfterThe(name)) continue
    push(out, nameStart, nameStart + name.length, 'place', reasons.pub, text)
  }
  for (const m of text.matchAll(theNameRe)) {
    const name = m[1] ?? ''
    const end = m.index + m[0].length
    const nameStart = end - name.length
    if (ordinaryAfterThe(name) || notPubs.has(norm(name.split(/\s+/)[0] ?? ''))) continue
    const after = text.slice(end, end + 30)
    if (showAfter.test(after) || mediaAfter.test(after)) continue
    // "the Jubilee celebrations", "the Wimbledon final": the name describes a thing.
    const next = /^\s+(\p{Ll}+)/u.exec(after)?.[1]
    if (next && !pronounsAndFunctionSet.has(next) && !/(?:s|ed)$/.test(next)) continue
    const before = clauseBefore(text, nameStart)
    const overGround = /^the/.test(m[0]) && overGroundBefore.test(before)
    if (
      !overGround &&
      !(placeWordBefore.test(before) && walkWords.test(sentenceAround(text, m.index, end)))
    ) {
      continue
    }
    if (awayBefore.test(clauseBefore(text, m.index, 200))) continue
    push(out, nameStart, end, 'place', reasons.landmark, text)
  }
}

// ---------------------------------------------------------------------------------------------
// Usernames written without an @, where the letter has named the platform earlier in the sentence
// ("my Instagram for the business is jadebakesuk", "Instagram and TikTok are both jadebakesuk").

// Words handles are often built from, so "jadebakesuk" and "kaylzbeauty" read as handles but
// "football" and "lockdown" do not.
const handleParts = set(
  'bakes|bakery|baker|cakes|cake|beauty|hair|hairby|nails|nailsby|lashes|brows|makeup|mua|designs|design|crafts|craft|creations|makes|art|arts|artist|draws|sketches|photo|photos|photography|fitness|fit|life|living|diaries|diary|vibes|world|official|uk|xo|xx|x|the|ltd|co|mum|mumma|mama|mummy|lady|girl|boy|gal|lad|gaming|games|plays|gamer|tv|vlogs|vlog|music|ink|studio|boutique|kitchen|styles|styling|hq|by|with|and|loves|love|real|its|itz|just|only',
)

// Everyday English words compromise's small word list lacks, from the EFF word list that ships
// with zxcvbn-ts (7,776 common words: "cardigan", "fiddle", "grill").
const everydayWords = new Set(dictionary['diceware-common'])
// Words for dances, music, food, faith and pastimes that families write in lower case and that
// are no one's name: a record's "Kiran Garba Group" is not matched by "garba dancing".
const cultureWords = set(
  'garba|dandiya|raas|bhangra|giddha|kathak|bharatanatyam|bollywood|kirtan|bhajan|bhajans|qawwali|nasheed|nasheeds|tabla|dhol|sitar|harmonium|ceilidh|ceilidhs|eisteddfod|urdd|shinty|camogie|hurling|kabaddi|capoeira|samba|salsa|soca|calypso|reggae|dancehall|steelpan|afrobeats|kpop|k-pop|madrasa|madrassa|madrasah|hifz|satsang|langar|seva|sewa|puja|pooja|aarti|havan|mehndi|mehendi|henna|biryani|samosa|samosas|pakora|pakoras|bhaji|bhajis|roti|chapati|chapatis|paratha|dosa|idli|jalebi|ladoo|laddu|barfi|jerk|patty|patties|plantain|ackee|saltfish|callaloo|oxtail|cawl|welshcakes|haggis|neeps|tatties|cranachan|shortbread|stottie|parmo|pasty|pasties|hevva|gaelic|gàidhlig|cymraeg|kernewek|bagpipes|tartan|kilt|gospel|carnival|masquerade|limbo|ska|grime|drill|zumba|yoga|karate|judo|taekwondo|kickboxing|cheerleading|majorettes|morris|clog|maypole|futsal|parkour|bouldering|handball|korfball|lacrosse|rounders|darts|snooker|bowls',
)

/** An everyday word in any dictionary we have, or that word less an ending ("farmers"). */
function isDictionaryWord(key: string): boolean {
  if (cultureWords.has(key) || everydayWords.has(key) || commonWords.has(key)) return true
  if (isEnglishWord(key)) return true
  return ['s', 'es', 'ed', 'd', 'ing', 'er', 'ers', 'ies'].some((ending) => {
    if (key.length <= ending.length + 2 || !key.endsWith(ending)) return false
    const stem = key.slice(0, -ending.length)
    return (
      everydayWords.has(stem) ||
      cultureWords.has(stem) ||
      (ending === 'ies' && everydayWords.has(`${stem}y`))
    )
  })
}

/** compromise knows the word, or the word less an ending ("rarely", "blocked", "cats"). */
function isEnglishWord(key: string): boolean {
  if (ordinaryCapitalised.has(key) || commonAfterPlatform.has(key)) return true
  const tags = lexiconTags(key)
  if (tags.length > 0) return !tags.some((tag) => personTags.includes(tag))
  return ['ly', 's', 'es', 'ed', 'd', 'ing', 'er', 'ers', 'ness', 'ful'].some(
    (ending) =>
      key.length > ending.length + 2 &&
      key.endsWith(ending) &&
      lexiconTags(key.slice(0, -ending.length)).length > 0,
  )
}

/** Can `key` be read as words and names, at most one piece unknown ("kaylz" in kaylzbeauty)? */
function splitsIntoHandleParts(key: string): boolean {
  if (key.length < 6 || key.length > 30) return false
  // best[i]: fewest unknown pieces, then most known pieces, to cover key.slice(0, i).
  const best: ({ unknown: number; known: number; marker: boolean } | undefined)[] = [
    { unknown: 0, known: 0, marker: false },
  ]
  for (let end = 1; end <= key.length; end += 1) {
    for (let start = Math.max(0, end - 12); start < end; start += 1) {
      const previous = best[start]
      if (!previous) continue
      const piece = key.slice(start, end)
      const isName =
        extraFirstNames.has(piece) || lexiconTags(piece).some((t) => personTags.includes(t))
      const isPart = handleParts.has(piece)
      const known = isName || isPart || (piece.length >= 3 && lexiconTags(piece).length > 0)
      if (!known && piece.length < 3) continue
      const next = {
        unknown: previous.unknown + (known ? 0 : 1),
        known: previous.known + (known ? 1 : 0),
        marker: previous.marker || isName || isPart,
      }
      const current = best[end]
      if (
        next.unknown <= 1 &&
        (!current ||
          next.unknown < current.unknown ||
          (next.unknown === current.unknown && next.known > current.known) ||
          (next.unknown === current.unknown && next.known === current.known && next.marker))
      ) {
        best[end] = next
      }
    }
  }
  const result = best[key.length]
  if (!result) return false
  return (
    result.known >= 3 || (result.known >= 1 && result.known + result.unknown >= 2 && result.marker)
  )
}

/** A word that reads as a username rather than English: digits, camel case, "uk"/"xo" endings. */
function looksLikeHandle(token: string): boolean {
  const bare = token.replace(/^@/, '').replace(/[.]+$/, '')
  const key = bare.toLowerCase()
  if (bare.length < 4 || isEnglishWord(key) || extraFirstNames.has(key)) return false
  if (/[\d_]/.test(bare) || /\p{L}\.\p{L}/u.test(bare)) return true
  if (/\p{Ll}\p{Lu}/u.test(bare)) return true
  // A capitalised plain word is a name, for the name rules to judge.
  if (/^\p{Lu}/u.test(bare)) return false
  if (key.includes('official') || (/(?:xo|xx|uk|hq|ltd)$/.test(key) && key.length >= 6)) return true
  return splitsIntoHandleParts(key)
}

const platformRe = new RegExp(String.raw`\b(?:${ci(platforms)})\b`, 'gu')
// In the rest of the sentence after a platform: "... is jadebakesuk", "... are both jadebakesuk".
const handleAfterLinkRe =
  /(?:^['’]s|^\s*[,(–-]|(?:^|[\s,])(?:is|are|both|it['’]?s|as|called|under|name['’]?s|named|i['’]?m|i am|we['’]?re|:|=))(?:\s+(?:both|all|just|still|now|simply|also|called|the same))*\s*[:=]?\s*['"“‘]?(@?[\p{L}\p{N}_.]*[\p{L}\p{N}_])/giu
// "I'm jadebakesuk on Instagram", "search pickersgill on facebook".
const beforePlatformRe = new RegExp(
  String.raw`\b((?:${ci("i'm|i’m|im|i am|we're|we’re|we are|it's|it’s|search|search for|searched for|look up|look for|find me as|find us as|add me as|follow|follow me as|called|under")})\s+['"“‘]?)(@?[\p{L}\p{N}_.]*[\p{L}\p{N}_])['"”’]?\s+(?:on|over on)\s+(?:${ci(platforms)})\b`,
  'gu',
)

function findUnmarkedHandles(text: string, out: Candidate[]) {
  for (const platform of text.matchAll(platformRe)) {
    const from = platform.index + platform[0].length
    const rest = text.slice(from, from + 120)
    const stop = rest.search(/[!?\n]|\.(?:\s|$)/)
    const sentence = stop < 0 ? rest : rest.slice(0, stop)
    for (const m of sentence.matchAll(handleAfterLinkRe)) {
      const handle = m[1] ?? ''
      if (!looksLikeHandle(handle)) continue
      const start = from + m.index + m[0].lastIndexOf(handle)
      push(out, start, start + handle.length, 'handle', reasons.handle, text)
    }
  }
  for (const m of text.matchAll(beforePlatformRe)) {
    const token = m[2] ?? ''
    const start = m.index + (m[1] ?? '').length
    const key = norm(token)
    if (looksLikeHandle(token)) {
      push(out, start, start + token.length, 'handle', reasons.handle, text)
    } else if (/^\p{Ll}/u.test(token) && token.length >= 3 && !isEnglishWord(key)) {
      // "search pickersgill on facebook": a surname in lower case.
      push(out, start, start + token.length, 'name', reasons.name, text)
    }
  }
  // Shapes that are usernames anywhere: "kayleighxo", "jadebakesuk", "leedsmumofficial".
  for (const m of text.matchAll(
    /(?<![\p{L}\p{N}_.@/])\p{Ll}[\p{Ll}\p{N}]{3,}(?:xo|uk)(?![\p{L}\p{N}_@.])|(?<![\p{L}\p{N}_.@/])[\p{Ll}\p{N}]*official[\p{Ll}\p{N}]*(?![\p{L}\p{N}_@])/gu,
  )) {
    if (isEnglishWord(m[0]) || /^(?:un)?official(?:ly|s)?$/.test(m[0])) continue
    push(out, m.index, m.index + m[0].length, 'handle', reasons.handle, text)
  }
}

// "my surname is wormald", "my married name's Ackroyd": in any case.
const surnameRe =
  /\b(?:surname|last name|second name|married name|maiden name|family name)\s*(?:is|was|['’]s|:|-|,)\s*(?:now\s+|still\s+|actually\s+)?['"“‘]?([\p{L}][\p{L}'’-]+)/giu

// "Ferreira is my surname now": a surname said before the words that name it.
const surnameFirstRe = new RegExp(
  String.raw`(${CAP}),?\s+(?:is|['’]s)\s+(?:(?:now|also|actually|still)\s+)?(?:my|our|her|his|their)\s+(?:(?:new|real|proper|official)\s+)?(?:${ci('surname|last name|second name|family name|married name|maiden name')})`,
  'gu',
)
// "I'm a McInnes now", "we're the Ferreiras now".
const becameSurnameRe = new RegExp(
  String.raw`\b(?:${ci("i'm|i’m|im|i am|we're|we’re|we are|she's|she’s|he's|he’s")})\s+(?:${ci('now|officially|properly|proper|legally')}\s+)?(?:${ci('a|an|the')})\s+(${CAP})\s+(?:${ci('now|officially|too|as well')})\b`,
  'gu',
)
// "my insta is my full name", "search my real name on TikTok": an account under a full name.
const fullNameOnlineRe =
  /\b(?:(?:my|our|her|his|their)\s+(?:insta(?:gram)?|tik\s?tok|snap(?:chat)?|facebook|fb|twitter|threads|youtube|account|accounts|username|user name|handle|page|profile|socials?)(?:\s+(?:name|account|handle|page))?\s+(?:is|are|['’]s)\s+(?:(?:just|literally|only|basically|under|all)\s+)*(?:my|our|her|his|their|me)\s+(?:(?:full|real|whole|proper|actual|first and last|first and second|own)\s+)?names?|(?:search|look up|find me|find us|add me|follow me|i['’]?m|i am)\s+(?:for\s+|under\s+|as\s+|on\s+\S+\s+(?:under|as)\s+)?(?:my|our)\s+(?:full|real|whole|proper|actual)\s+names?)/giu

function findSurnames(text: string, out: Candidate[], agreed: Set<string>) {
  for (const m of text.matchAll(surnameRe)) {
    const name = (m[1] ?? '').replace(/['’]s$/, '')
    const key = norm(name)
    if (agreed.has(key) || pronounsAndFunctionSet.has(key)) continue
    if (/^\p{Ll}/u.test(name) && isEnglishWord(key)) continue
    if (/^\p{Lu}/u.test(name) && ordinaryCapitalised.has(key)) continue
    const start = m.index + m[0].length - (m[1] ?? '').length
    push(out, start, start + name.length, 'name', reasons.surname, text)
  }
  for (const m of text.matchAll(surnameFirstRe)) {
    const name = m[1] ?? ''
    const key = norm(name)
    if (
      agreed.has(key) ||
      ordinaryCapitalised.has(key) ||
      isSentenceStartOnlyWord(text, m.index, key)
    ) {
      continue
    }
    push(out, m.index, m.index + name.length, 'name', reasons.surname, text)
  }
  for (const m of text.matchAll(becameSurnameRe)) {
    const name = m[1] ?? ''
    const key = norm(name).replace(/s$/, '')
    if (agreed.has(key) || ordinaryCapitalised.has(norm(name)) || isPlainWord(key)) continue
    const start = m.index + m[0].lastIndexOf(name)
    push(out, start, start + name.length, 'name', reasons.surname, text)
  }
  for (const m of text.matchAll(fullNameOnlineRe)) {
    push(out, m.index, m.index + m[0].length, 'handle', reasons.fullNameOnline, text)
  }
}

/** A capitalised word starting a sentence that is an ordinary word there ("Hope is ..."). */
const isSentenceStartOnlyWord = (text: string, index: number, key: string) =>
  isSentenceStart(text, index) && (sentenceStartWords.has(key) || isPlainWord(key))

/** An ordinary English word, not a name: "Baker" counts as a name, "Vegan" does not. */
function isPlainWord(key: string): boolean {
  if (lexiconTags(key).some((tag) => personTags.includes(tag) || placeTags.includes(tag))) {
    return false
  }
  return isDictionaryWord(key)
}

// A closing ("Yours sincerely,", "Love from", "lots of love,") and the writer's name after it, on
// the same line or the next.
const closingRe =
  /(?:^|[\n.!?])[ \t]*(?:(?:lots of |loads of |all (?:my|our) |so much |big |with (?:all (?:my|our) )?)?love(?: (?:always|and hugs|you(?: lots)?|ya))?|(?:with )?(?:best|warm|warmest|kind|kindest|fond|fondest|all the) (?:wishes|regards|best)|(?:many )?thanks(?: again)?|thank you(?: again)?|(?:much |warm |kind |best )?regards|best|warmly|fondly|yours(?: sincerely| faithfully| truly| always| ever| aye)?|take care|take it easy|stay safe|speak soon|see you soon|until next time|bye(?: for now)?|cheers|cheerio|ta-ra|hugs|blessings|god bless|respect|peace|hwyl(?: fawr)?|cofion(?: cynnes| gorau)?|xoxo)(?:[ \t]+from)?[ \t]*[,!.:-]*[ \t]*(?:x+[ \t]*)?(?:\n[ \t]*)?/giu
const signedNameRe =
  /^\p{Lu}[\p{L}\p{M}'’-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}'’-]*){1,3}(?![\p{L}\p{M}'’-])/u
const lastLineNameRe =
  /(?:^|\n)[ \t]*(\p{Lu}[\p{L}\p{M}'’-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}'’-]*){1,2})[ \t]*(?:x+|[.!])?[ \t]*\s*$/u

/**
 * A writer's own full name where a letter is signed: "Yours sincerely,\nAlasdair McInnes", "Love
 * from Demelza Trevithick", "love, Kayden Ashworth-Biggs", or a name alone on the last line. Two
 * or three capitalised words count as a full name when the first is a known or agreed first name,
 * or the last is in no dictionary (McInnes, Trevithick); "Love from Mummy Pig" and "Love, Big Sis"
 * do not.
 */
function findSignedNames(
  text: string,
  out: Candidate[],
  agreed: Set<string>,
  protectedRanges: Range[],
) {
  const consider = (start: number, phrase: string) => {
    const parts = [...phrase.matchAll(/[^\s]+/g)].map((m) => ({
      start: start + m.index,
      end: start + m.index + m[0].length,
      key: norm(m[0]),
      text: m[0],
    }))
    // "Love, Jessie Thompson Xx": trailing kisses and the like are not part of the name.
    while (parts.length > 0 && ordinaryCapitalised.has(parts[parts.length - 1]?.key ?? '')) {
      parts.pop()
    }
    while (parts.length > 0 && pronounsAndFunctionSet.has(parts[0]?.key ?? '')) parts.shift()
    const first = parts[0]
    const last = parts[parts.length - 1]
    if (!first || !last) return
    if (parts.some((part) => inRanges(protectedRanges, part.start, part.end))) return
    const ordinary = (key: string) =>
      agreed.has(key) ||
      relationsSet.has(key) ||
      titleWords.has(key) ||
      ordinaryCapitalised.has(key)
    if (parts.every((part) => ordinary(part.key))) return
    if (agreed.has(last.key) || relationsSet.has(last.key) || titleWords.has(last.key)) return
    if (isPlaceWord(parts.map((part) => part.key).join(' ')) || isPlaceWord(last.key)) return
    const firstIsName = agreed.has(first.key) || isFirstName(first.key)
    const surnameShaped = surnamePrefixRe.test(last.text) || !isDictionaryWord(last.key)
    if (parts.length === 1 ? !surnamePrefixRe.test(last.text) : !(firstIsName || surnameShaped)) {
      return
    }
    push(out, first.start, last.end, 'name', reasons.signedName, text)
  }
  for (const m of text.matchAll(closingRe)) {
    const from = m.index + m[0].length
    const name = signedNameRe.exec(text.slice(from, from + 80))?.[0]
    if (name) consider(from, name)
  }
  const tailStart = Math.max(0, text.length - 120)
  const last = lastLineNameRe.exec(text.slice(tailStart))
  if (last?.[1]) consider(tailStart + last.index + last[0].indexOf(last[1]), last[1])
}

/** Mc, Mac and O' surnames: McInnes, MacLeod, O'Donnell. */
const surnamePrefixRe = /^(?:Mc|Mac|O['’])\p{Lu}\p{Ll}/u

const isFirstName = (key: string) =>
  extraFirstNames.has(key) || lexiconTags(key).some((tag) => personTags.includes(tag))

const isPlaceWord = (key: string) =>
  bigCities.has(key) ||
  lowRiskPlaces.has(key) ||
  lexiconTags(key).some((tag) => placeTags.includes(tag))

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
  // Names the letter gives its pets anywhere ("our puppy Bruno"), so "Bruno loves the beach" later
  // is the puppy too.
  const petNames = new Set(
    words
      .filter((word) => word.capitalised && petBefore.test(clauseBefore(text, word.start)))
      .map((word) => word.key),
  )
  // Pubs and businesses already found keep their own reason rather than "a person's name".
  const venues = out.filter(
    (candidate) => candidate.reason === reasons.pub || candidate.reason === reasons.business,
  )
  const decisions = runs.map((words) => {
    const first = words[0]
    const last = words[words.length - 1]
    if (first && last && venues.some((v) => v.start <= first.start && last.end <= v.end)) {
      return 'skip'
    }
    return classifyRun(text, words, agreed, petNames)
  })
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
  petNames: Set<string>,
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
  // "Biscuit, our dog,", "Bruno the dog", "Pip barked all night": a pet.
  if (petAfter.test(after) || animalVerbAfter.test(after)) return 'skip'
  // "We got a puppy! Her name is Luna.": the name of a pet just mentioned.
  if (
    /\b(?:(?:his|her|its|their) names? (?:is|are|was)|(?:he|she|it)(?:'s| is) called)\s*$/.test(
      before,
    ) &&
    petInSentence.test(text.slice(Math.max(0, start - 160), start).toLowerCase())
  ) {
    return 'skip'
  }
  const key = words.map((word) => word.key).join(' ')
  const tags = new Set(words.flatMap((word) => [...word.tags]))
  const isPerson = (word: Word) =>
    personTags.some((tag) => word.tags.has(tag)) || extraFirstNames.has(word.key)
  const personTagged = own.some(isPerson)
  const placeTagged = placeTags.some((tag) => tags.has(tag))
  const onlyWord = words.length === 1
  // "Leeds fan": a team, not a home.
  if (onlyWord && /^\s+(?:fans?|supporters?)\b/i.test(after)) return 'skip'
  // A big city is a place, kept only when a closer detail shares its sentence (see bigCities).
  if (bigCities.has(key)) {
    return tripBefore.test(before) && !residenceBefore.test(before) ? 'skip' : 'place'
  }

  const nameContext =
    nameContextBefore.test(before) || possessivePersonAfter.test(after) || personAfter.test(after)
  const residence = residenceBefore.test(before)
  const placePrep = placePrepBefore.test(before)
  const trip = tripBefore.test(before)
  const lowRisk = lowRiskPlaces.has(key) || tags.has('Country')

  if (residence) return 'place'
  // A name the letter gives a pet, or one in a sentence about "the dog" that is no common first
  // name: "The dog went mad in the snow and Pip ran round the garden."
  const personCue = nameContext && (!/\band\s*$/.test(before) || /\bme and\s*$/.test(before))
  if (onlyWord && !personCue && !humanVerbAfter.test(after)) {
    if (petNames.has(first.key)) return 'skip'
    if (petInSentence.test(clauseBefore(text, start, 150)) && !isFirstName(first.key)) {
      return 'skip'
    }
  }
  // "look me up on Facebook, I'm Jade Wormald", "search Wormald on facebook".
  if (
    findMeBefore.test(before) ||
    platformAfter.test(after) ||
    (selfBefore.test(before) && onlineWords.test(sentenceAround(text, start, end)))
  ) {
    return 'name'
  }
  // "Alasdair McInnes", "I'm Gwen Tregunna": a first name and a word in no dictionary (or a
  // known surname) make a full name; so does any Mc, Mac or O' surname.
  const lastIsPlace =
    isPlaceWord(last.key) || lexiconTags(last.key).some((tag) => placeTags.includes(tag))
  if (
    !onlyWord &&
    !lastIsPlace &&
    !lowRisk &&
    (agreed.has(first.key) || isPerson(first)) &&
    (surnamePrefixRe.test(last.text) ||
      lexiconTags(last.key).some((tag) => personTags.includes(tag)) ||
      !isDictionaryWord(last.key))
  ) {
    return 'name'
  }
  if (own.some((word) => surnamePrefixRe.test(word.text))) return 'name'
  // "the Trevithick family", "the Okafor lot": a family by its surname.
  if (
    onlyWord &&
    /\bthe\s+$/.test(before) &&
    /^\s+(?:family|household|clan|lot|twins)\b/.test(after) &&
    !placeTagged &&
    !isPlainWord(first.key)
  ) {
    return 'name'
  }
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
    // A one-word entry that is an everyday word ("Farmer", "Cardigan") matches only as a name.
    const allCommon = (list: string[]) =>
      list.every((word) => commonWords.has(norm(word)) || word.length < 3) ||
      (list.length === 1 && isPlainWord(norm(list[0] ?? '')))
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
        // An everyday word ("farmers", "cardigan", "garba") only where the letter capitalises it.
        add(part.replace(/['’]s$/, ''), isDictionaryWord(key.replace(/'s$/, '')))
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
// Saints' days and feasts ("St Piran's Day", "the Feast of St Columba") are dates, not places.
const saintsDayRe =
  /\b(?:(?:St\.?|Saint)\s+\p{Lu}[\p{L}'’-]*(?:['’]s)?\s+(?:Day|Eve|Night|Feast|Festival|Parade|Fair)\b|(?:Feast|Festival) (?:Day )?of (?:St\.?|Saint)\s+\p{Lu}[\p{L}'’-]*)/gu

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
  for (const m of text.matchAll(saintsDayRe)) {
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
  findLocalVenues(text, candidates)
  findUnmarkedHandles(text, candidates)
  findSurnames(text, candidates, agreed)
  findSignedNames(text, candidates, agreed, protectedRanges)
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
    if (
      candidate.kind === 'name' &&
      (petBefore.test(before) ||
        roleBefore.test(before) ||
        petAfter.test(text.slice(candidate.end, candidate.end + 40)))
    ) {
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
  return merge(withoutLoneCities(kept, text), text)
}

/**
 * Drops a big city standing alone (see bigCities): kept only when another detail sits in the same
 * sentence, such as a street, postcode, surname or employer that the city would help pin down.
 */
function withoutLoneCities(candidates: Candidate[], text: string): Candidate[] {
  const isLoneCity = (candidate: Candidate) =>
    candidate.kind === 'place' && bigCities.has(norm(text.slice(candidate.start, candidate.end)))
  return candidates.filter((candidate) => {
    if (!isLoneCity(candidate)) return true
    const before = text.slice(0, candidate.start).search(/[.!?\n][^.!?\n]*$/)
    const sentenceStart = before < 0 ? 0 : before + 1
    const stop = text.slice(candidate.end).search(/[.!?\n]/)
    const sentenceEnd = stop < 0 ? text.length : candidate.end + stop
    return candidates.some(
      (other) =>
        other !== candidate &&
        !isLoneCity(other) &&
        !(other.start >= candidate.start && other.end <= candidate.end) &&
        other.start >= sentenceStart &&
        other.end <= sentenceEnd,
    )
  })
}
const titleWords = set(titles)
