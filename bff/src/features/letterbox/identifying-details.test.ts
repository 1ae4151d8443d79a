import { describe, expect, it } from 'vitest'
import { devLetters } from './identifying-details.dev-cases.ts'
import { contextFor, parseMarkedLetter, scoreLetters } from './identifying-details.scoring.ts'
import {
  findIdentifyingDetails,
  type CheckContext,
  type IdentifyingKind,
} from './identifying-details.ts'

const context: CheckContext = {
  familyWords: ['Thompson', '14 Mill Lane', 'Otley', 'LS21 3AB', 'Oakfield Primary', 'Green'],
  agreedNames: ['Jessie', 'Sarah', 'Mum', 'Nanna Jean'],
}
const none: CheckContext = { familyWords: [], agreedNames: [] }

const check = (text: string, ctx: CheckContext = none) => findIdentifyingDetails(text, ctx)
const texts = (text: string, ctx: CheckContext = none) => check(text, ctx).map((h) => h.text)
/** The kind of the highlight covering `detail`, or undefined when nothing covers it. */
const kindOf = (text: string, detail: string, ctx: CheckContext = none) => {
  const start = text.indexOf(detail)
  return check(text, ctx).find((h) => h.start <= start && start + detail.length <= h.end)?.kind
}

describe('findIdentifyingDetails, kind by kind', () => {
  const positives: [IdentifyingKind, string, string][] = [
    ['name', 'Her best friend Amelia came round for tea.', 'Amelia'],
    ['name', 'Her teacher Mrs Khan is lovely.', 'Mrs Khan'],
    ['name', 'At home we call her Bean because she never sits still.', 'Bean'],
    ['address', 'Every morning we walk down Mill Lane to school.', 'Mill Lane'],
    ['address', 'Our new house is 23 Beech Grove, near the shops.', '23 Beech Grove'],
    ['postcode', 'She wrote our postcode, ls6 3ab, on the card.', 'ls6 3ab'],
    ['postcode', 'The postcode is LS63AB if you need it.', 'LS63AB'],
    ['phone', 'You can text me on 07700 900 461 any time.', '07700 900 461'],
    ['phone', 'My new number is +44 7700 900872.', '+44 7700 900872'],
    ['email', 'Email us at jess.t@example.co.uk please.', 'jess.t@example.co.uk'],
    ['web', 'There is a video on www.starlightdance.co.uk now.', 'www.starlightdance.co.uk'],
    ['handle', 'My tiktok is @kaylzbeauty if you want it.', '@kaylzbeauty'],
    ['handle', "I'm on insta: jessiebakes now.", 'jessiebakes'],
    ['school', 'She has started at Oakfield Primary this year.', 'Oakfield Primary'],
    ['school', "She moved to St Mary's C of E in September.", "St Mary's C of E"],
    ['club', 'On Saturdays she trains with Kirkstall Harriers.', 'Kirkstall Harriers'],
    ['club', 'He has joined 1st Otley Scouts and loves it.', '1st Otley Scouts'],
    ['place', 'We live in Guiseley now, near the station.', 'Guiseley'],
    [
      'employer',
      'I work at Harrogate District Hospital three days a week.',
      'Harrogate District Hospital',
    ],
    ['vehicle', 'He has memorised the number plate, YK21 BFD, already.', 'YK21 BFD'],
  ]
  it.each(positives)('flags a %s: %s', (kind, text, detail) => {
    expect(kindOf(text, detail)).toBe(kind)
  })

  const negatives: [string, string][] = [
    ['name', 'Santa brought her a Lego castle and Father Christmas ate the mince pie.'],
    ['address', 'We walked along the High Street and down the road to the park.'],
    ['postcode', 'We got home at 4pm and she was in bed by 7pm.'],
    ['phone', 'She scored 10 out of 10 in 2023 and ran 5000 metres.'],
    ['email', 'We met @ the park and had a picnic.'],
    ['web', 'She loves animals, e.g. horses, dogs and cats.'],
    ['handle', 'She loves Instagram filters and snapchat is her favourite app.'],
    ['school', 'She cannot wait to start big school and loves Forest School.'],
    ['club', 'She goes to Brownies on Tuesdays and swimming club on Fridays.'],
    ['place', 'In the summer we went to Spain, and at half term a week in Filey.'],
    ['employer', 'I work at home on Mondays and work for the NHS.'],
    ['vehicle', 'He is in Year 6 and his favourite car is an old Mini.'],
    ['everything', 'Hope you are well. In March she was in the Nativity at Christmas.'],
    ['everything', 'He supports Leeds United and Manchester City, and loves Minecraft.'],
  ]
  it.each(negatives)('does not flag an ordinary %s sentence: %s', (_kind, text) => {
    expect(texts(text)).toEqual([])
  })
})

describe('findIdentifyingDetails, local venues, handles without an @ and surnames', () => {
  const positives: [string, IdentifyingKind, string, string][] = [
    ['a hill known as "the X"', 'place', 'Most Sundays we walk the dog up the Chevin.', 'Chevin'],
    [
      '"the X" in a walking sentence',
      'place',
      'The Stray is where we go for walks after tea.',
      'Stray',
    ],
    [
      'a business named by its trade',
      'employer',
      'Moorside Vets have been really good to me.',
      'Moorside Vets',
    ],
    [
      'a firm "& Sons"',
      'employer',
      'My partner is an apprentice with J Hartley & Sons.',
      'J Hartley & Sons',
    ],
    [
      'a trade with "& Heating"',
      'employer',
      'Pennine Plumbing & Heating took him on in May.',
      'Pennine Plumbing & Heating',
    ],
    ['a pub "Arms"', 'place', 'We had Sunday lunch at the Dyneley Arms.', 'Dyneley Arms'],
    ['a pub "the Red Lion"', 'place', 'Grandad does the quiz at the Red Lion.', 'Red Lion'],
    ['a pub "the King\'s Head"', 'place', "We met his parents at the King's Head.", "King's Head"],
    [
      'a one-word pub where someone works',
      'place',
      'I work behind the bar at the Plough now.',
      'Plough',
    ],
    [
      'a handle after "is", platform earlier',
      'handle',
      'My Instagram for the business is jadebakesuk if you want to look.',
      'jadebakesuk',
    ],
    [
      'a handle after "are both"',
      'handle',
      'Instagram and TikTok are both kaylzbeautyxo.',
      'kaylzbeautyxo',
    ],
    [
      'a handle with "official"',
      'handle',
      "I'm on TikTok as thecakeladyofficial now.",
      'thecakeladyofficial',
    ],
    ['a handle ending in digits', 'handle', 'My snap, if you want it, is jadey2009.', 'jadey2009'],
    [
      'a surname to search for',
      'name',
      'Search Wormald on Facebook and you will find me.',
      'Wormald',
    ],
    ['a surname in lower case', 'name', 'My surname is wormald now.', 'wormald'],
  ]
  it.each(positives)('flags %s', (_rule, kind, text, detail) => {
    expect(kindOf(text, detail)).toBe(kind)
  })

  it('flags a surname after an agreed first name given for finding someone online', () => {
    const ctx: CheckContext = { familyWords: [], agreedNames: ['Jade'] }
    expect(texts("Look me up on Facebook, I'm Jade Pickersgill.", ctx)).toEqual([
      'Jade Pickersgill',
    ])
    expect(texts('search pickersgill on facebook', ctx)).toEqual(['pickersgill'])
  })

  it('flags a pub named "X and Y" somewhere', () => {
    expect(texts('We had her party at the Fox and Hounds.')).toEqual(['Fox and Hounds'])
  })

  const negatives: [string, string][] = [
    ['shows with pub words', 'We watched The Lion King and then the Crown on Netflix.'],
    [
      'a chain and a famous landmark',
      'We had a sausage roll from Greggs and went up the Shard on our London trip.',
    ],
    ['school roles', 'She was the Angel in the nativity and the Deputy Head loved it.'],
    ['stars', 'We found the Plough in the night sky from the garden.'],
    ['stories', 'She read the Owl and the Pussycat and Goldilocks and the Three Bears.'],
    ['chains', 'We had a carvery at the Hungry Horse and got glasses from Specsavers.'],
    ['trade words alone', 'She went to the Hair Salon and we had tea from the Chinese Takeaway.'],
    ['a seaside day out', 'We went up the Tower and walked along the Prom at Blackpool.'],
    ['a holiday walk', 'We went on holiday to the Lakes and climbed the Old Man of Coniston.'],
    [
      'words after a platform',
      'Instagram is rubbish these days and my TikTok is mostly cooking videos.',
    ],
    ['"are both" with a word', 'Instagram and TikTok are both blocked on her tablet.'],
    ['being on Facebook', "I'm still on Facebook but I hardly ever post."],
    ['a surname sentence with no name', 'My surname is the same as before.'],
  ]
  it.each(negatives)('does not flag %s: %s', (_what, text) => {
    expect(texts(text)).toEqual([])
  })
})

describe('findIdentifyingDetails, signed names, pubs, takeaways and surnames', () => {
  const positives: [string, IdentifyingKind, string, string][] = [
    [
      'a Mac surname at the sign-off',
      'name',
      'Thank you for the photos.\n\nYours sincerely,\nAlasdair McInnes',
      'Alasdair McInnes',
    ],
    [
      'a Cornish surname after "Love from"',
      'name',
      'See you soon.\nLove from Demelza Penhallow',
      'Demelza Penhallow',
    ],
    [
      'an O’ surname at the sign-off',
      'name',
      "Best wishes,\nSiobhan O'Donnell",
      "Siobhan O'Donnell",
    ],
    [
      'a full name alone on the last line',
      'name',
      'Take care of yourselves.\n\nIain Matheson',
      'Iain Matheson',
    ],
    [
      'a known first name and a word in no dictionary',
      'name',
      "I'm Mhairi Docherty, your birth mum's sister.",
      'Mhairi Docherty',
    ],
    ['a family by its surname', 'name', 'We had tea with the Trevithick family.', 'Trevithick'],
    [
      'a traditional pub round the corner',
      'place',
      "There's a pub round the corner called the Shoulder of Mutton.",
      'Shoulder of Mutton',
    ],
    [
      'a known pub name anywhere',
      'place',
      'We had his party at the Marquis of Granby.',
      'Marquis of Granby',
    ],
    ['a "Bird in Hand" pub as a local', 'place', 'Our local is the Bird in Hand.', 'Bird in Hand'],
    [
      'a takeaway named "Spice"',
      'employer',
      'Dad runs Raja Spice on the high street.',
      'Raja Spice',
    ],
    ['a takeaway named "Tandoori"', 'employer', 'My uncle owns Shahi Tandoori.', 'Shahi Tandoori'],
    [
      'a "Noodle Bar"',
      'employer',
      'Mum has a takeaway called Lucky Star Noodle Bar.',
      'Lucky Star Noodle Bar',
    ],
    ['a "Wok"', 'employer', 'My aunt runs Sizzling Wok on the corner.', 'Sizzling Wok'],
    ['a "Kebab King"', 'employer', 'We get food from Kebab King on a Friday.', 'Kebab King'],
    ['a business run by its owner', 'employer', "Dad runs Raja's on the corner.", "Raja's"],
    [
      'an account under a full name',
      'handle',
      'If you want to find me, my insta is my full name.',
      'my full name',
    ],
    ['a surname said first', 'name', 'Ferreira is my surname now.', 'Ferreira'],
    ['a teenager’s sign-off', 'name', 'speak soon\n\nlove, Kayden Ferreira', 'Kayden Ferreira'],
    ['a small town after "moved to"', 'place', 'We moved to Llandeilo last year.', 'Llandeilo'],
    [
      'a big city with a street in the sentence',
      'place',
      'I live on Byres Road in Glasgow now.',
      'Glasgow',
    ],
    [
      'a big city with a surname to search for',
      'place',
      'Search Pickersgill on Facebook with Leeds and you will find me.',
      'Leeds',
    ],
  ]
  it.each(positives)('flags %s', (_rule, kind, text, detail) => {
    expect(kindOf(text, detail)).toBe(kind)
  })

  const negatives: [string, string][] = [
    ['family words at the sign-off', 'Lots of love,\nMum and Dad xx'],
    ['characters and nicknames at the sign-off', 'Love from Mummy Pig\n\nTake care, Big Sis x'],
    [
      'a pet named later in a sentence about the dog',
      'The dog went mad in the snow and Pip ran round the garden.',
    ],
    [
      'a pet named after "our dog"',
      'Our dog, Pip, loves the beach and our hamster Nibbles escaped.',
    ],
    ['a pet named again later', 'Our puppy Bruno is huge now. Bruno loves the beach.'],
    ['a pet by what it does', 'Luna barked at the postman all morning.'],
    ['a pet named in the next sentence', 'We got a puppy! Her name is Luna and she is tiny.'],
    ['a closing in Welsh', 'Hwyl fawr,\nNadolig Llawen'],
    ["saints' days", "We had a parade for St Piran's Day, and haggis on St Andrew's Day."],
    ['festivals', 'We celebrated Burns Night, Chinese New Year and Raksha Bandhan.'],
    ['historical figures', 'We learnt about Mary Seacole, Florence Nightingale and Walter Tull.'],
    ['sports stars', 'He loves Joe Root and Ben Stokes and watched Dina Asher-Smith.'],
    ['singers', 'She loves Beyoncé and Stormzy, and Nan loves Tom Jones.'],
    ['a big city on its own', 'I still live in Swansea and work in a shop.'],
    ['a big city after "back in"', "I'm back in Glasgow now, near my mum."],
    [
      'books and famous places that read like pubs',
      'We read the Cat in the Hat and watched the Lord of the Rings round at Nan’s.',
    ],
    ['chains and food', 'We had a Domino’s Pizza and the Tandoori chicken was lovely.'],
    ['pop stars with "Spice"', 'She dressed up as Posh Spice for the Spice Girls party.'],
    ['an account that is private', 'My insta is private now and Mum says I can’t share it.'],
    ['supporting a team', "I'm a Leeds fan now, don't tell Grandad."],
  ]
  it.each(negatives)('does not flag %s: %s', (_what, text) => {
    expect(texts(text)).toEqual([])
  })

  it('does not flag an agreed first name signed alone', () => {
    const ctx: CheckContext = { familyWords: [], agreedNames: ['Jen', 'Mike', 'Kacey'] }
    expect(texts('Lots of love,\nJen and Mike xx', ctx)).toEqual([])
    expect(texts('love, Kacey xx', ctx)).toEqual([])
    expect(texts('love, Kacey Ferreira xx', ctx)).toEqual(['Kacey Ferreira'])
  })

  it("matches the family's record words as whole phrases and distinctive parts only", () => {
    const ctx: CheckContext = {
      familyWords: [
        'Young Farmers Club',
        'Kiran Garba Group',
        '12 Cardigan Lane',
        'Oakfield Primary',
      ],
      agreedNames: [],
    }
    expect(texts('She loves the farmers market and her new cardigan.', ctx)).toEqual([])
    expect(texts('She went to garba every night of Navratri.', ctx)).toEqual([])
    expect(texts('She dances with Kiran Garba Group on Fridays.', ctx)).toEqual([
      'Kiran Garba Group',
    ])
    expect(texts('She is in the Young Farmers Club now.', ctx)).toEqual(['Young Farmers Club'])
    expect(texts('We walked up cardigan lane.', ctx)).toEqual(['cardigan lane'])
    expect(texts('She still talks about oakfield.', ctx)).toEqual(['oakfield'])
  })
})

describe('findIdentifyingDetails, context', () => {
  it('never flags the names agreed for the exchange', () => {
    const text = 'Dear Sarah, Jessie and Mum went to see Nanna Jean on Sunday.'
    expect(texts(text, context)).toEqual([])
  })

  it('still flags an agreed first name with a surname', () => {
    expect(texts('Love from Jessie Thompson', context)).toEqual(['Jessie Thompson'])
    expect(kindOf('Love from Jessie Thompson', 'Thompson', context)).toBe('family_record')
  })

  it("flags the family's record in any case, with plurals", () => {
    const text = 'The Thompsons went for a walk round otley and up to LS21 3AB.'
    expect(check(text, context).map((h) => [h.text, h.kind])).toEqual([
      ['Thompsons', 'family_record'],
      ['otley', 'family_record'],
      ['LS21 3AB', 'family_record'],
    ])
  })

  it('matches a common-word surname only when it is written as a name', () => {
    expect(texts('She wore her green jumper to the park.', context)).toEqual([])
    expect(texts('We had tea with the Greens on Sunday.', context)).toEqual(['Greens'])
  })

  it('does not flag a pet, a toy or a costume as a person', () => {
    expect(texts('We have a cockapoo called Pickle and she dressed up as Matilda.')).toEqual([])
  })
})

describe('findIdentifyingDetails, offsets and merging', () => {
  it('gives UTF-16 offsets into the text, also after emoji', () => {
    const text = '💜🦄 Her friend Poppy texted 07700 900 123 🎉 from Guiseley Juniors.'
    const highlights = check(text)
    expect(highlights.map((h) => h.text)).toEqual(['Poppy', '07700 900 123', 'Guiseley Juniors'])
    for (const h of highlights) expect(text.slice(h.start, h.end)).toBe(h.text)
  })

  it('merges overlapping details into one highlight with the most specific kind', () => {
    // "Oakfield Primary" is a school and on the family's record; "Otley" is both too.
    const highlights = check('She started at Oakfield Primary and swims at Otley Pool.', context)
    expect(highlights.map((h) => [h.text, h.kind])).toEqual([
      ['Oakfield Primary', 'family_record'],
      ['Otley Pool', 'family_record'],
    ])
    expect(highlights.every((h) => h.reason.length > 0)).toBe(true)
  })

  it('returns highlights in order and never overlapping, for every development letter', () => {
    for (const letterCase of devLetters) {
      const { text } = parseMarkedLetter(letterCase.letter)
      const highlights = check(text, contextFor(letterCase))
      highlights.forEach((h, i) => {
        expect(h.start).toBeLessThan(h.end)
        expect(text.slice(h.start, h.end)).toBe(h.text)
        if (i > 0) expect(highlights[i - 1]!.end).toBeLessThanOrEqual(h.start)
      })
    }
  })

  it('checks a 300-word letter well under 20 ms after warm-up', () => {
    const letter = devLetters
      .slice(0, 3)
      .map((c) => parseMarkedLetter(c.letter).text)
      .join('\n\n')
      .split(/\s+/)
      .slice(0, 300)
      .join(' ')
    for (let i = 0; i < 50; i += 1) check(letter, context)
    // Best of several runs, so a busy test machine does not fail the check.
    let best = Infinity
    for (let i = 0; i < 20; i += 1) {
      const started = performance.now()
      check(letter, context)
      best = Math.min(best, performance.now() - started)
    }
    console.log(`identifying details: ${best.toFixed(1)} ms for a 300-word letter (best of 20)`)
    expect(best).toBeLessThan(20)
  })
})

describe('scoring', () => {
  it('parses marked letters into plain text and spans', () => {
    const { text, spans } = parseMarkedLetter('We walk down [[Mill Lane]] to [[Oakfield]].')
    expect(text).toBe('We walk down Mill Lane to Oakfield.')
    expect(spans).toEqual([
      { start: 13, end: 22, text: 'Mill Lane' },
      { start: 26, end: 34, text: 'Oakfield' },
    ])
  })

  it('finds at least 95% of the marked details in the development letters, with at most one false alarm per ordinary letter', () => {
    expect(devLetters.length).toBeGreaterThanOrEqual(25)
    const score = scoreLetters(devLetters, findIdentifyingDetails)
    console.log(
      `identifying details, development set: ${score.found}/${score.details} found ` +
        `(recall ${score.recall.toFixed(3)}), ${score.falseAlarms} false alarms, ` +
        `${score.falseAlarmsPerOrdinaryLetter.toFixed(2)} per ordinary letter ` +
        `(${score.ordinaryLetters} ordinary letters), at most ${score.maxFalseAlarmsInOneLetter} in one letter`,
    )
    if (score.missed.length > 0) console.log(`missed:\n  ${score.missed.join('\n  ')}`)
    if (score.falseAlarmTexts.length > 0) {
      console.log(`false alarms:\n  ${score.falseAlarmTexts.join('\n  ')}`)
    }
    expect(score.recall).toBeGreaterThanOrEqual(0.95)
    expect(score.falseAlarmsPerOrdinaryLetter).toBeLessThanOrEqual(1)
  })
})
