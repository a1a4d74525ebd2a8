//! Every rule copydesk knows: its stable code, default severity and
//! documentation with a wrong and a right example. `copydesk rules` and
//! `copydesk explain` print from here; so does the LSP hover.

use crate::finding::Severity;

#[derive(Debug)]
pub struct Rule {
    pub code: &'static str,
    pub severity: Severity,
    pub summary: &'static str,
    pub explanation: &'static str,
    pub wrong: &'static str,
    pub right: &'static str,
}

pub const RULES: &[Rule] = &[
    Rule {
        code: "unattributed-quote",
        severity: Severity::Warning,
        summary: "Words in quotation marks that the draft never says who said.",
        explanation: "A direct quote needs a speaker: a name, a title, a pronoun with a clear antecedent (\"she\" never stands for a man the draft shows to be one: Mr., a given name such as Tom), or a described source (\"a ministry spokeswoman\"). copydesk looks for a speech cue (said, told, wrote, according to ..., or the plain verb after a modal: \"could only quip\") in the quote's sentence, a colon or comma introduction before it (\"Lavrov said:\", \"the ministry released this statement:\", \"The email began, ...\"), a statement the paragraph before says someone issued (\"the board issued a statement.\"), a reply and whom it came from (\"came the reply from City Hall\", \"Her answer:\", \"Ruiz's verdict? ...\"), a phrase that names whose words they are (\"in the words of Ana Ruiz\", \"to quote Ruiz\", \"the radio quoted Ana Ruiz as saying\", \"Ruiz was quoted as saying\", \"Ruiz is reported to have said\"), a gesture or manner before the quote (\"Ruiz shrugged.\", \"Ruiz was blunt.\"), the sentence just before reporting what a named person thinks, feels or remembers (\"Ruiz fears the worst.\", \"For Ruiz, it was personal.\", \"Ruiz remembers the empty shelves.\") or asking a question about them (\"What keeps her going?\"), a signature line after a quote paragraph or after a dash on its own line (\"— Ana Ruiz, harbour master\"), a sentence right after the quote that credits it (\"That was how Ana Ruiz put it.\", \"Those were the words of Ana Ruiz.\"), a quote by a named speaker in the same paragraph (until more than two sentences in the reporter's own voice come between), and a quote paragraph directly after a paragraph that ends with the same speaker's quote or reports what they said (\"Carter said the region mattered most.\"). Attribution carries from one sentence to another only from someone speaking: never from a figure, a count or a report only cited (\"according to county statistics\", \"figures show\"), nor from a sentence subject with no verb of saying (\"Webb expects a “long” fight.\"). A chant is the words of the crowd the sentence names (\"protesters joined in a chant of ...\", \"where protesters had gathered, chanting ...\"). Titles, scare quotes and nicknames that nobody in the sentence gives (\"what is often called “the Miami model”\", \"the earlier “warm-up” debate\", a letter such as \"a vote for “R”\") are not speech and are never flagged; a name the subject calls someone (\"who he dubbed “the little mayor”\") is their words. A possessive remark handed on by a colon (\"Ruiz's note to the crews was pinned up in the boathouse: ...\") names its speaker; a speech verb followed by \"to\" and a verb (\"threatened to sue\", \"vowed to stay\") tells of an act, and lends no speaker to a quote in another sentence.",
        wrong: "The pool will close for the summer.\n\n\"Where are the children supposed to swim now?\"\n\nRepairs are expected to cost $3 million.",
        right: "The pool will close for the summer.\n\n\"Where are the children supposed to swim now?\" asked parent Joan Pike.",
    },
    Rule {
        code: "unclosed-quote",
        severity: Severity::Warning,
        summary: "A quotation mark that is never closed (or closed without being opened).",
        explanation: "An opening mark with no closing mark leaves the reader unsure where the speaker's words stop. A paragraph that opens a quote and does not close it is fine only when the next paragraph opens with a quote mark (a multi-paragraph quote).",
        wrong: "\"We will rebuild, the mayor said.",
        right: "\"We will rebuild,\" the mayor said.",
    },
    Rule {
        code: "vague-attribution",
        severity: Severity::Information,
        summary: "A quote attributed only to unnamed \"sources\", \"critics\" or \"some\".",
        explanation: "Attribution to an unidentified group tells the reader nothing about who is speaking. Say who the sources are, or why they cannot be named.",
        wrong: "\"The deal is dead,\" sources said.",
        right: "\"The deal is dead,\" said two officials involved in the talks, who spoke on condition of anonymity because they were not authorised to comment.",
    },
    Rule {
        code: "name-spelling",
        severity: Severity::Warning,
        summary: "One person, place or organisation spelled two ways in the same draft.",
        explanation: "copydesk groups spellings of a name that differ by accents or letters of another alphabet (Orbán/Orban, Işık/Isik, Weiß/Weiss, Þórður/Thordur), a transliteration (-skyy/-sky, Sergey/Sergei, Khorgos/Horgos), a doubled or dropped letter, a final e, Mc/Mac, one letter in a long name, or the same sound spelled with other consonants (Exeem/Ekseem); and forms of one name spaced, hyphenated or joined differently, particles included (al-Amin/Al Amin, Abdel Rahman/Abdelrahman, de los Santos/Delossantos). Capitals alone are no spelling (PayPal/Paypal, van Nistelrooy/Van Nistelrooy standing alone), except a particle inside a full name (Khalid bin Rashid/Khalid Bin Rashid). A given name written two ways (Dmytro/Dmitry, Deborah/Debra, Sarah/Sara, Oleksandr/Alexander, Yusuf/Youssef; not a short form beside the formal name, such as Joe and Joseph or Dave and David) counts only under the same surname, and never for two people named in one sentence or as kin (Mark and Marc Smith, Ivan and Ivana Horvat). Namesakes the draft sets apart are two people whatever their spelling: each introduced with a description of their own (\"José Rodríguez, a farmer\", \"his neighbour Jose Rodriguez, a teacher\"), said to be no relation or a namesake, kin in apposition (\"Abdul Rahman, his cousin\"), or called Mr one and Mrs or Ms the other. A particle joined by a hyphen is compared by the name after it (al Qaeda/al-Qaida). The house list (copydesk.toml [names] preferred) decides which spelling is right; otherwise the spelling used less often is flagged, once, at its first place, with its other places related and one fix for all of them; where neither is used more often the later one is flagged with both counts and a fix each way. So is a surname spelled one way in the full name and another way, more often, when it stands alone (\"Kostas Kenteris\", then \"Kenterys\" three times): the count and the full name disagree, so neither is taken as right, unless the two differ by letters swapped or doubled, a slip of the keys. Two words used once each that differ only by a letter (Rodgers/Rogers) are read as two names unless the same given name stands before both, or the later one only ever stands alone after the other's full name and is no common surname, given name or place (Kaja Kallas … Kalas), or the same words follow both in an organisation's name (the Brightwell Foundation, the Brightwel Foundation). A name of five letters or more in a headline set in capitals is compared too, and its fix keeps the capitals. A rare spelling one doubled letter from a common surname (Wiliams/Williams) is flagged whoever bears it. Real derived words (Kenya/Kenyan, Germany/German, Democrat/Democrats), two listed places (Slovakia/Slovenia, Iran/Iraq) and names with another first letter (Dallas/Kallas) are never grouped. A bare surname with two neighbouring letters swapped, or a letter added or dropped inside it, after the person has been named by surname alone (Khan ... Kahn); Arabic q written g and dh written dd (Qaddafi/Gaddafi/Qadhafi); and a family named in the plural with its surname misspelt (\"the Okonkows\" after Chidi Okonkwo) are flagged too.",
        wrong: "Coach Maria Kowalczyk signed on Monday. Kowalczyk has led the club since 2021. Kowalcyzk said she never wanted to leave.",
        right: "Coach Maria Kowalczyk signed on Monday. Kowalczyk has led the club since 2021. Kowalczyk said she never wanted to leave.",
    },
    Rule {
        code: "first-reference",
        severity: Severity::Information,
        summary: "A person's first mention is a bare surname; the full name comes later or never.",
        explanation: "Wire style gives a person's full name at first reference and the surname alone after that.",
        wrong: "Ruiz voted no. Later, council member Ana Ruiz explained why.",
        right: "Council member Ana Ruiz voted no. Later, Ruiz explained why.",
    },
    Rule {
        code: "conflicting-age",
        severity: Severity::Warning,
        summary: "One person given two different ages.",
        explanation: "Ages written as \"Ruiz, 54,\", \"the 54-year-old Ruiz\", \"Ruiz, who is 54\", \"Ruiz, who turned 54\", \"aged 54\", \"Ruiz (54)\", \"Ruiz is 54 years old\", \"Ruiz, now 54,\", \"Ruiz, a 54-year-old welder,\", \"Ruiz turned 54 last month\", \"Ruiz, who is now 54\", \"Ruiz celebrated her 54th birthday\" or in words (\"Ruiz, fifty-four,\", \"aged sixty\", \"the fifty-four-year-old Ruiz\") are compared for each person, and so is an age on a description that only one person in the draft holds (\"the 59-year-old superintendent\" or \"the superintendent, 59,\" after \"Superintendent Mara Quist\", \"Quist, the district's superintendent\" or \"Quist has been a superintendent\"; \"the 70-year-old founder\" after \"Ana Ruiz, who started the bakery\", \"the owner\" after \"who owned the shop\"); a description two people hold is left alone, and so is a surname the draft never gives with a full name or a title. Any noun the draft uses of one person stands for that person too, on a role list or not (\"the 55-year-old guitarist\" after \"Guitarist Tom Webb, 52\", \"a mother-of-two\"); so does a description no one else holds when one named person alone is in play nearby and the age is within ten years of theirs (\"The 27-year-old striker\"), and a pronoun (\"She is 22\", \"Now 55, he\") for the one person of its gender it can mean; \"a 43-year-old man, named as Tom Webb\" gives Webb's age. Never compared: a relation (\"his 12-year-old son\"), a thing (\"a 40-year-old building\"), \"a man\", words in a quote, a description two people may be meant by, or one with someone unnamed brought in between. \"The 66-year-old complained about the fine\" (or \"now lives\", \"runs the mill\", \"held the lease\": any verb after it, past or present, not a noun such as \"twins\") opening a sentence stands for the one person the two sentences before it name, or, where the sentence before names two, for the one it opens with as its subject, unless that person's stated age is more than four years away. \"The judge said the 54-year-old had shown remorse\", a description standing alone with a verb or a comma after it, stands for the one person the draft gives an age within three years of it, when its own age appears nowhere else in the draft and no other person's age is between four and nine years away. A person is every form of the name the draft uses (\"Tim Sloan\" and \"Timothy J. Sloan\", \"Mr Houston\" after \"John Houston\", \"Admiral Harris\" after \"Adm. Harry B. Harris Jr.\"); a bare surname two people share (a father and his son, \"Jr.\") is left alone, unless only one of them has been named in full before it. An age in the past (\"was 34 when she founded it\", \"in 2009 at 45\") or to come (\"who turns 61 in June\") is about another time and is not compared. An age that opens a sentence in the present tense (\"At 45, she still runs the farm\") and a description with a nationality (\"the 24-year-old Austrian said\") are read as well; \"At 41, she moved to Lyon\" tells of the past and is not.",
        wrong: "Dana Whitfield, 52, opened the bakery in 2004. ... The 54-year-old Whitfield thanked her staff.",
        right: "Dana Whitfield, 52, opened the bakery in 2004. ... The 52-year-old Whitfield thanked her staff.",
    },
    Rule {
        code: "conflicting-title",
        severity: Severity::Warning,
        summary: "One person given two different titles or roles.",
        explanation: "A title written before a name (\"Finance Minister Ana Diaz\", \"port authority director Anna Sauer\") or after it (\"Ana Diaz, the finance minister,\", \"Roe, the White House chief of staff\", \"Ito, who serves as the company's treasurer\") or in a clause after it (\"Ito served as the town's finance director\", \"Ito took over as head coach\", \"Ito became the company's CFO\", \"Ito, who was named chief of staff in May\", \"Ito joined the hospital as chief nursing officer\", \"Ito, now the agency's spokeswoman,\", \"The theatre named Ito its executive director\", \"Ito will start as the theatre's executive director\"), or opening the sentence of what the person says (\"As the agency's spokeswoman, Ito said\"), with no article after the name (\"Blake, chief executive of the hospital,\", \"Kapoor, finance minister,\"), in brackets (\"Kapoor (the country's finance minister)\"), after a courtesy title (\"The party's treasurer, Mr Hollis\") held now (\"Kapoor, now serving as foreign minister\"), as a capacity (\"In her role as chief executive, Ruiz\", \"Ruiz, as head of the board,\"; one in a named organisation is compared only with a role naming it too), as a bare post after \"is\" or \"has been\" (\"has been chief executive since 2018\", \"is Acme's chief executive\"), after a participle (\"Ruiz, appointed chief executive in March,\"), after an age (\"Ruiz, 52, the club's treasurer,\") or after a capitalised organisation's possessive (\"Acme's finance director, Ana Ruiz\") is compared for each person; a name written family name first (\"Wang Lei\" … \"Mr Wang\") is one person when exactly one full name opens with it; CEO, CFO, COO, CTO and PM are the words they stand for; a title of capitalised words on no list before a name (\"Harbour Master Lena Ortiz\") is read by its shape and starts no new person; one role in two organisations named after \"of\" or \"at\" is two posts (\"director of the museum\", \"director of the library\"), while an organisation named two ways is not (\"the museum\", \"the Tate\"); the role ends in a role noun from data/role_nouns.txt, or, after an organisation's possessive or right before a name, in any noun that a role or rank word stands before (\"the hospital's chief nurse\"; data/relation_nouns.txt lists the nouns that name a relation instead, such as \"the couple's daughter\" or \"the firm's founder\"), an organisation's possessive opens an apposition (\"Rao, India's finance minister\") and is set aside with the words before it, the role ends before a preposition (\"sales director for Asia\"), a shorter form of the role is the same role (\"Water Commissioner\", \"State Water Commissioner\"), \"boss\" is any head of an organisation (manager, chief executive, chairman) but not the manager of a part of it (\"the club's youth team manager\") and a player's positions and the captaincy are one role (data/role_kinds.txt), a senator is no post of the House (and a representative none of the Senate), and a rank word from data/rank_words.txt makes another post (\"Deputy Commissioner Okafor\" is not \"Commissioner Okafor\"; vice president, assistant chief, rear admiral). Never a conflict: two roles joined by \"and\" (\"the mayor and party leader\") or a post \"who also leads\" something, a professor's rank beside a post, \"former\", \"then-\", \"acting\", \"interim\", \"incoming\", a stated change of job, an office and a function held with it (a senator who is the minority leader; the office does not excuse a second, different function), two roles the draft says are held at once (\"the bank's chairwoman, is also its chief executive\", \"Mayor Dana Holt, the party's chair,\" where she is introduced), a role inside a quote, a promotion or succession the draft states (\"was promoted to director\", \"succeeded Hale\"), a title on a surname before the one person of that surname is named (\"former Secretary Clinton\" before \"President Bill Clinton\"), a role a clause says has ended or gone on from (\"served as treasurer until 2019\", \"from 2010 to 2015\", \"before he was elected\", \"joined the bank as a clerk and rose\"), a role still ahead stated beside the post held now or after a rank below it (\"Lind, the deputy director, will start as director in June\"), a role opening a sentence with \"As\" without an organisation's possessive or before a verb other than a saying (as often one held before), a description rather than the post (\"has been a loyal lieutenant\"), an adviser or consultant beside any post, and a rank held in a sentence set in a year (\"Vice President George Bush\" in 1987). Mr or Ms with a surname two people share goes to the one whose given name shows that gender; an organisation named before the role in apposition (\"Lind, Acme deputy leader,\") is read as the role's organisation.",
        wrong: "Finance Minister Ana Diaz spoke first. ... Economy Minister Diaz closed the session.",
        right: "Finance Minister Ana Diaz spoke first. ... Diaz, a former economy minister, closed the session.",
    },
    Rule {
        code: "conflicting-day",
        severity: Severity::Warning,
        summary: "One event placed on two different days.",
        explanation: "An event named by a definite noun (\"Friday's strike\", \"the vote on Monday\", \"The hearing was held on Sunday\", \"during his speech on Wednesday\") is compared with every other weekday whose clause names the same event by that noun or its verb (\"stopped work early Monday\" meets \"Tuesday's walkout\"; \"voted on Tuesday\" meets \"Monday's vote\"; \"won the title on Sunday\" meets \"his win in Saturday's final\"; \"resigned on Monday\" meets \"his resignation on Wednesday\"; a noun whose ending changes the verb's letters meets it too: \"was detained on Monday\" and \"Wednesday's detention\", \"exploded\" and \"the explosion\", \"closed\" and \"the closure\"), past an apposition between subject and verb (\"The storm, the worst in a decade, hit on Sunday\"), with a date before the noun (\"the March 5 vote\"), in a reported clause too (\"Police said the driver was stopped on Friday\"), in a participle clause on its noun (\"The vote, held on Tuesday,\"), and with the occasion of a saying (\"said in a radio interview on Monday\" meets \"The interview was held on Tuesday\"). Dates are compared the same way (\"March 3\", \"3 March\"), and with a weekday only in the years the draft gives (a full date's year, or the years around the ones it dates things in). A noun made from a verb meets the verb, not a bare noun (\"in a statement on Tuesday\" is not \"the state closed the road on Monday\"). Never a conflict: what will happen beside what did (\"the board will hold a hearing Thursday\"; a definite \"The primary is due to be held on Wednesday\" does refer back to \"Tuesday's primary\"), two events each named by its own day (\"Wednesday's debate\", \"Sunday's debate\") unless the draft also speaks of \"the debate\" as one it has in mind (then \"Tuesday's vote\" meets \"Thursday's vote\"), \"last Sunday's debate\", one of several occasions (\"a second vote\", \"voted again\", \"will meet again on Thursday\", \"both matches\", \"the two meetings\"; a draft that says so anywhere has no one day for any of them), an event's end beside its start, the day a report was made (\"officials said Tuesday\"), a day said to have changed (postponed, moved, originally), two days in one sentence, ranges of days, plural events, a day inside someone's quoted words, what was decided (\"voted to strike on Monday\" is not the strike's day), and another person's event (\"his co-defendant's arrest on Tuesday\" meets only a statement that names the co-defendant). A weekday before its noun after \"the\" (\"the Tuesday walkout\") names one event as \"Tuesday's walkout\" does (not \"the Sunday Times\", nor a plural such as \"the Friday attacks\"); an event called the seventh or the 12th of its kind is one of several and is never compared.",
        wrong: "The strike on Thursday hit the plant. ... Friday's strike caused the outage.",
        right: "The strike on Thursday hit the plant. ... Thursday's strike caused the outage.",
    },
    Rule {
        code: "conflicting-count",
        severity: Severity::Warning,
        summary: "One quantity given two values.",
        explanation: "A figure (digits, a number word such as \"twelve\" or \"thirty-eight\", money with its scale such as \"$1.2 million\" or \"€14m\") is tied to the noun it counts, found past adjectives and participles (\"1,200 striking workers\" counts workers) or before it (\"an attendance of 4,182\"). A later figure that refers back (\"the 31 arrests\", \"the mill's 460 posts\", \"In all, 41 people\", \"the $3.7 million was set aside\") must match one stated before, a headline's figure included; the same digits in another order are flagged for any two figures of one thing, met over any noun of it (\"4,316 moth specimens\" and \"the collection of 4,361 moths\"), even beside a hedged figure of another side (\"at least 882\"), and a part's digits (\"£48 million of the £62 million\") can be met that way. A figure that refers back over the noun before a plural head (\"the 1,700 job cuts\") must match the figures of that noun (\"2,000 jobs\"), and a participle standing for people (\"the seven injured\") must match the people it describes (\"nine people were injured\", \"nine people who were injured\"). A word for the whole after the determiner refers back too (\"the full $2.1 million gap\", \"the entire 83 patients\"). A verb can name what is counted: \"a plant that employs 320 people\" counts its workers, so \"all 340 workers\" refers back to it, and \"values the company at $3bn\" states its valuation. One count said twice with the same verb of the same thing, neither referring back (\"the storm killed 14 people\" ... \"12 people were killed\"), conflicts when the later sentence names no person, place or year the earlier does not (\"in Texas\" may be a part). Money written with a decimal before its scale is met with its two digits in another order (\"$1.2 million\" and \"$2.1 million\"). One amount under two scales (\"savings worth £3.4 million\" ... \"savings of £3.4 billion\", £250,000 and £250 million) conflicts when both name one thing of one owner: the same noun, at least two digits that say the amount, no other owner named in either clause (a rival, another firm, the country; a person or place the earlier does not name, the speaker who reports it aside). A place between the figure and its noun (\"the 1,300 Leeds workers\") or after it (\"14 homes on Ash Row were evacuated\") is read past, and a figure that refers back holds on a later day (\"the 12 evacuated houses\" on Saturday) unless the day is its own (\"the 14 arrests on Saturday\"). A verb and its event noun meet (\"police arrested 12 people\" ... \"the 14 arrests\", \"the arrest of 14 fans\"), and verbs that say one deed (sacked and fired, injured and wounded, from `data/count_verb_groups.txt`) say one count. A vote's side is compared with its tally when the side's own clause names no group, whatever another clause of its sentence names (\"no help from the Harbour Party's four members, while 26 voted against\"), and a later pair of sides that keeps the winning side restates the tally. A tally (\"the vote was 1,263 to 795\", \"passed 7-2\" in a sentence about a vote) is its two sides, not a range; two tallies of one vote (sides adding up to within two of each other, no other tally stated before, neither marked as another vote such as an amendment's or a committee's) conflict; votes and seats, of which a story states many, otherwise conflict only by transposed digits; a measure of a thing (\"156 tons of steel\") counts the thing. A figure joined to its noun by a hyphen counts it (\"the 30,000-signature petition\", \"the 2,100-strong workforce\"), a noun made from a verb meets it (\"3,000 people signed\" and \"signatures\", \"closed\" and \"closures\"), a past verb after a sentence-opening figure is its verb (\"The 25 firefighters worked until dawn\" refers back), and \"the 41 people hurt in the crash\" or \"the 300 workers who walked out\" counts the whole set. Percentages (\"Turnout was 61%\", \"the 16% turnout\") are compared only with percentages, and never a percentage of change or rate (`data/count_percent_changes.txt`); currencies written as words (\"1.2 billion dollars\") come from `data/currencies.txt`. Hedges (\"about\", \"nearly\", \"at least\", \"up to\") and ranges are intervals. Never a conflict: a running tally (\"By noon\", \"by Tuesday\"), figures listed under one verb (\"12 people in Leeds and 14 in York\" are parts), a part and its total (\"12 of the 47 cases\", \"the two men who were charged\", \"the dozen emails sent to aides\"), before and after (rose, fell, from ... to, read in the figure's own clause), a figure for each member (\"two nominations each\"), an offer and a demand (for a figure of the whole, only where its own words say so: \"the proposed savings would meet the whole $2.1 million\" restates the gap), a plan or budget against what happened unless the figure refers back to it, figures set in another period (a period opening the sentence or standing in the figure's own clause, or one before a clause of time such as \"in November, when …\"; not one dating another event, \"in December after the pair killed 14\"), figures inside two different quotes, durations and units, two figures in one sentence, charges against convictions, and one deed's figure against another's (injured against killed). One transaction is one count whether the story calls it its deal, its agreement or its pact; \"a 620m-euro deal\" is money, and the same money in another currency in brackets (\"a $40bn (£21bn) deal\") is not a second figure.",
        wrong: "The storm killed 14 people. ... Officials named the 12 dead on Monday.",
        right: "The storm killed at least 12 people. ... The toll rose to 14 on Monday.",
    },
    Rule {
        code: "conflicting-weekday",
        severity: Severity::Warning,
        summary: "A weekday that does not match its date.",
        explanation: "\"Tuesday, March 4, 2026\", \"Tues 4 March 2026\" and \"Thu., Feb. 26\" are checked against the calendar, the weekday written in full or short. When a date has no year, the year comes from another full date or the dateline in the draft, or from --date or `date` in copydesk.toml, or else from the years the date's own paragraph names (\"in 2005\", \"in March 2004\", \"in 2004 and 2005\"; not \"by\", \"until\" or \"since\" a year, which name targets and beginnings), in which case the weekday is flagged only when it is wrong in every one of them; the message says which year was taken. Failing those, when every year the draft dates things in lies within two years of the others (\"in 2024\", \"late 2024\"; not deadlines, counts, money or clock times), the date is checked against each of those years and the year either side, and flagged only when wrong in all. Two dates without a year within three months of each other are also checked against each other: \"Monday 3 June\" and \"Thursday 14 June\" cannot both hold in any year, so the later one is flagged (not when either sentence speaks of another occasion: last, next, ago, every, again, an anniversary). Without any year, no year is assumed and a lone date is not checked: today's year is wrong for a story about another year. A weekday set beside its date in brackets or in apposition (\"Friday (17 April 2026)\", \"11 January 2026, a Sunday\", \"4 June, which was a Thursday\") is checked the same way.",
        wrong: "The hearing is set for Monday, July 1, 2025.",
        right: "The hearing is set for Tuesday, July 1, 2025.",
    },
    Rule {
        code: "conflicting-quote",
        severity: Severity::Warning,
        summary: "One remark quoted with two wordings, or credited to two speakers.",
        explanation: "When the same speaker is quoted twice with nearly the same words that differ, one of them is a misquote. When the same words are credited to two different speakers, one credit is wrong. An excerpt of a fuller quote with a word or two changed (\"a truly huge deal\" from \"a truly big deal for the whole region\") is a misquote too. A speaker's consecutive pieces split by the attribution (\"“A,” Medina said. “B.”\") are compared joined as well as one by one. A short quote (four words or more) that is one sentence of the same speaker's other quote with one word changed, dropped or added inside it is a misquote (\"I believe the levee may be too low\" against \"I think the levee may be too low\"). Never a conflict: a partial quote that matches the fuller quote it comes from word for word, contractions spelt out or not, two excerpts of one statement that overlap, sentences said one after the other with only the attribution between them, and short quotes that differ in their last word (another statement in the same frame) or by a word at either end (a trimmed excerpt). Two people who share a surname are two speakers when both are named in full with given names that are not forms of one name; words one person quotes, cites, reads out or echoes from another are no second credit.",
        wrong: "\"The roof will be finished before the first snow,\" Brandt said. ... Brandt had said, \"The roof will be done before the first frost.\"",
        right: "\"The roof will be finished before the first snow,\" Brandt said. ... Brandt had promised the roof \"before the first snow\".",
    },
    Rule {
        code: "unknown-ignore",
        severity: Severity::Warning,
        summary: "An ignore comment names a rule that does not exist, so it silences nothing.",
        explanation: "A misspelt rule code in `<!-- copydesk-ignore CODE -->` (or `[[copydesk-ignore CODE]]` in plain text) matches no rule: the finding it was meant to silence is still reported, and the comment looks as if it works. copydesk names the nearest rule code.",
        wrong: "[[copydesk-ignore unatributed-quote]]\n\"Where are the children supposed to swim now?\"",
        right: "[[copydesk-ignore unattributed-quote]]\n\"Where are the children supposed to swim now?\"",
    },
    Rule {
        code: "unused-ignore",
        severity: Severity::Information,
        summary: "An ignore comment that silences no finding.",
        explanation: "An ignore comment left over after an edit silences nothing today, but it will hide the next real problem in the text it covers. Remove it. A comment for a rule turned off in copydesk.toml is not reported.",
        wrong: "[[copydesk-ignore unattributed-quote]]\n\"Where are the children supposed to swim now?\" asked parent Joan Pike.",
        right: "[[copydesk-ignore unattributed-quote]]\n\"Where are the children supposed to swim now?\"",
    },
];

pub fn find(code: &str) -> Option<&'static Rule> {
    RULES.iter().find(|r| r.code == code)
}

/// The rule code nearest a misspelt one (at most a third of its letters
/// off), for "did you mean".
pub fn suggest(code: &str) -> Option<&'static str> {
    let lower = code.to_ascii_lowercase();
    RULES
        .iter()
        .filter(|r| r.code != code)
        .map(|r| (edit_distance(&lower, r.code), r.code))
        .filter(|(d, r)| *d * 3 <= r.len().max(3))
        .min()
        .map(|(_, r)| r)
}

/// The message for an unknown rule code, with a suggestion when one is near.
pub fn unknown(code: &str) -> String {
    match suggest(code) {
        Some(s) => format!("unknown rule `{code}`; did you mean `{s}`?"),
        None => format!("unknown rule `{code}` (`copydesk rules` lists them)"),
    }
}

/// Levenshtein distance over characters.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let cur = row[j + 1];
            row[j + 1] = (prev + usize::from(ca != *cb)).min(row[j] + 1).min(cur + 1);
            prev = cur;
        }
    }
    row[b.len()]
}

pub fn default_severity(code: &str) -> Severity {
    find(code).map_or(Severity::Warning, |r| r.severity)
}

/// `docs/rules.md`, rendered from [`RULES`] (a test keeps the file current).
pub fn markdown() -> String {
    let mut out = String::from(
        "# Rules\n\nEvery rule copydesk reports, with its stable code and default severity. Silence a rule in `copydesk.toml` (`[rules.CODE] enabled = false`), change how loud it is (`severity = \"error\"`), or silence it for one paragraph with `<!-- copydesk-ignore CODE -->` in Markdown or `[[copydesk-ignore CODE]]` on a line of its own in plain text (README: Inline ignores). `copydesk explain CODE` prints the same text.\n\nThis file is generated from `src/rules.rs`; run `COPYDESK_UPDATE_DOCS=1 cargo test --test docs` after changing a rule.\n",
    );
    for r in RULES {
        out.push_str(&format!(
            "\n## {}\n\nDefault severity: {}.\n\n{}\n\n{}\n\nWrong:\n\n```text\n{}\n```\n\nRight:\n\n```text\n{}\n```\n",
            r.code,
            r.severity.as_str(),
            r.summary,
            r.explanation,
            r.wrong,
            r.right
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn misspelt_codes_get_the_nearest_rule() {
        assert_eq!(suggest("unatributed-quote"), Some("unattributed-quote"));
        assert_eq!(suggest("name-speling"), Some("name-spelling"));
        assert_eq!(suggest("Conflicting-Age"), Some("conflicting-age"));
        assert_eq!(suggest("conflicting-ages"), Some("conflicting-age"));
        assert_eq!(suggest("unattributed-quote"), None);
        assert_eq!(suggest("spellcheck"), None);
        assert!(unknown("xyz").contains("copydesk rules"));
    }
}
