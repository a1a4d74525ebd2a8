use crate::checks::quotes::{Quote, QuoteKind};
use crate::{analyze, Analysis, Config, Format};

/// One value per quote of a plain-text draft with a headline.
fn per_quote<T>(body: &str, f: impl Fn(&Analysis, &Quote) -> T) -> Vec<T> {
    let src = format!("Headline\n\n{body}\n");
    let a = analyze(&src, Format::Plain, &Config::default());
    a.quotes.iter().map(|q| f(&a, q)).collect()
}

/// (kind, speaker) of every quote in a plain-text draft with a headline.
fn read(body: &str) -> Vec<(QuoteKind, Option<String>)> {
    per_quote(body, |_, q| {
        (q.kind, q.speaker.as_ref().map(|s| s.name.clone()))
    })
}

fn speakers(body: &str) -> Vec<Option<String>> {
    read(body).into_iter().map(|(_, s)| s).collect()
}

fn some(s: &str) -> Option<String> {
    Some(s.to_string())
}

#[test]
fn cue_after_before_and_between() {
    assert_eq!(
        speakers("“The bridge is safe,” Mayor Ana Ruiz said."),
        vec![some("Ana Ruiz")]
    );
    assert_eq!(
        speakers("Ana Ruiz said “the bridge is safe” on Monday."),
        vec![some("Ana Ruiz")]
    );
    assert_eq!(
        speakers("“The bridge,” said Ana Ruiz, “is safe.”"),
        vec![some("Ana Ruiz"), some("Ana Ruiz")]
    );
    assert_eq!(
        speakers("“Where do we swim now?” asked parent Joan Pike."),
        vec![some("Joan Pike")]
    );
}

#[test]
fn noun_phrases_pronouns_and_according_to() {
    assert_eq!(
        speakers("“We will appeal,” a ministry spokeswoman said."),
        vec![some("a ministry spokeswoman")]
    );
    assert_eq!(
        speakers("Omar Haddad inspected it.\n\n“It is safe,” he said."),
        vec![some("Omar Haddad")]
    );
    assert_eq!(
        speakers("The repairs were “long overdue,” according to the city engineer."),
        vec![some("the city engineer")]
    );
    // a participle opening the sentence is not its subject
    assert_eq!(
        speakers("Reprising one of her lines, Quist talked about the “progress we made together.”"),
        vec![some("Quist")]
    );
    // a cue word used as a noun ("those states") is no cue
    assert_eq!(
        speakers("Officials in those states remain “deeply unhappy,” Ilse Varga wrote."),
        vec![some("Ilse Varga")]
    );
}

#[test]
fn a_programme_named_where_a_programme_goes_is_a_title() {
    let table = [
        "“We will win,” Pike told “Good Morning Dunmore,” adding that polls were tight.",
        "“We will win,” Pike said on WKDT’s “Morning Drive,” adding, “It will be close.”",
        // one word where a programme goes, with its comma
        "“We will win,” Pike said. On WKDT’s “Harbourside,” Webb said he would run.",
        // the second of a list of titles, and a programme one is interviewed with
        "“We will win,” Pike said. Webb, who starred in “Tide Watch” and “Salt Road,” said he would run.",
        "“We will win,” Pike said. In an interview with “Good Morning Dunmore,” Webb said he would run.",
    ];
    for text in table {
        let kinds: Vec<_> = read(text).into_iter().map(|(k, _)| k).collect();
        assert_eq!(kinds[0], QuoteKind::Speech, "{text}");
        let programme = if text.contains("Salt Road") { 2 } else { 1 };
        assert_eq!(kinds[programme], QuoteKind::Title, "{text}");
    }
}

#[test]
fn a_cue_not_beside_a_title_case_quote_does_not_make_it_speech() {
    let body = "Ana Ruiz spoke first. His plan is the equivalent of “The Long Goodbye.” She says it will fail.";
    assert_eq!(read(body), vec![(QuoteKind::Title, None)]);
    // beside the quote in its own sentence, the cue makes it the speaker's
    let body = "“Long Goodbye,” Ana Ruiz said of the plan.";
    assert_eq!(read(body), vec![(QuoteKind::Speech, some("Ana Ruiz"))]);
    // … but not with more than the speaker in between
    let body = "Ana Ruiz, wearing a hat and “Vote Webb” badges, said the pier was safe.";
    assert_eq!(read(body), vec![(QuoteKind::Title, None)]);
}

#[test]
fn colon_introductions_and_multi_paragraph_quotes() {
    assert_eq!(
        speakers("In a statement, the ministry said: “Talks are over.”"),
        vec![some("the ministry")]
    );
    let s = speakers(
        "Dana Whitfield told the board:\n\n“We need a new roof.\n\n“We need it before winter.”",
    );
    assert_eq!(s, vec![some("Dana Whitfield")]);
    // a colon after any verb hands the floor to the main clause's subject
    let s = speakers(
        "When the pier closed, Mayor Ana Ruiz released the following statement:\n\n\
         “We will rebuild it this year.”",
    );
    assert_eq!(s, vec![some("Ana Ruiz")]);
}

#[test]
fn a_comma_introduction_hands_the_floor_to_the_subject() {
    assert_eq!(
        speakers("Earlier this week, Ana Ruiz shared her worry with a crowd, “I do not know who will come.”"),
        vec![some("Ana Ruiz")]
    );
    assert_eq!(
        speakers("Ana Ruiz spoke. Said Ruiz, “The pier will reopen in May.”"),
        vec![some("Ana Ruiz")]
    );
    // a passive: somebody else asked
    assert_eq!(
        speakers("In the interview, Tom Webb was asked, “Will the pier reopen?”"),
        vec![None]
    );
    // the interviewer named in the sentence asked
    assert_eq!(
        speakers("In an interview with the Harbour Gazette published Monday, Tom Webb was asked, “Will the pier reopen?”"),
        vec![some("the Harbour Gazette")]
    );
    // a title in apposition, and one named with a comma, stay titles
    let table = [
        "Tom Webb’s new book, “Salt Road,” is out, he said.",
        "Tom Webb wrote a column, entitled, “Why The Pier Must Close.”",
    ];
    for text in table {
        assert_eq!(read(text)[0].0, QuoteKind::Title, "{text}");
    }
}

#[test]
fn a_name_before_a_role_and_another_name_says_whose_role() {
    let body = "Webb press secretary Ana Ruiz is calling the report “utterly flawed.”";
    assert_eq!(speakers(body), vec![some("Ana Ruiz")]);
    assert_eq!(mentions(body), vec![some("Webb press secretary Ana Ruiz")]);
}

#[test]
fn a_signature_line_after_a_quote_paragraph_names_its_speaker() {
    let s = speakers("“We will rebuild the pier this year.”\n\n— Ana Ruiz, harbour master");
    assert_eq!(s, vec![some("Ana Ruiz")]);
    let s =
        speakers("“We will rebuild the pier this year.”\n\n-Mayor Ana Ruiz, speaking on Monday.");
    assert_eq!(s, vec![some("Ana Ruiz")]);
    let s = speakers("“We will rebuild the pier this year.”\n\nAna Ruiz, Harbour Trust.");
    assert_eq!(s, vec![some("Ana Ruiz")]);
    // a sentence about the person, or a heading, signs nothing
    let s = speakers("“We will rebuild the pier this year.”\n\nAna Ruiz, smiling, left the stage.");
    assert_eq!(s, vec![None]);
    let s = speakers("“We will rebuild the pier this year.”\n\nHARBOUR TRUST.\n\nThe trust met.");
    assert_eq!(s, vec![None]);
}

#[test]
fn attribution_carries_within_a_paragraph_and_to_the_next_quote_paragraph() {
    let s = speakers("“We open at dawn,” Leo Brandt said. “The bakers start at four.”");
    assert_eq!(s, vec![some("Leo Brandt"), some("Leo Brandt")]);
    // a quote of several questions, its cue after the last one
    let s = speakers(
        "“Who remembers how many we lost? Is it two? Three?” Leo Brandt asks as the oven hums.",
    );
    assert_eq!(s, vec![some("Leo Brandt")]);
    // a short sentence of its own carries too
    let s = speakers("“There was flour everywhere,” Leo Brandt said. “Everywhere.”");
    assert_eq!(s, vec![some("Leo Brandt"), some("Leo Brandt")]);
    let s = speakers(
        "“We open at dawn,” Leo Brandt said.\n\n“The bakers start at four and work until noon.”",
    );
    assert_eq!(s, vec![some("Leo Brandt"), some("Leo Brandt")]);
    // a partial quote in a paraphrase does not carry to a quote paragraph
    let s = speakers("Leo Brandt called the plan “a bad joke” and left.\n\n“Nobody asked the bakers what they thought of it.”");
    assert_eq!(s, vec![some("Leo Brandt"), None]);
    // a fragment that ends the paragraph before, alone or with its cue
    let s = speakers(
        "Leo Brandt said the bakery had “never been busier.”\n\n“We sold out by nine on Saturday.”",
    );
    assert_eq!(s, vec![some("Leo Brandt"), some("Leo Brandt")]);
    let s = speakers(
        "Bakers need “a quiet night,” Leo Brandt said.\n\n“We sold out by nine on Saturday.”",
    );
    assert_eq!(s, vec![some("Leo Brandt"), some("Leo Brandt")]);
    // a paragraph that reports what somebody said, with no quote of its own
    let s = speakers(
        "Leo Brandt said the bakery would stay open.\n\n“We sold out by nine on Saturday.”",
    );
    assert_eq!(s, vec![some("Leo Brandt")]);
    // but not a cue about somebody, nor a pronoun nobody is named for
    let s = speakers("The bank checks whether a user is who they say they are.\n\n“The card makes it simple for everyone.”");
    assert_eq!(s, vec![None]);
    let s = speakers("Leo Brandt said nothing.\n\n“We sold out by nine on Saturday.”");
    assert_eq!(s, vec![None]);
    // the report may end a sentence or two before the paragraph does
    let s = speakers(
        "Leo Brandt admitted he was tired. But he has hired two bakers.\n\n\
                      “We sold out by nine on Saturday.”",
    );
    assert_eq!(s, vec![some("Leo Brandt")]);
    let s = speakers(
        "We are in a new phase, argues Mr Donofrio, the chief executive. The hype is over.\n\n\
                      “In the boom years there was something new every week.”",
    );
    assert_eq!(s, vec![some("Donofrio")]);
    // a finding is nobody's words, and further back only a name carries
    let s = speakers(
        "The researchers found that the corals survived.\n\n“Every degree matters to a coral.”",
    );
    assert_eq!(s, vec![None]);
    let s = speakers(
        "The researchers said the corals survived. Most of them were young.\n\n\
                      “Every degree matters to a coral.”",
    );
    assert_eq!(s, vec![None]);
    // unless somebody else is the subject in between
    let s = speakers(
        "Leo Brandt admitted he was tired. Mayor Ana Ruiz visited the bakery.\n\n\
                      “We sold out by nine on Saturday.”",
    );
    assert_eq!(s, vec![None]);
    // a multi-sentence quote attributed at its end
    assert_eq!(
        speakers("“We open at dawn. The bakers start at four,” Brandt said."),
        vec![some("Brandt")]
    );
}

#[test]
fn partial_quotes_belong_to_their_sentence() {
    assert_eq!(
        read("Moscow dismissed the plan as “pointless.”"),
        vec![(QuoteKind::Speech, some("Moscow"))]
    );
    assert_eq!(
        read("Kaja Kallas warned of “a trap” in the talks."),
        vec![(QuoteKind::Speech, some("Kaja Kallas"))]
    );
}

/// The words each quote's speaker mention covers.
fn mentions(body: &str) -> Vec<Option<String>> {
    per_quote(body, |a, q| {
        q.speaker
            .as_ref()
            .map(|s| a.doc.text(s.mention.clone()).to_string())
    })
}

#[test]
fn a_pronoun_opening_a_later_clause_is_its_subject() {
    let body = "Ana Ruiz met Tom Webb on Monday. Ruiz backed the plan, \
                although she has “serious doubts” about its cost.";
    assert_eq!(mentions(body), vec![some("she")]);
    assert_eq!(speakers(body), vec![some("Ana Ruiz")]);
    // A pronoun after "that" is reported, not the subject.
    let body = "Ana Ruiz backed the plan and insisted that he had “no doubts” at all.";
    assert_eq!(mentions(body), vec![some("Ana Ruiz")]);
}

#[test]
fn a_clause_after_a_comma_and_and_has_its_own_subject() {
    assert_eq!(
        mentions("Before the vote, a group of skippers called for a boycott, and the harbour board denounced the plan and said it would “redirect” the money."),
        vec![some("the harbour board")]
    );
}

#[test]
fn a_cue_leading_into_the_quote_beats_a_later_clause() {
    let body = "Tom Webb spoke first. Though he said that in the end the plan drew \
                a “handful” at most, Ruiz said none of them stayed.";
    assert_eq!(mentions(body), vec![some("he")]);
    // A cue right after the quote, with only its speaker between, still wins.
    let body = "Ana Ruiz said the plan drew a crowd and “a handful of people,” Tom Webb said.";
    assert_eq!(speakers(body), vec![some("Tom Webb")]);
}

#[test]
fn a_title_with_of_stays_with_its_name() {
    let body =
        "“The attacks were meant to interfere,” Secretary of Homeland Security Ren Johnson said.";
    assert_eq!(mentions(body).len(), 1);
    assert!(mentions(body)[0]
        .as_deref()
        .is_some_and(|m| m.ends_with("Ren Johnson")));
    // A preposition's object is not the subject: "a spokesman for …".
    let body = "“We are reviewing it,” a spokesman for Ren Johnson said.";
    assert_eq!(mentions(body), vec![some("a spokesman")]);
}

#[test]
fn a_name_right_before_a_participle_is_its_subject() {
    let body = "Ana Ruiz and Tom Webb met on Monday, with Ruiz saying she was “very encouraged” \
                and Webb calling it “a great meeting.”";
    assert_eq!(speakers(body), vec![some("Ana Ruiz"), some("Tom Webb")]);
    // a participle after a relative clause, in a sentence with no subject
    let body = "There was chatter about Ana Ruiz, who spoke last, saying “the pier can wait” \
                and “The town cannot wait for anything else this year.”";
    assert_eq!(speakers(body), vec![some("Ana Ruiz"), some("Ana Ruiz")]);
    // an adverb between the name and the participle
    let body = "Readers wrote in about Tom Webb privately saying “pray for him” after the vote.";
    assert_eq!(speakers(body), vec![some("Tom Webb")]);
    // The addressee of a letter is not the one asking.
    let body = "Ana Ruiz wrote to Minister Tom Webb asking him to end the “fiasco.”";
    assert_eq!(speakers(body), vec![some("Ana Ruiz")]);
}

#[test]
fn a_pronoun_refers_to_the_subject_not_a_prepositions_object() {
    let body = "With a vote for Tom Webb ruled out, Ana Ruiz said she would back Lena Ortiz, \
                whom she called “the only serious candidate.”";
    assert_eq!(speakers(body), vec![some("Ana Ruiz")]);
}

#[test]
fn a_relative_clause_after_a_comma_has_its_own_subject() {
    let body = "The evening opened with Tom Webb and his sister, Ana Ruiz, who portrayed \
                him as “the harbour's best friend.”";
    assert_eq!(mentions(body), vec![some("who")]);
    assert_eq!(speakers(body), vec![some("Ana Ruiz")]);
}

#[test]
fn a_passive_verb_is_no_speaker() {
    // "that were breached suggested": "breached" is a verb, not who suggested
    assert_ne!(
        mentions("An engineer said the servers that were breached suggested the intruders wanted “payroll data.”"),
        vec![some("breached")]
    );
    // a plain noun after a verb still is
    assert_eq!(
        mentions("Residents who were evacuated said the water was “rising fast.”"),
        vec![some("Residents")]
    );
}

#[test]
fn a_reduced_passive_names_its_agent() {
    // no "was": "described by Webb as" still says who described it
    assert_eq!(
        read("The van, described by Tom Webb as the “best we have” ever, broke down."),
        vec![(QuoteKind::Speech, some("Tom Webb"))]
    );
    // a naming set off on its own says nothing of the quote after it
    assert_eq!(
        speakers(
            "Ruiz — mentioned by the Herald as the favourite — told reporters that “it is open.”"
        ),
        vec![some("Ruiz")]
    );
}

#[test]
fn a_quoted_letter_is_the_letter_itself() {
    assert_eq!(
        read("Voters who know no names pull the lever for “R,” or “D,” according to habit."),
        vec![(QuoteKind::Term, None), (QuoteKind::Term, None)]
    );
    assert_eq!(
        read("The school earned a “B” from Ana Ruiz’s inspectors."),
        vec![(QuoteKind::Term, None)]
    );
    // "I" is a word someone says
    assert_eq!(
        speakers("“I,” Ana Ruiz said, “will not go.”"),
        vec![some("Ana Ruiz"), some("Ana Ruiz")]
    );
}

#[test]
fn a_passive_naming_verb_makes_a_term() {
    for body in [
        "Ana Ruiz, known online as “Quillfeather,” was arrested on Monday.",
        "Democrats sued after Ohio dropped what had been called the “Long Weekend” of early voting.",
        // a plea in court reports no words
        "Ana Ruiz, known online as “Quillfeather,” pleaded guilty in May.",
        // a participle after the quote reports what follows it
        "Democrats sued after Ohio dropped what had been called the “Long Weekend,” saying \
         the change burdened voters.",
        // a cue with its own clause after it reports that clause
        "Old hands like the tour — known here as “the full loop” — but they say it \
         comes too late.",
    ] {
        assert_eq!(read(body)[0].0, QuoteKind::Term, "{body}");
    }
    // A cue after the quote makes the sentence somebody's words.
    let body = "The group was branded “in homage to” the founder, Ana Ruiz wrote.";
    assert_eq!(read(body), vec![(QuoteKind::Speech, some("Ana Ruiz"))]);
    // "by" says who did the naming.
    let body = "The plan was described by Ana Ruiz as “a disaster.”";
    assert_eq!(read(body), vec![(QuoteKind::Speech, some("Ana Ruiz"))]);
}

#[test]
fn a_verb_with_an_object_does_not_invert() {
    // "described the impact as": the words after the verb are its object.
    let body = "Tom Webb, who puts his costs “in the seven figures,” described the impact as “horrendous.”";
    assert_ne!(mentions(body)[0], some("the impact"));
}

#[test]
fn a_name_after_a_clause_opener_is_its_clause_subject() {
    let body = "Tom Webb objected after Ana Ruiz argued that “nobody would have rescued the mill.”";
    assert_eq!(speakers(body), vec![some("Ana Ruiz")]);
}

#[test]
fn a_parenthesis_between_name_and_verb_is_stepped_over() {
    let body = "“We are done,” Sen. Claire Webb (D-Mo.) said Tuesday. “It is over.”";
    assert_eq!(
        speakers(body),
        vec![some("Claire Webb"), some("Claire Webb")]
    );
}

#[test]
fn an_infinitive_cue_reports_words_when_no_finite_verb_does() {
    let body = "Tom Webb wrote about the mill.\n\nHe went on to say, “It will never reopen.”";
    assert_eq!(speakers(body), vec![some("Tom Webb")]);
    let body = "In a year when Tom Webb is talking about closures, Ana Ruiz said the mayor \
                was right to urge owners “to stand up and be counted.”";
    assert_eq!(speakers(body), vec![some("Ana Ruiz")]);
}

#[test]
fn a_short_quoted_title_inside_an_apposition_is_stepped_over() {
    let body = "“We have had better weeks than this one,” delegate Tom Webb, wearing a hat \
                and “Vote Ruiz” pins, said matter-of-factly.";
    assert_eq!(speakers(body)[0], some("Tom Webb"));
}

#[test]
fn a_quote_paragraph_continues_a_multi_sentence_quote() {
    let body = "“We met at the ceremony,” Ana Ruiz said. “She told me it was the storm. \
                She knew it was not.”\n\n“… and they still go on saying I am the one who is wrong.”";
    assert_eq!(speakers(body), vec![some("Ana Ruiz"); 3]);
    // The second half of a sentence split by its cue is whole too.
    let body = "“We met at the ceremony,” Ana Ruiz said, “and she told me it was the storm. \
                She knew it was not.”\n\n“They still go on saying I am the one who is wrong.”";
    assert_eq!(speakers(body), vec![some("Ana Ruiz"); 3]);
}

#[test]
fn a_nickname_given_by_the_subject_is_their_words() {
    let body = "Tom Webb took swipes at Ana Ruiz, who he dubbed “the little mayor.”";
    assert_eq!(read(body)[0].0, QuoteKind::Speech);
    assert_eq!(mentions(body), vec![some("he")]);
    let body = "The 1,250 volunteers, dubbed “Harbourhands” by the campaign, raised money.";
    assert_eq!(read(body)[0].0, QuoteKind::Term);
}

#[test]
fn a_name_the_subject_calls_someone_is_their_words() {
    assert_eq!(
        read("Tom Webb called the harbour master “Captain Chaos” and “Admiral Mud” at the rally."),
        vec![
            (QuoteKind::Speech, some("Tom Webb")),
            (QuoteKind::Speech, some("Tom Webb"))
        ]
    );
    assert_eq!(
        read("Tom Webb said little, but kept referring to Ana Ruiz (D-Ky.) as “Madam Harbour.”"),
        vec![(QuoteKind::Speech, some("Tom Webb"))]
    );
    // a thing called something, a passive name, a meeting called: titles
    let table = [
        "The ferry, known as “The Blue Lady,” sails daily, Tom Webb said.",
        "During a call to WKDT’s “Morning Drive,” Tom Webb said the pier would open.",
        "The council has called a vote — “Save Our Harbour” — for June, Tom Webb said.",
    ];
    for text in table {
        let kinds: Vec<_> = read(text).into_iter().map(|(k, _)| k).collect();
        assert_ne!(kinds[0], QuoteKind::Speech, "{text}");
    }
}

#[test]
fn the_subject_after_an_opening_phrase_and_its_comma() {
    assert_eq!(
        mentions("Across the harbour, skippers have been startled by Webb’s “sudden” closure."),
        vec![some("skippers")]
    );
    assert_eq!(
        mentions("In responding Friday, Tom Webb’s office took aim at the council’s “pure spite.”"),
        vec![some("Tom Webb’s office")]
    );
    assert_eq!(
        mentions("After meeting Ana Ruiz, the skipper declined to act “calmer.”"),
        vec![some("the skipper")]
    );
    assert_eq!(
        mentions("But that morning, a crowd of skippers and dockers had gathered, carrying signs saying, “Save our pier.”"),
        vec![some("a crowd of skippers and dockers")]
    );
}

#[test]
fn a_roles_of_or_for_goes_on_to_whose_role() {
    assert_eq!(
        mentions("A spokesman for Salt Road Ferries declined to say more but said in a statement that “the pier is safe.”"),
        vec![some("A spokesman for Salt Road Ferries")]
    );
}

#[test]
fn a_nationality_before_a_noun_is_nobodys_name() {
    // "Estonian" describes the ships: it is no subject to credit
    assert_eq!(
        speakers("Tom Webb spoke at the rally. Only Estonian ships are “safe” in his eyes."),
        vec![None]
    );
    // … and opens the subject as an article would
    assert_eq!(
        mentions("Estonian harbour chief Tom Webb’s deputy is calling the plan “a gamble.”"),
        vec![some("Estonian harbour chief Tom Webb’s deputy")]
    );
}

#[test]
fn an_adverb_or_a_lone_article_is_no_part_of_a_speaker() {
    assert_eq!(
        mentions("A harbour official later walked back the remarks, saying the pier was “never at risk.”"),
        vec![some("A harbour official")]
    );
    assert_eq!(
        speakers("Tom Webb did not answer, and instead argued that the pier was “safe enough.”"),
        vec![some("Tom Webb")]
    );
    let spoken = mentions("The cost is high, according to the “pier for all” leaflet he sent.");
    assert_ne!(spoken, vec![some("the")]);
}

#[test]
fn a_capitalised_modal_is_a_name_and_an_age_is_a_speaker() {
    assert_eq!(
        mentions("“We were both amazed,” May wrote on his website."),
        vec![some("May")]
    );
    assert_eq!(
        mentions("“You will stay a gossip sheet,” the 23-year-old wrote."),
        vec![some("the 23-year-old")]
    );
    // A number is still no speaker.
    assert_eq!(speakers("“It went well,” 2024 said."), vec![None]);
}

#[test]
fn a_denial_a_described_noun_and_an_adverb_are_read_as_such() {
    // "haven't said" reports no words: the quote stays with McCaul.
    let body = "“There is new evidence,” Mike McCaul said, though officials haven't said \
                the inquiry is “reopening” at all.";
    assert_eq!(
        speakers(body),
        vec![some("Mike McCaul"), some("Mike McCaul")]
    );
    // "his anti-cyclist remarks" is a noun, not a cue.
    let body = "Ana Ruiz said his anti-cyclist remarks were “fuel” for road rage.";
    assert_eq!(speakers(body), vec![some("Ana Ruiz")]);
    // An adverb before the verb is no part of the speaker.
    let body = "Asked about the emails, the senator mockingly responded, “What, with a cloth?”";
    assert_eq!(mentions(body), vec![some("the senator")]);
}

#[test]
fn a_second_verb_shares_its_sentences_subject() {
    let body = "Ana Ruiz took the microphone. She put on a Southern accent and joked, \
                “I will make it easy for them.”";
    assert_eq!(mentions(body), vec![some("She")]);
    assert_eq!(speakers(body), vec![some("Ana Ruiz")]);
}

#[test]
fn states_after_a_quantity_or_region_is_a_noun() {
    for body in [
        "Ana Ruiz won the key states of Ohio and Iowa by “a comfortable margin.”",
        "Ana Ruiz said the plan was “a fair split,” giving states more say.",
        "Brazil has stirred mixed reactions in many Andean states, and it has used \
         “soft words” in its talks, said Lena Ortiz, an analyst.",
    ] {
        let cues = per_quote(body, |_, q| q.cue.as_ref().map(|c| c.text.clone()));
        assert!(!cues.contains(&some("states")), "{body}: {cues:?}");
    }
    // The verb still cues: "the handbook states".
    assert_eq!(
        speakers("“Leave is available,” the handbook states."),
        vec![some("the handbook")]
    );
}

#[test]
fn state_is_a_verb_only_after_a_plural_subject() {
    assert_eq!(
        speakers("“The harbour is open to all,” the Danes state in the white paper."),
        vec![some("Danes")]
    );
    // the noun and the adjective cue nobody
    for body in [
        "“The harbour is open to all,” state officials said in a release.",
        "Ana Ruiz won the state with “a comfortable margin.”",
        "In Texas state law bans “any such harbour.”",
    ] {
        let cues = per_quote(body, |_, q| q.cue.as_ref().map(|c| c.text.clone()));
        assert!(!cues.contains(&some("state")), "{body}: {cues:?}");
    }
}

#[test]
fn remembered_after_a_quote_is_a_cue() {
    assert_eq!(
        speakers("“We fished every morning,” remembered Leo Brandt, a former harbour master."),
        vec![some("Leo Brandt")]
    );
    // remembering an event reports no words
    let body = "Ruiz, speaking to me for the “Harbour Hour” podcast remembers being taken aback.";
    assert_eq!(read(body), vec![(QuoteKind::Title, None)]);
}

#[test]
fn an_opening_noun_phrase_is_the_subject_before_a_later_name() {
    let body = "The city council has backed Ana Ruiz as the “only serious candidate” for the post.";
    assert_eq!(speakers(body), vec![some("The city council")]);
    // a past tense without "-ed", and an adverb left to its verb
    let body = "The harbour master sought calm, saying the ferry would “not be cancelled.”";
    assert_eq!(speakers(body), vec![some("The harbour master")]);
    let body = "The port authority recently put out a statement saying it “will not close.”";
    assert_eq!(speakers(body), vec![some("The port authority")]);
    // a pronoun opens a clause inside the phrase
    let body = "The editor I was talking to then said the pier was “older than all of us.”";
    assert_ne!(speakers(body), vec![some("The editor I")]);
    // No verb in reach: the rule stays out of the way.
    let body = "The long-awaited report of the inquiry into the collapse cites Ana Ruiz’s \
                “deep concerns” about the cost.";
    assert_ne!(speakers(body), vec![some("The long-awaited report")]);
}

#[test]
fn a_pronoun_reported_by_an_outer_verb_gives_way_to_its_subject() {
    let body = "Ana Ruiz said she recalls the engineer being “confused” by the plans.";
    assert_eq!(mentions(body), vec![some("Ana Ruiz")]);
    let body = "Prosecutors say that he told one agent, “I would do it again.”";
    assert_eq!(mentions(body), vec![some("Prosecutors")]);
}

#[test]
fn a_claim_that_holds_the_quote_is_its_owners() {
    let body = "Tom Webb spoke first. Few in town believe his claim that the bridge is “perfectly safe” today.";
    assert_eq!(mentions(body), vec![some("his")]);
    assert_eq!(speakers(body), vec![some("Tom Webb")]);
    assert_eq!(
        speakers("Webb's warning that the bridge was “a death trap” went unheeded."),
        vec![some("Webb")]
    );
    // A speech verb in the sentence wins over the noun.
    assert_eq!(
        speakers("Ana Ruiz said Webb's claim that the bridge is unsafe is “simply not true.”"),
        vec![some("Ana Ruiz")]
    );
    // a saying, a quip or a threat reports words as a claim does
    assert_eq!(
        speakers(
            "Many followed Ana Ruiz's dictum that the council was an “empire” bent on control."
        ),
        vec![some("Ana Ruiz")]
    );
    assert_eq!(
        speakers("Webb's threat that tolls would “go through the roof” alarmed the board."),
        vec![some("Webb")]
    );
    // Describing words may stand between the owner and the noun.
    assert_eq!(
        speakers("Webb's baseless oft-made claim that “hundreds” had left is false."),
        vec![some("Webb")]
    );
    assert_eq!(
        speakers("Tom Webb spoke. His oft-made prediction that “tolls will double” failed."),
        vec![some("Tom Webb")]
    );
    // A plural is no describing word: "her" owns the tendencies.
    assert_eq!(
        speakers(
            "Tom Webb spoke of Ana Ruiz. He knows her tendencies, warning that she is “tired.”"
        ),
        vec![some("Tom Webb")]
    );
}

#[test]
fn a_possessives_quoted_phrase_before_a_speech_noun_is_the_owners() {
    assert_eq!(
        speakers("Webb’s “ghost bridge” remark drew laughs at the meeting."),
        vec![some("Webb")]
    );
    assert_eq!(
        speakers("Tom Webb spoke. His “no new tolls” pledge is now in doubt."),
        vec![some("Tom Webb")]
    );
    // Someone else's word for the remark is theirs.
    assert_eq!(
        speakers("Ana Ruiz says it is Webb's “reckless” claim."),
        vec![some("Ana Ruiz")]
    );
    assert_eq!(
        speakers("Webb's “reckless” claim, Ana Ruiz said, is wrong."),
        vec![some("Ana Ruiz")]
    );
    // A thing the owner has is no remark: a label on it is a term.
    assert_eq!(
        read("Webb’s “green” bridge opened on Monday."),
        vec![(QuoteKind::Term, None)]
    );
}

#[test]
fn titles_and_terms_are_not_speech() {
    let table = [
        (
            "She spoke on NBC’s “Meet the Press with Kristen Welker” on Sunday.",
            QuoteKind::Title,
        ),
        (
            "They watched the film “Oppenheimer” twice.",
            QuoteKind::Title,
        ),
        (
            "The so-called “peace dividend” never came.",
            QuoteKind::Term,
        ),
        (
            "He has been called “the Ruiz of the North” in the region.",
            QuoteKind::Term,
        ),
        ("She wrote the word “no” on the form.", QuoteKind::Term),
        // a title noun before lower-case words: somebody's verdict on it
        (
            "Pike called the new law “much, much fairer” than the old one.",
            QuoteKind::Speech,
        ),
        // title case, but a whole sentence of its own after a quote
        (
            "“It will be close,” Pike said. “That’s Ohio and Florida.”",
            QuoteKind::Speech,
        ),
    ];
    for (text, kind) in table {
        assert_eq!(read(text).last().unwrap().0, kind, "{text}");
    }
}

#[test]
fn a_standalone_quote_has_no_speaker() {
    let r = read("The pool will close.\n\n“Where are the children supposed to swim now?”\n\nRepairs will cost $3 million.");
    assert_eq!(r, vec![(QuoteKind::Speech, None)]);
}

#[test]
fn vague_sources_are_marked() {
    let src = "Headline\n\n“The deal is dead,” sources said.\n";
    let a = analyze(src, Format::Plain, &Config::default());
    assert!(a.quotes[0].speaker.as_ref().is_some_and(|s| s.vague));
    assert_eq!(a.findings[0].code, "vague-attribution");
}

#[test]
fn config_adds_speech_verbs() {
    let src = "Headline\n\n“Nice try,” the clerk quipped.\n";
    let config = Config {
        speech_verbs: vec!["quipped".into()],
        ..Config::default()
    };
    let a = analyze(src, Format::Plain, &config);
    assert_eq!(
        a.quotes[0].speaker.as_ref().map(|s| s.name.as_str()),
        Some("the clerk")
    );
    // A two-word entry is a phrase cue.
    let src = "Headline\n\n“Nice try,” the clerk piped up.\n";
    let config = Config {
        speech_verbs: vec!["piped up".into()],
        ..Config::default()
    };
    let a = analyze(src, Format::Plain, &config);
    assert_eq!(
        a.quotes[0].cue.as_ref().map(|c| c.text.as_str()),
        Some("piped up")
    );
}

#[test]
fn phrase_cues_attribute_like_verbs() {
    assert_eq!(
        speakers("“Dana wants to look tough on stage tonight,” Ana Ruiz shot back."),
        vec![some("Ana Ruiz")]
    );
    assert_eq!(
        speakers("“Not a chance,” fired back Mayor Tom Webb."),
        vec![some("Tom Webb")]
    );
}

#[test]
fn spoke_reports_words_unless_it_ends_its_clause() {
    assert_eq!(
        speakers("Tom Webb spoke only in riddles during the interview.\n\n“The tide decides.”"),
        vec![some("Tom Webb")]
    );
    // when someone spoke, or who spoke, is not what they said
    assert_ne!(
        speakers("As Ana Ruiz spoke, the crowd was booing the “harbour tax”."),
        vec![some("Ana Ruiz")]
    );
    assert_eq!(
        speakers("An official who spoke anonymously said, “The pier is closed.”"),
        vec![some("An official")]
    );
}

#[test]
fn a_statement_issued_carries_its_issuers_words() {
    assert_eq!(
        speakers("Late on Monday, the harbour board issued a statement.\n\n“We regret the delay and will reopen the pier.”"),
        vec![some("the harbour board")]
    );
    assert_eq!(
        speakers("Tom Webb released a brief letter, promising “a full review.”"),
        vec![some("Tom Webb")]
    );
    // a figure of speech puts out nobody's words
    let body = "Tom Webb spoke.\n\nThe vote sends a message.\n\n“Nobody listens to the harbour,” a skipper said.";
    assert_eq!(speakers(body), vec![some("a skipper")]);
}

#[test]
fn what_someone_talked_about_is_theirs_unless_it_is_a_title() {
    // "talked about" reports words, and its object never inverts
    assert_eq!(
        read("Reprising an old line, the former mayor talked about the “harbour we built.”"),
        vec![(QuoteKind::Speech, some("the former mayor"))]
    );
    assert_eq!(
        speakers("Tom Webb has praised the crews, talked of a “new start” and left."),
        vec![some("Tom Webb")]
    );
    // a book talked about is a topic, not the words
    assert_eq!(
        read("Tom Webb talked about “The Salt Road,” a novel he admires."),
        vec![(QuoteKind::Title, None)]
    );
}

#[test]
fn less_common_cues_and_non_cues() {
    assert_eq!(
        speakers("“We are delighted to offer it,” commented chief executive Mark Lee."),
        vec![some("Mark Lee")]
    );
    assert_eq!(
        speakers("The lawsuit contends that the pier “was never safe to open.”"),
        vec![some("The lawsuit")]
    );
    assert_eq!(
        speakers("As the harbour master Ana Ruiz puts it, “The pier is older than all of us.”"),
        vec![some("Ana Ruiz")]
    );
    assert_eq!(
        speakers("“Did you see him? He was right here,” Ana Ruiz yells."),
        vec![some("Ana Ruiz")]
    );
    // present tenses of features written in the present
    assert_eq!(
        speakers("“Not a chance,” Ana Ruiz retorts, and “not this year,” Tom Webb mutters."),
        vec![some("Ana Ruiz"), some("Tom Webb")]
    );
    // "continues to" reports nothing
    assert_eq!(
        read("As the “Save the Pier” campaign continues to grow, the council waits."),
        vec![(QuoteKind::Title, None)]
    );
}

#[test]
fn a_thing_called_something_is_named_not_quoted() {
    let body = "The clip came from an account called “Hypo-Cruz” on Thursday.";
    assert_eq!(read(body), vec![(QuoteKind::Title, None)]);
    let body = "She fought a cosy boardroom culture called “the family way” for years.";
    assert_eq!(read(body), vec![(QuoteKind::Term, None)]);
    // somebody who calls a thing something is quoted
    let body = "It is what the mayor called “a bad joke” on Monday.";
    assert_eq!(read(body)[0].0, QuoteKind::Speech);
}

#[test]
fn a_quote_cited_with_its_year_is_a_title() {
    let body =
        "The party's posters read “No to the new pier” (2005) and “Yes to the old one” (2009).";
    assert_eq!(read(body), vec![(QuoteKind::Title, None); 2]);
    // a year elsewhere in the sentence changes nothing
    let body = "“We will rebuild the pier,” Ana Ruiz said in (or around) 2005.";
    assert_eq!(read(body), vec![(QuoteKind::Speech, some("Ana Ruiz"))]);
}

#[test]
fn a_quoted_label_on_the_noun_after_it_is_a_term() {
    // an article opens the noun phrase; no speech cue in the sentence
    assert_eq!(
        read("Ana Ruiz won the earlier “undercard” debate in Leeds."),
        vec![(QuoteKind::Term, None)]
    );
    assert_eq!(
        read("Tom Webb joined the council for a “unity” lunch on Friday."),
        vec![(QuoteKind::Term, None)]
    );
    // a capitalised slogan on a thing is still a title
    assert_eq!(
        read("Tom Webb wore a “Save Our Pier” badge to the meeting."),
        vec![(QuoteKind::Title, None)]
    );
    // a speech cue makes the label someone's word
    assert_eq!(
        speakers("Ana Ruiz said it was a “reckless” plan."),
        vec![some("Ana Ruiz")]
    );
    // an adverb after the quote is no noun for it to label
    assert_eq!(
        read("Tom Webb thinks the pier is the “finest in Europe” even now."),
        vec![(QuoteKind::Speech, some("Tom Webb"))]
    );
    // a phrase opening with a preposition labels nothing
    assert_eq!(
        speakers("Tom Webb quit the council “for private reasons” last year."),
        vec![some("Tom Webb")]
    );
}

#[test]
fn a_capitalised_quote_before_a_cast_or_crew_noun_is_a_title() {
    assert_eq!(
        read("The “Harbour Lights” star posted a photo of the pier on Monday."),
        vec![(QuoteKind::Title, None)]
    );
    assert_eq!(
        read("Ana Ruiz, the “Morning Tide” host, said little."),
        vec![(QuoteKind::Title, None)]
    );
    // words someone said before a role noun are still theirs
    assert_eq!(
        read("“We are not done. We will rebuild,” the star said."),
        vec![(QuoteKind::Speech, some("the star"))]
    );
}

#[test]
fn a_contraction_is_not_a_possessive() {
    // "there’s a simple explanation:" is "there is", nobody's explanation
    assert_eq!(
        speakers("Tom Webb said there’s a simple explanation: “There has never been a mayor this reckless.”"),
        vec![some("Tom Webb")]
    );
    // a real possessive still owns its words
    assert_eq!(
        speakers("Tom Webb spoke last. Webb’s explanation: “There has never been a mayor this reckless.”"),
        vec![some("Tom Webb")]
    );
}

#[test]
fn an_appositive_name_before_the_cue_is_the_speaker() {
    assert_eq!(
        speakers("In a statement to the Gazette, her senior adviser, Tom Webb, said: “The pier will reopen.”"),
        vec![some("Tom Webb")]
    );
    // the name inside a relative clause is not
    assert_eq!(
        speakers("Tom Dunn, who worked for Ana Ruiz, said: “The pier will reopen.”"),
        vec![some("Tom Dunn")]
    );
    // a relative clause after a role hangs from the name before it
    assert_eq!(
        speakers("Tom Webb met Ana Ruiz. He has clashed with Ruiz, now the harbour master, who in 2010 said the pier was “a lost cause.”"),
        vec![some("Ana Ruiz")]
    );
    // an age and a home town set off by commas are not speakers either
    assert_eq!(
        speakers("Rosa Lind, 22, of Lansing, Mich., said she had not given up on a late “reprieve,” because she needed one."),
        vec![some("Rosa Lind")]
    );
}

#[test]
fn a_time_phrase_opening_the_sentence_is_not_its_subject() {
    assert_eq!(
        speakers("Ana Ruiz praised him. Hours later, Tom Webb returned the favour, telling Reuters, “Ana and I go back a long way.”"),
        vec![some("Tom Webb")]
    );
    assert_eq!(
        speakers("At a forum that week in Boulder, Colo., the mayor closed her speech by quoting a poet: “The tide waits for no council.”"),
        vec![some("the mayor")]
    );
}

#[test]
fn a_capitalised_opener_before_its_noun_is_no_speaker() {
    // "Good" describes "information": the fragment has no subject to own it
    assert_eq!(
        speakers("This makes it hard, Tom Webb said. Good sense can still win out, but only when “the facts are louder than the noise.”"),
        vec![None]
    );
    // a preposition or a number opening the sentence is no one either
    assert_eq!(
        speakers("Outside the hall, about 300 pickets gathered, chanting “Save the pier.”"),
        vec![some("about 300 pickets")]
    );
    assert_eq!(
        speakers("Tom Webb ran the poll. Thirty percent of residents “strongly agree” that the pier should stay."),
        vec![None]
    );
    // a one-word name before its verb is still the subject
    for body in [
        "Webb never wanted the pier “sold off.”",
        "Webb cannot accept “a bad deal.”",
        "Webb won’t accept “a bad deal.”",
        "Webb took the offer as “a bad deal.”",
        "Webb thought the offer “a bad deal.”",
        "Webb himself was “not impressed.”",
        "Webb never was “a fan.”",
    ] {
        assert_eq!(speakers(body), vec![some("Webb")], "{body}");
    }
}

#[test]
fn a_lead_in_with_no_subject_goes_on_from_the_paragraph_before() {
    let body = "“We made a mistake in the first place,” Tom Webb told the radio in October.\n\n\
                Then, later that month on television: “I never said we made a mistake.”";
    assert_eq!(speakers(body), vec![some("Tom Webb"), some("Tom Webb")]);
    // a lead-in with its own subject does not
    let body = "“We made a mistake in the first place,” Tom Webb told the radio in October.\n\n\
                Then Ana Ruiz went on television: “I never said we made a mistake.”";
    assert_eq!(speakers(body), vec![some("Tom Webb"), some("Ana Ruiz")]);
}

#[test]
fn a_state_in_a_dateline_or_a_home_town_is_no_speaker() {
    assert_eq!(
        speakers("JACKSON, Miss. - Judge Carlton Reeves blocked a law that let officials citing a “sincere religious belief” refuse service."),
        vec![some("Carlton Reeves")]
    );
    assert_eq!(
        speakers(
            "The day before, at a rally in Concord, N.H., Ana Ruiz called the plan “a fraud.”"
        ),
        vec![some("Ana Ruiz")]
    );
}

#[test]
fn a_quote_credited_by_the_sentence_after_it() {
    assert_eq!(
        speakers("“Nobody here will forget the winter of the flood.” That line from harbour master Ana Ruiz still hangs in the town hall."),
        vec![some("Ana Ruiz")]
    );
    assert_eq!(
        speakers("“You would think the river had a grudge against us.”\n\nThat was how Tom Webb, the ferry captain, once described the floods."),
        vec![some("Tom Webb")]
    );
    // the sentence after names no one who said it
    assert_eq!(
        speakers("“We will rebuild.” That was the message on the banner."),
        vec![None]
    );
}

#[test]
fn a_chant_is_the_crowd_s_words() {
    assert_eq!(
        read("About 200 protesters marched to the pier and joined in a loud chant of “Save our ferry!”"),
        vec![(QuoteKind::Speech, some("About 200 protesters"))]
    );
    assert_eq!(
        read("At one point, the crowd reprised the chant “Ted! Ted! Ted!” for a minute."),
        vec![(QuoteKind::Speech, some("the crowd"))]
    );
    // with nobody in the sentence to lead it, a chant needs no speaker
    assert_eq!(
        read("The team was met with chants of “Ruiz, Ruiz, Ruiz” at the gate."),
        vec![(QuoteKind::Term, None)]
    );
    // the chant's owner leads it, wherever it stands in the sentence
    assert_eq!(
        read("Tom Webb led the march. Soon his chant of “No tolls!” rang out."),
        vec![(QuoteKind::Speech, some("Tom Webb"))]
    );
    assert_eq!(
        read("Fans of Ana Ruiz packed the hall. Their chants of “Ruiz! Ruiz!” went on."),
        vec![(QuoteKind::Speech, some("Their"))]
    );
}

#[test]
fn a_name_in_the_opening_phrase_is_not_the_subject() {
    assert_eq!(
        speakers(
            "In a Fox interview later that day, Ana Ruiz went further: “The pier is finished.”"
        ),
        vec![some("Ana Ruiz")]
    );
    assert_eq!(
        speakers("At a news conference in the old harbour hall on Monday after the Group of Ten summit, her first three questioners were hostile: “Is it time to close the pier?”"),
        vec![some("her first three questioners")]
    );
    // a colon ends the opener: the clause after it has its own subject
    assert_eq!(
        speakers("For instance: Ana Ruiz misjudged the tide, calling it “harmless.”"),
        vec![some("Ana Ruiz")]
    );
}

#[test]
fn a_pronoun_in_a_clause_reported_by_a_described_subject_is_that_subject() {
    assert_eq!(
        speakers("Ana Ruiz spoke first.\n\nThe harbour commissioner is telling reporters that he is looking ahead because he will need “a lot of boats” next year."),
        vec![some("The harbour commissioner")]
    );
}

#[test]
fn a_fragment_goes_on_from_the_quote_before() {
    assert_eq!(
        speakers(
            "“It is gotcha reporting,” Ana Ruiz says. It is “this new up-close kind of reporting.”"
        ),
        vec![some("Ana Ruiz"), some("Ana Ruiz")]
    );
    // a short scare quote does not, nor one with a subject of its own
    assert_eq!(
        read("“It is ambush journalism,” Ana Ruiz says. It is “new.” Tom Webb likes “this new in-your-face kind of journalism.”"),
        vec![
            (QuoteKind::Speech, some("Ana Ruiz")),
            (QuoteKind::Term, None),
            (QuoteKind::Speech, some("Tom Webb")),
        ]
    );
    assert_eq!(
        read("“It is ambush journalism,” Ana Ruiz says. It gives rise to “cash for keys” schemes."),
        vec![
            (QuoteKind::Speech, some("Ana Ruiz")),
            (QuoteKind::Term, None)
        ]
    );
}

#[test]
fn a_phrase_someone_owns_or_uses_is_their_words() {
    assert_eq!(
        read("Mayor Ana Ruiz defended her use of the term “pier tax” on Monday."),
        vec![(QuoteKind::Speech, some("Ana Ruiz"))]
    );
    // the words are Ruiz's coinage, reported by Webb
    assert_eq!(
        read("Tom Webb says he never liked Ruiz’s phrase “managed retreat.”"),
        vec![(QuoteKind::Speech, some("Tom Webb"))]
    );
    // nobody's term stays a term
    assert_eq!(
        read("The council avoided the charged term “managed retreat” all year."),
        vec![(QuoteKind::Term, None)]
    );
}

#[test]
fn a_headline_cited_with_its_source_is_a_title() {
    assert_eq!(
        read(
            "I agree with the mayor (“Ruiz says the pier will close,” Harbour Gazette, Thursday)."
        ),
        vec![(QuoteKind::Title, None)]
    );
    // words in parentheses with no source after them are not cited
    assert_eq!(
        read("Voters rank candidates from 1 (“I will vote for Ruiz,” said one) to 6."),
        vec![(QuoteKind::Speech, some("one"))]
    );
    assert_eq!(
        read("Voters were blunt (“I will vote for Ruiz,” Tom Webb said)."),
        vec![(QuoteKind::Speech, some("Tom Webb"))]
    );
}

#[test]
fn a_present_tense_ends_the_opening_noun_phrase() {
    assert_eq!(
        speakers(
            "The harbour ad hits Ruiz for taking “more money” and claims that “the port owns her.”"
        ),
        vec![some("The harbour ad"), some("The harbour ad")]
    );
    // a clause after a spaced hyphen has its own subject
    assert_eq!(
        speakers("Ana Ruiz spoke. That earned her Tom Webb's scorn - he called her “timid” and said she had “no friends” on the pier."),
        vec![some("Tom Webb"), some("Tom Webb")]
    );
}

#[test]
fn a_line_somebody_sent_is_their_words() {
    assert_eq!(
        read("Ana Ruiz forwards an email with the subject line “Pier gone viral!” to the board."),
        vec![(QuoteKind::Speech, some("Ana Ruiz"))]
    );
    assert_eq!(
        read("Tom Webb dashed off a note to Ruiz with the subject line, “It Worked!”"),
        vec![(QuoteKind::Speech, some("Tom Webb"))]
    );
}

#[test]
fn a_possessive_speech_noun_in_an_opening_phrase_is_not_the_speaker() {
    assert_eq!(
        speakers("Responding to Tom Webb's remarks, Ana Ruiz wrote: “The pier stays open.”"),
        vec![some("Ana Ruiz")]
    );
    // in apposition it is
    assert_eq!(
        speakers("Tom Webb's opening remark — “The pier stays open” — drew applause."),
        vec![some("Tom Webb")]
    );
}

#[test]
fn a_possessive_pronoun_and_a_speech_noun_introduce_a_quote() {
    assert_eq!(
        speakers("Ana Ruiz was asked about the closure. Her answer: “We had no choice.”"),
        vec![some("Ana Ruiz")]
    );
    // without the colon or dash the quote is the sentence's, as before
    assert_eq!(
        speakers("Tom Webb read out her answer “we had no choice” twice."),
        vec![some("Tom Webb")]
    );
}

#[test]
fn the_sentence_after_may_name_whose_words_they_were() {
    assert_eq!(
        speakers("“We had no choice.” Those were the words of Mayor Ana Ruiz on Monday."),
        vec![some("Ana Ruiz")]
    );
    // words about the quote that name nobody leave it unattributed
    assert_eq!(
        speakers("“We had no choice.” Those were the words of a tired city."),
        vec![None]
    );
}

#[test]
fn a_reply_from_someone_attributes_the_quote() {
    assert_eq!(
        speakers("“We had no choice,” came the reply from City Hall."),
        vec![some("City Hall")]
    );
    assert_eq!(
        speakers("The response from the mayor’s office was short: “We had no choice.”"),
        vec![some("the mayor’s office")]
    );
    assert_eq!(
        read("“We had no choice” was the message from City Hall."),
        vec![(QuoteKind::Speech, some("City Hall"))]
    );
    // a reply from nobody named is no attribution
    assert_eq!(speakers("“We had no choice,” came the reply."), vec![None]);
}

#[test]
fn a_quote_signed_after_a_dash_on_its_line() {
    assert_eq!(
        speakers("The pool has been open since 1931.\n\n“I grew up in that pool.” – Tom Lee, 71"),
        vec![some("Tom Lee")]
    );
    // a dash that goes on with a sentence signs nothing
    assert_eq!(
        speakers("“I grew up in that pool.” – Tom Lee swam there, and he was not alone."),
        vec![None]
    );
}

#[test]
fn she_and_he_skip_a_person_of_the_other_gender() {
    assert_eq!(
        speakers("Jane Ortiz met Tom Lee on Monday. “We had no choice,” she said."),
        vec![some("Jane Ortiz")]
    );
    assert_eq!(
        speakers("Mayor Jane Ortiz defended the move. Critics, including council member Tom Lee, called it rushed.\n\n“We had no choice,” she said."),
        vec![some("Jane Ortiz")]
    );
    assert_eq!(
        speakers("Ms. Ortiz met Mr. Lee. “We had no choice,” he said."),
        vec![some("Lee")]
    );
    // of two namesakes, the bare surname goes to the one the pronoun fits
    assert_eq!(
        speakers("Frank Lee runs the kiosk with his wife, Jane Lee. Lee was upset. “We had no choice,” she said."),
        vec![some("Jane Lee")]
    );
    // a person of unknown gender can be either
    assert_eq!(
        speakers("Robin Vale met Tom Lee. Vale left early. “We had no choice,” she said."),
        vec![some("Robin Vale")]
    );
    // past someone of the other gender, a run with no known given name is
    // no one to stand for
    assert_eq!(
        speakers(
            "Pool Closure Shocks Everyone\n\nTom Lee was there. “We had no choice,” she said."
        ),
        vec![some("she")]
    );
}

#[test]
fn a_pronoun_prefers_the_subject_of_a_clause_to_an_object_or_a_possessive() {
    assert_eq!(
        speakers("Omar Haddad said on Friday that he met Tom Webb this week.\n\n“It was very nice,” he said."),
        vec![some("Omar Haddad")]
    );
    assert_eq!(
        speakers("Mr. Haddad, whose favourite film was Tom Webb's first, stayed upbeat. “I hope small films win,” he said."),
        vec![some("Haddad")]
    );
    // a name after a quote, before its verb, is a clause's subject
    assert_eq!(
        speakers("Ana Ruiz and Tom Webb have drifted apart, “but it will pass,” Omar Haddad said.\n\n“They are old friends,” he said."),
        vec![some("Omar Haddad"), some("Omar Haddad")]
    );
    // and so is a name after an inverted verb of saying
    assert_eq!(
        speakers("Sam Pike joined the firm in 1990. And Webb, said Jan Vale, who worked for him, never forgets. “If you let him down, that is it,” she said."),
        vec![some("Jan Vale")]
    );
    // the sentence's own subject before the subject of a clause inside it
    assert_eq!(
        speakers("Omar Haddad claimed that the river was safe and that Tom Webb is to blame.\n\n“He keeps saying it,” he said."),
        vec![some("Omar Haddad")]
    );
    // a full name that is a sentence's subject is someone, whatever the
    // given name
    assert_eq!(
        speakers("Pastor Tom Webb spoke first. Zelvyn Vane is listed as the chair of Voters for Tom Webb. Recently she wrote, “We are growing.”"),
        vec![some("Zelvyn Vane")]
    );
    // with no subject in reach, the nearest person still stands
    assert_eq!(
        speakers("The award went to Omar Haddad.\n\n“I hope small films win,” he said."),
        vec![some("Omar Haddad")]
    );
}

#[test]
fn in_someone_s_words_attributes_the_quote() {
    assert_eq!(
        read("In Tom Lee’s words, “it is a wreck.”"),
        vec![(QuoteKind::Speech, some("Tom Lee"))]
    );
    assert_eq!(
        read("In the words of the city engineer, the pool is “a wreck.”"),
        vec![(QuoteKind::Speech, some("the city engineer"))]
    );
    assert_eq!(
        read("To quote Tom Lee, “it is a wreck.”"),
        vec![(QuoteKind::Speech, some("Tom Lee"))]
    );
    // right after the quote, the phrase wins over the sentence's verb
    assert_eq!(
        speakers(
            "Ana Ruiz dislikes “surprises,” in the words of one aide, and bristled at the plan."
        ),
        vec![some("one aide")]
    );
    // words that are not someone's words
    assert_eq!(
        read("The sign, in large words, read “Closed.”"),
        vec![(QuoteKind::Speech, some("The sign"))]
    );
}

#[test]
fn a_gesture_or_manner_before_a_quote_attributes_it() {
    assert_eq!(
        speakers("Tom Lee, asked whether the pool could be saved, shrugged. “Anything can be saved if you pay enough.”"),
        vec![some("Tom Lee")]
    );
    assert_eq!(
        speakers("Tom Lee was blunt. “It is a wreck.”"),
        vec![some("Tom Lee")]
    );
    assert_eq!(
        speakers("Tom Lee went further: “It should be torn down.”"),
        vec![some("Tom Lee")]
    );
    assert_eq!(
        speakers("“Whatever,” Tom Lee shrugged."),
        vec![some("Tom Lee")]
    );
}

#[test]
fn a_quote_after_a_named_person_s_reported_thoughts_is_theirs() {
    assert_eq!(
        speakers("Tom Webb, though, is keen to rest his players. “At this stage there is nothing more they can show me.”"),
        vec![some("Tom Webb")]
    );
    assert_eq!(
        speakers("Ana Ruiz still feels the pain of that defeat. “That was heartbreaking.”"),
        vec![some("Ana Ruiz")]
    );
    assert_eq!(
        speakers("For Ana Ruiz, the decision was personal. “I learned to swim here.”"),
        vec![some("Ana Ruiz")]
    );
    // "for" a thing, or a name later in the sentence, is no one's view
    assert_eq!(
        speakers("For the town, the decision was hard. “We had no choice.”"),
        vec![None]
    );
    // a thought nobody named has is no attribution
    assert_eq!(
        speakers("The town feels the pain of that defeat. “That was heartbreaking.”"),
        vec![None]
    );
    // nor is one two sentences back
    assert_eq!(
        speakers("Ana Ruiz still feels the pain. The team lost again. “That was heartbreaking.”"),
        vec![None]
    );
}

#[test]
fn a_cue_in_a_clause_about_someone_does_not_hide_the_report_before_it() {
    assert_eq!(
        speakers("Tom Webb, from the bank, told reporters there are two steps. The hardest is to know whether a user is who they say they are.\n\n“The answer is a card and a code.”"),
        vec![some("Tom Webb")]
    );
    // with only the clause, nobody is reported
    assert_eq!(
        speakers("The hardest step is to know whether a user is who they say they are.\n\n“The answer is a card and a code.”"),
        vec![None]
    );
}

#[test]
fn a_sentence_naming_someone_s_remark_introduces_the_quote_after_it() {
    assert_eq!(
        speakers("Tom Lee’s verdict? “It is a wreck.”"),
        vec![some("Tom Lee")]
    );
    assert_eq!(
        speakers("Tom Lee’s response was swift. “We will appeal.”"),
        vec![some("Tom Lee")]
    );
    assert_eq!(
        speakers("The engineer’s conclusion: “It is a wreck.”"),
        vec![some("The engineer")]
    );
    // a remark that drew someone else's words
    assert_eq!(
        speakers("Tom Lee’s comments drew criticism. “That is outrageous.”"),
        vec![None]
    );
}

#[test]
fn a_cue_that_introduces_the_next_quote_is_not_this_one_s() {
    assert_eq!(
        speakers("When a heckler shouted, “Ruiz!” Tom Webb joked, “Not tonight.”"),
        vec![some("a heckler"), some("Tom Webb")]
    );
    // with nothing before, the cue after still attributes
    assert_eq!(
        speakers("“Ruiz!” Tom Webb joked, “Not tonight.”"),
        vec![some("Tom Webb"), some("Tom Webb")]
    );
}

#[test]
fn a_phrase_after_with_is_its_participle_s_subject() {
    assert_eq!(
        speakers(
            "The square was full, with hundreds of fans chanting “Ruiz for mayor!” until dark."
        ),
        vec![some("hundreds of fans")]
    );
    // "with" as a plain preposition, then another word, opens no subject
    assert_eq!(
        speakers("Ana Ruiz met with supporters before saying “the pier stays open.”"),
        vec![some("Ana Ruiz")]
    );
    // words are not people
    assert_eq!(
        read("The board replaced the rule with softer language calling for “fair play.”"),
        vec![(QuoteKind::Speech, some("The board"))]
    );
}

#[test]
fn a_description_before_a_title_and_name_is_not_the_speaker() {
    assert_eq!(
        speakers(
            "Mayoral hopeful Councilwoman Ana Ruiz was also critical of the plan, telling \
             reporters: “The plan is a mistake.”"
        ),
        vec![some("Ana Ruiz")]
    );
}

#[test]
fn a_restrictive_relative_stands_for_the_noun_before_it() {
    // "that" with no comma before it: the antecedent is the phrase just
    // before, not the last name further back
    assert_eq!(
        speakers(
            "Tom Webb spoke about the Harbour Trust and the committee that has declared \
             the pier “unsafe for swimmers.”"
        ),
        vec![some("the committee")]
    );
    assert_eq!(
        mentions("Ana Ruiz met the crew that warned of “a long winter.”"),
        vec![some("that")]
    );
}

#[test]
fn a_participle_after_an_inverted_attribution_is_the_same_speaker() {
    assert_eq!(
        speakers(
            "“The pier is safe,” the harbour master told WKDT’s Morning Drive on Sunday, \
             saying that swimmers “are very worried” about it."
        ),
        vec![some("the harbour master"), some("the harbour master")]
    );
}

#[test]
fn a_place_is_not_who_a_relative_clause_describes() {
    assert_eq!(
        speakers(
            "“It is over,” Tom Webb, 30, of Hull, Mass., who took part in the survey, said \
             in an interview."
        ),
        vec![some("Tom Webb")]
    );
    assert_eq!(
        speakers("Sen. Ana Ruiz of Florida, who mused in the debate that Webb was “a liar,” left."),
        vec![some("Ana Ruiz")]
    );
    // someone described, not named, is still the one the clause is about
    assert_eq!(
        speakers(
            "“We are scared,” a retiree of Hull, Mass., who lives by the pier, said on Monday."
        ),
        vec![some("a retiree")]
    );
    assert_eq!(
        speakers(
            "The owner of a cafe in Hull, Mass., who declined to be named, said: “It is a disaster.”"
        ),
        vec![some("The owner of a cafe")]
    );
}

#[test]
fn a_name_before_a_titled_name_says_whose_title() {
    assert_eq!(
        speakers(
            "“It is not a requirement,” Oversight Chairman Tom Webb (R-Ohio) said in a \
             statement, adding that she “must answer.”"
        ),
        vec![some("Tom Webb"), some("Tom Webb")]
    );
}

#[test]
fn a_party_tag_and_a_delegate_are_no_speakers() {
    assert_eq!(
        speakers(
            "Senate Majority Leader Tom Webb, R-Ky., sent a blunt message to Ana Ruiz: \
             “It's time.”"
        ),
        vec![some("Tom Webb")]
    );
    assert_eq!(
        speakers("“It is destroying this committee,” said Del. Ana Ruiz of the Virgin Islands."),
        vec![some("Ana Ruiz")]
    );
}

#[test]
fn a_day_or_a_noun_in_ly_is_part_of_the_subject() {
    assert_eq!(
        speakers("“The pier may reopen,” the order released Friday said."),
        vec![some("the order")]
    );
    assert_eq!(
        speakers("“We endorse her,” the influential Harbour daily wrote."),
        vec![some("the influential Harbour daily")]
    );
}

#[test]
fn a_participle_after_a_closed_relative_clause_is_the_subject_s() {
    assert_eq!(
        speakers(
            "Sen. Ana Ruiz weighed in on allegations against the mayor’s aide, who \
             allegedly shoved a reporter, calling it a “fireable offense.”"
        ),
        vec![some("Ana Ruiz")]
    );
    // with no subject of its own, the clause's antecedent speaks
    assert_eq!(
        speakers("There is talk about Ana Ruiz, who is the liveliest on the stage, saying “the pier stays.”"),
        vec![some("Ana Ruiz")]
    );
}

#[test]
fn a_titled_name_after_its_description_opens_the_sentence() {
    let body = "Harbour Trust Chairman Sir Archy Kell, who chairs the board, said that when \
                Mr Webb had spoken he got the “clear impression” the pier would close.\n\n\
                He added the board was “duty bound” to act.";
    assert_eq!(speakers(body), vec![some("Archy Kell"), some("Archy Kell")]);
}

#[test]
fn an_organisation_s_name_runs_over_of_and_its_officer_speaks() {
    assert_eq!(
        speakers("The Harbour Council of Elders said in a statement: “We are concerned.”"),
        vec![some("Harbour Council of Elders")]
    );
    assert_eq!(
        speakers(
            "In a statement, the Department of Harbours and Fisheries said the plan meant a \
             “sixfold cut” in waste."
        ),
        vec![some("Department of Harbours and Fisheries")]
    );
    assert_eq!(
        speakers("“Rates will hold,” said Bank of Harbourland chief Ana Ruiz, despite warnings."),
        vec![some("Ana Ruiz")]
    );
    assert_eq!(
        speakers("“The pound is not weak,” said Treasury Under Secretary Ana Ruiz."),
        vec![some("Ana Ruiz")]
    );
    assert_eq!(
        speakers(
            "Liberal Democrat peer Lord Webb called for observers, saying the count was \
             “wide open to fraud”."
        ),
        vec![some("Webb")]
    );
}

#[test]
fn the_one_quoted_a_set_off_speaker_and_a_place_before_an_honorific() {
    assert_eq!(
        speakers("“We lost,” the agency quoted harbour master Ana Ruiz as saying."),
        vec![some("Ana Ruiz")]
    );
    assert_eq!(
        speakers("Tom Webb spoke to the radio.\n\n“We lost,” the agency quoted him as saying."),
        vec![some("Tom Webb")]
    );
    assert_eq!(
        speakers("Ultimately, there will be, says Mr Webb, no value in being “computer literate”."),
        vec![some("Webb")]
    );
    assert_eq!(
        speakers("Speaking in Hull Mr Webb said: “People want a choice.”"),
        vec![some("Webb")]
    );
    assert_eq!(
        speakers(
            "Ana Ruiz of the Harbour Trust told reporters the move was “a business decision”."
        ),
        vec![some("Ana Ruiz")]
    );
}

#[test]
fn a_headline_in_title_case_is_not_one_long_name() {
    let body = "Ana Ruiz Goes After Tom Webb As The New Harbour Boss\n\n\
                “I can see two or three causes,” she said.";
    assert_eq!(speakers(body), vec![some("Ana Ruiz")]);
}

#[test]
fn a_speaker_phrase_ends_before_during_whether_and_a_participle_by() {
    assert_eq!(
        speakers("“It was a mistake,” said former executive Ana Ruiz during the second debate."),
        vec![some("Ana Ruiz")]
    );
    assert_eq!(
        speakers(
            "According to a civil complaint filed by the regulator, the firm “misled investors.”"
        ),
        vec![some("a civil complaint")]
    );
    // "states" before its verb is the noun, not a cue
    let cues = per_quote(
        "Setting aside politics, states have different rules, and there would be “immediate” concerns.",
        |_, q| q.cue.as_ref().map(|c| c.text.clone()),
    );
    assert_eq!(cues, vec![None]);
}

#[test]
fn a_phrase_after_according_to_ends_at_a_second_article_and_a_number_is_nobody() {
    assert_eq!(
        speakers(
            "According to the harbour report the trend marked swimmers out as “particularly keen”."
        ),
        vec![some("the harbour report")]
    );
    let found =
        speakers("The number of ferries is predicted to grow by 11%, a rise called “modest”.");
    assert_ne!(found, vec![some("11")]);
}

#[test]
fn a_name_then_its_organisation_and_a_stray_comma_is_the_subject() {
    assert_eq!(
        speakers("“Everything is going digital,” Ana Ruiz from the Harbour Traders Association, told the radio."),
        vec![some("Ana Ruiz")]
    );
    // a name inside the clause is not
    assert_eq!(
        speakers(
            "But Tom Webb, who was adviser to Ana Ruiz in the White House, tweeted that it was “a mistake.”"
        ),
        vec![some("Tom Webb")]
    );
}

#[test]
fn the_one_quoted_as_saying_in_the_passive_speaks() {
    assert_eq!(
        speakers("“We will rebuild,” the mayor was quoted as saying."),
        vec![some("the mayor")]
    );
    assert_eq!(
        speakers("“We will rebuild,” Ana Ruiz has been quoted by the Herald as saying."),
        vec![some("Ana Ruiz")]
    );
}

#[test]
fn an_infinitive_a_described_message_and_a_verdict_after_the_quote() {
    assert_eq!(
        speakers("“We will rebuild,” the mayor is reported to have said."),
        vec![some("the mayor")]
    );
    assert_eq!(
        speakers("“We will rebuild,” the mayor was heard to say."),
        vec![some("the mayor")]
    );
    assert_eq!(
        speakers("Ana Ruiz runs the harbour.\n\nHer message to residents was simple: “Stay off the pier.”"),
        vec![some("Ana Ruiz")]
    );
    assert_eq!(
        speakers("“Not this year.” That was the verdict of the harbour master, Ana Ruiz."),
        vec![some("Ana Ruiz")]
    );
    // a reply with nobody named is still nobody's
    assert_eq!(speakers("“Not this year,” came the answer."), vec![None]);
}

#[test]
fn a_refusal_to_say_still_introduces_the_quote_after_it() {
    // what the speaker would not say, then what they did: their words
    let body = "Ana Ruiz declined to say when the pier would reopen. “We are still assessing it.”";
    assert_eq!(speakers(body), vec![some("Ana Ruiz")]);
    // an infinitive after something other than a verb of being is no cue
    let body = "The board has until next week to announce its decision on the “harbour plan”.";
    assert_ne!(read(body)[0].1, some("next week"));
}

#[test]
fn after_an_inverted_verb_an_organisation_s_officer_is_named_in_apposition() {
    assert_eq!(
        speakers("“We are ready,” said the House of Harbours Speaker, Tom Webb."),
        vec![some("Tom Webb")]
    );
    assert_eq!(
        speakers("“We are ready,” said the harbour master, Ana Ruiz, on Monday."),
        vec![some("Ana Ruiz")]
    );
}

#[test]
fn the_phrase_a_prepositional_chain_hangs_from_is_the_subject() {
    assert_eq!(
        speakers(
            "“We are ready,” a spokesman at the Ministry of Harbours in Hull, said on Monday."
        ),
        vec![some("a spokesman")]
    );
    assert_eq!(
        speakers("A spokeswoman for the Harbour Trust, which runs the pier, said: “We are ready.”"),
        vec![some("A spokeswoman")]
    );
    // a description set beside a name gives way to the name
    assert_eq!(
        speakers("Tom Webb, a spokesman for the Harbour Trust, which runs the pier, said: “We are ready.”"),
        vec![some("Tom Webb")]
    );
}

#[test]
fn a_sentence_adverb_before_a_name_leaves_it_the_subject() {
    // "Maybe Lee is …": Lee is the subject the next "he" goes back to,
    // not the name at the end of the sentence.
    assert_eq!(
        speakers(
            "Tom Lee won the seat.\n\nMaybe Lee is the Lucky Charm.\n\n\
             Maybe the key is what he said about the “fair deal.”"
        ),
        vec![some("Tom Lee")]
    );
}

#[test]
fn a_verb_of_saying_after_a_modal_is_a_cue() {
    assert_eq!(
        speakers(
            "The timing was so strange that a spokesman for the mayor could only quip: \
             “I guess Christmas was booked.”"
        ),
        vec![some("a spokesman")]
    );
    assert_eq!(
        speakers("Months later, Ana Ruiz would argue that the plan was “a trap.”"),
        vec![some("Ana Ruiz")]
    );
    // a denial is no cue, nor the noun
    let cues = |body: &str| per_quote(body, |_, q| q.cue.as_ref().map(|c| c.text.clone()));
    assert_eq!(
        cues("The mayor would not quip: “Christmas was booked.”"),
        vec![some(":")]
    );
    assert_eq!(
        cues("His quip, “Christmas was booked,” fell flat with Ruiz."),
        vec![None]
    );
}

#[test]
fn a_thing_called_something_is_a_term() {
    let kinds = |body: &str| read(body).into_iter().map(|(k, _)| k).collect::<Vec<_>>();
    assert_eq!(
        kinds("Doctors hope to use it for what is today typically called “regenerative medicine.”"),
        vec![QuoteKind::Term]
    );
    assert_eq!(
        kinds(
            "Senators attacked the planning loophole called an “infill,” which lets firms build."
        ),
        vec![QuoteKind::Term]
    );
    // somebody calling something that is quoting them
    assert_eq!(
        speakers("The mayor called the plan “a disaster.”"),
        vec![some("The mayor")]
    );
    assert_eq!(
        speakers("The mayor called “a disaster” the plan to close the pool."),
        vec![some("The mayor")]
    );
}

#[test]
fn a_participle_after_a_clause_goes_with_the_clause_s_people() {
    // the sentence's subject is a thing; the clause before the participle
    // has people in it
    assert_eq!(
        speakers(
            "The first scuffle came during a talk at the library, when protesters \
             interrupted him, shouting “tolls out, now!”"
        ),
        vec![some("protesters")]
    );
    assert_eq!(
        speakers("The rally ended when the students marched out, chanting “no more cuts.”"),
        vec![some("the students")]
    );
    // a person as the subject keeps the participle
    assert_eq!(
        speakers("Ana Ruiz left the stage when the crowd booed, saying she would be “back soon.”"),
        vec![some("Ana Ruiz")]
    );
    // but a crowd chants
    assert_eq!(
        speakers(
            "Ruiz spoke near the depot, where about 50 strikers had gathered, \
             chanting “fair shifts or no shifts.”"
        ),
        vec![some("50 strikers")]
    );
}

#[test]
fn a_given_name_on_its_own_is_someone_a_pronoun_can_mean() {
    assert_eq!(
        speakers(
            "Mayor Ana Ruiz opened the bridge. Tom Hale, 64, cheered.\n\n\
             Hale’s wife, Mary, was less sure. “I will believe it when I see buses,” she said."
        ),
        vec![some("Mary")]
    );
    // an award is nobody
    assert_eq!(
        speakers("Ana Ruiz spoke. The Oscar race means “few surprises,” she said."),
        vec![some("Ana Ruiz")]
    );
}

#[test]
fn what_people_call_something_is_their_term() {
    assert_eq!(
        speakers("The case is the latest of what prosecutors call “insider frauds.”"),
        vec![some("prosecutors")]
    );
    assert_eq!(
        speakers("Residents hate the tower. They call it “the Needle.”"),
        vec![some("They")]
    );
    // the noun is no cue
    assert_eq!(
        read("The mayor’s call for “calm heads” went unheeded."),
        vec![(QuoteKind::Term, None)]
    );
}

#[test]
fn a_memory_or_a_question_about_someone_just_before_a_quote_gives_their_words() {
    assert_eq!(
        speakers("Ana Ruiz runs the bakery.\n\nThe shop nearly closed. Ruiz remembers the empty shelves. “I cried every night.”"),
        vec![some("Ana Ruiz")]
    );
    assert_eq!(
        speakers("Ana Ruiz runs the bakery.\n\nWhat keeps her going? “Flour, and stubbornness.”"),
        vec![some("Ana Ruiz")]
    );
    // a question about nobody named, or one that is itself quoted, gives nothing
    assert_eq!(
        speakers("What keeps a town going? “Flour, and stubbornness.”"),
        vec![None]
    );
}

#[test]
fn a_named_person_s_frame_of_mind_before_a_quote_attributes_it() {
    assert_eq!(
        speakers("Dee Hart was unconvinced. “Words are cheap.”"),
        vec![some("Dee Hart")]
    );
    assert_eq!(
        speakers("Dee Hart is defiant. “I would do it again.”"),
        vec![some("Dee Hart")]
    );
}

#[test]
fn a_quote_after_a_speaker_s_quote_goes_on_from_it_whatever_follows() {
    assert_eq!(
        speakers(
            "“The logo is the way forward,” said David Mercer, an analyst. \
             “But it is not on many products yet.” The industry said that sales will rise."
        ),
        vec![some("David Mercer"), some("David Mercer")]
    );
}

#[test]
fn an_organisation_that_it_stands_for_is_named() {
    assert_eq!(
        speakers(
            "The agency declined to respond.\n\n\
             In a statement, it said only that the dam “meets all federal standards.”"
        ),
        vec![some("The agency")]
    );
    assert_eq!(
        speakers("The Harbour Trust met on Monday. It said the pier was “beyond repair.”"),
        vec![some("The Harbour Trust")]
    );
    // a thing before "it" is no speaker's name
    assert_eq!(
        speakers("The plan failed. It said nothing about “the real problem.”"),
        vec![some("It")]
    );
}

#[test]
fn an_object_before_in_a_statement_is_no_owner_of_it() {
    assert_eq!(
        speakers(
            "Mara Lind has led the firm since 2019.\n\n\
             The board backed her in a statement: “Mara has our full confidence.”"
        ),
        vec![some("The board")]
    );
    // the owner right before the noun still speaks
    assert_eq!(
        speakers("Mara Lind spoke first.\n\nHer statement: “We will stay.”"),
        vec![some("Mara Lind")]
    );
}

#[test]
fn whoever_is_told_something_did_not_say_it() {
    assert_eq!(
        read("Residents were told the water was “safe to drink.”"),
        vec![(QuoteKind::Term, None)]
    );
    // with the teller named, the words are theirs
    assert_eq!(
        speakers("Staff were informed by managers that jobs were “at risk.”"),
        vec![some("managers")]
    );
}

#[test]
fn a_participle_after_an_inverted_attribution_goes_on_from_it() {
    assert_eq!(
        speakers(
            "Fire chief Lena Voss spoke.\n\n\
             The cause is under investigation, Voss said, adding: “We will know more tomorrow.”"
        ),
        vec![some("Lena Voss")]
    );
    // a participle phrase is no part of the speaker
    assert_eq!(
        speakers("“Thank you, firefighters,” read a handwritten sign taped to a lamppost."),
        vec![some("a handwritten sign")]
    );
}

#[test]
fn an_unnamed_source_is_vague_at_a_sentence_start_too() {
    let vague = |body: &str| {
        per_quote(body, |_, q| {
            q.speaker.as_ref().map(|s| (s.name.clone(), s.vague))
        })
    };
    assert_eq!(
        vague("A source familiar with the talks said: “There is no deal.”"),
        vec![Some(("A source".to_string(), true))]
    );
    assert_eq!(
        vague("The mayor said: “There is no deal.”"),
        vec![Some(("The mayor".to_string(), false))]
    );
}

#[test]
fn a_figure_or_a_cited_report_says_no_next_sentence() {
    // A figure, a count or a document only cited backs its own sentence;
    // the stand-alone quote after it has no speaker.
    for body in [
        "Unemployment rose to 6 percent last year, according to county statistics.\n\n“We have never seen anything like it in the valley.”",
        "The number of visitors fell by a third, according to figures released on Monday. “Nobody comes any more. The hotels are empty.”",
        "Sales collapsed, according to a report filed by the regulator.\n\n“It is a disaster for the whole town.”",
        "Figures from the port authority show that 4,000 containers were lost. “We cannot go on like this.”",
        "According to the 2021 census, the village has 312 people. “Everyone here knows everyone else.”",
        "The latest poll suggests the mayor trails by nine points.\n\n“The race is over and everyone knows it.”",
        "Crime fell 12 percent, the data showed. “The streets feel safer than they have in years.”",
        // The figure noun heads a relative clause whose subject is no
        // speaker of the next paragraph.
        "According to data the agency published on its website, 900 homes lost power.\n\n“It is not a crisis. It is a lesson.”",
        "According to figures that the council gave the court, rents rose by a fifth.\n\n“Nobody can live on these wages.”",
    ] {
        assert_eq!(speakers(body).last().unwrap(), &None, "{body}");
    }
    // Look-alikes: a person, an organisation, or a document with a verb of
    // saying goes on speaking.
    assert_eq!(
        speakers(
            "The road will reopen, according to the mayor, Ana Ruiz. “We have done our part.”"
        ),
        vec![some("Ana Ruiz")]
    );
    assert_eq!(
        speakers("The ministry said the road would reopen in May. “The repairs are on schedule.”"),
        vec![some("The ministry")]
    );
    assert_eq!(
        speakers("“We demand an inquiry,” the letter said. “Nothing less will do.”"),
        vec![some("the letter"), some("the letter")]
    );
    assert_eq!(
        speakers(
            "Unemployment rose, according to county statistics. “It is bad,” said Mayor Ana Ruiz."
        ),
        vec![some("Ana Ruiz")]
    );
    // In its own sentence a cited report still backs the quote.
    assert_eq!(
        speakers("The repairs were “long overdue,” according to a report by the council."),
        vec![some("a report")]
    );
}

#[test]
fn a_speaker_found_without_a_cue_does_not_carry() {
    // The subject of a sentence that holds a fragment made no speech act:
    // the next sentence's quote is nobody's.
    for body in [
        "Webb expects the talks to be “long and painful.”\n\n“It will take a generation to rebuild.”",
        "The mayor hopes for “a quick fix.” “The bridge will be open by May.”",
        "Ortiz anticipated “a hard winter” for the fleet.\n\n“We will lose boats, and we will lose men.”",
        "Coach Lena Park wants “more grit” from her side. “They have to fight for every ball.”",
        "Residents fear “another flood” this spring.\n\n“The river has never been this high in March.”",
    ] {
        assert_eq!(speakers(body).last().unwrap(), &None, "{body}");
    }
    // A cue is a speech act: the same sentences with one carry.
    assert_eq!(
        speakers("Webb said the talks would be “long and painful.”\n\n“It will take a generation to rebuild.”"),
        vec![some("Webb"), some("Webb")]
    );
    assert_eq!(
        speakers("Coach Lena Park called for “more grit.” “They have to fight for every ball.”"),
        vec![some("Lena Park"), some("Lena Park")]
    );
}

#[test]
fn the_reporters_own_sentences_end_a_speakers_turn() {
    // Three sentences in the reporter's voice between a speaker's words and
    // a stand-alone quote in the same paragraph leave the quote unattributed.
    for body in [
        "“We will rebuild,” said Ana Ruiz. The harbour was built in 1890. Its walls are granite. The storm broke them in two places. “It will cost millions.”",
        "The bakery will hire 12 bakers, said owner Omar Haddad. It opened in 1962. Its ovens burn wood. Bread sells out by nine. “Flour costs have doubled since spring.”",
        "“The ferry is late again,” he said of the crossing. Ferries have run since 1850. The boats seat 300. Tickets cost five euros. “Nobody trusts the timetable.”",
        "Lee said the plan was sound. The council meets on Monday. It has 40 members. Most are new. “I expect a clear vote.”",
        "“It was a close call,” admitted Tom Webb. The choir placed second. It tours Graz next. The hall holds 900. “Our altos carried the night.”",
    ] {
        assert_eq!(speakers(body).last().unwrap(), &None, "{body}");
    }
    // Look-alikes: one sentence of background, sentences about the speaker,
    // or the speaker's own words in between keep the turn.
    assert_eq!(
        speakers("“We will rebuild,” said Ana Ruiz. The harbour was built in 1890. “It will cost millions.”"),
        vec![some("Ana Ruiz"), some("Ana Ruiz")]
    );
    assert_eq!(
        speakers("“The loaves are ready,” said Tom Webb. Tom Webb rises at four. Tom Webb bakes alone. Tom Webb sells out by nine. “I would not trade it for anything.”"),
        vec![some("Tom Webb"), some("Tom Webb")]
    );
    assert_eq!(
        speakers("“We will rebuild,” said Ana Ruiz. “The walls are granite.” The storm broke them. “It will cost millions.”"),
        vec![some("Ana Ruiz"), some("Ana Ruiz"), some("Ana Ruiz")]
    );
}

#[test]
fn a_quote_read_as_a_title_neither_takes_nor_hands_on_a_speaker() {
    // Title case where a title goes: the quote is a title, and the
    // stand-alone quote after it is not carried from it.
    assert_eq!(
        read("The season opens with “Harbour Lights” at the Lyric.\n\n“It will be the best year we have had.”"),
        vec![(QuoteKind::Title, None), (QuoteKind::Speech, None)]
    );
    assert_eq!(
        read("“We open in May,” said Ana Ruiz. Tickets for “Salt Road” go on sale on Monday."),
        vec![
            (QuoteKind::Speech, some("Ana Ruiz")),
            (QuoteKind::Title, None)
        ]
    );
}

#[test]
fn a_carried_speaker_says_where_it_came_from() {
    let reasons = per_quote(
        "“We will rebuild,” said Ana Ruiz. “It will cost millions.”",
        |_, q| q.reason.clone(),
    );
    assert_eq!(
        reasons[1],
        "continues the words of Ana Ruiz in the sentence before (cue: “said”)"
    );
}

#[test]
fn a_thing_as_subject_says_no_bare_word_in_marks() {
    // With no cue, a word or two in marks belongs to the sentence's subject
    // only when that subject is somebody: a thing's "words" are a term.
    for body in [
        "The talks are on “hold” for now.",
        "The files were marked “top secret” in 1998.",
        "The new model is sold as a “family car” across Europe.",
        "The bill would create “safe zones” near clinics.",
        "The attachment is labelled “invoice” or “receipt”.",
        "The storm left the village “cut off” for a week.",
    ] {
        assert!(
            read(body)
                .iter()
                .all(|(k, s)| *k == QuoteKind::Term && s.is_none()),
            "{body}: {:?}",
            read(body)
        );
    }
    // Look-alikes: a person, a group or an organisation as the subject.
    assert_eq!(
        speakers("Ana Ruiz is “furious” about the delay."),
        vec![some("Ana Ruiz")]
    );
    assert_eq!(
        speakers("The ministry is “confident” of a deal."),
        vec![some("The ministry")]
    );
    assert_eq!(
        speakers("Residents are “fed up” with the noise."),
        vec![some("Residents")]
    );
    // More than a bare word or two is still the subject's.
    assert_eq!(
        speakers("The plan promises “a school in every village by 2030” to voters."),
        vec![some("The plan")]
    );
}

#[test]
fn a_colon_ending_the_paragraph_before_hands_the_floor_to_its_subject() {
    for (body, who) in [
        ("Ana Ruiz met the strikers at noon. She then listed her demands:\n\n“Free the hostages and open the border.”", "Ana Ruiz"),
        ("The new coach had one message for the squad:\n\n“Nobody eats until we win.”", "The new coach"),
        ("Tom Webb left the stage. He came back with a warning:\n\n“This is not over.”", "Tom Webb"),
        ("The harbour master, Lena Park, put it bluntly:\n\n“The pier is finished.”", "The harbour master"),
        ("Residents had a simple request for the council:\n\n“Fix the road.”", "Residents"),
    ] {
        assert_eq!(speakers(body).last().unwrap(), &some(who), "{body}");
    }
    // Look-alikes: a thing as the subject introduces no one's words.
    for body in [
        "The schedule for the week is as follows:\n\n“Monday: arrivals. Tuesday: talks.”",
        "The sign on the door was short:\n\n“Closed until further notice.”",
    ] {
        assert_eq!(speakers(body).last().unwrap(), &None, "{body}");
    }
}

#[test]
fn when_the_speech_happened_is_no_speaker() {
    for (body, who) in [
        (
            "“It was a disgrace,” said last week a spokesman for the club.",
            "a spokesman",
        ),
        (
            "“We will appeal,” said on Monday the lawyer for the family.",
            "the lawyer",
        ),
        (
            "“The pier is safe,” said yesterday Ana Ruiz, the harbour master.",
            "Ana Ruiz",
        ),
        (
            "“Nobody told us,” said earlier this week a resident of the estate.",
            "a resident",
        ),
        ("“It is over,” said this morning Tom Webb.", "Tom Webb"),
    ] {
        let got = speakers(body);
        assert!(
            got[0].as_deref().is_some_and(|s| s.starts_with(who)),
            "{body}: {got:?}"
        );
    }
    // Look-alike: a name after the time phrase is still found when the
    // cue comes first.
    assert_eq!(
        speakers("Last week Ana Ruiz said: “The pier is safe.”"),
        vec![some("Ana Ruiz")]
    );
}

#[test]
fn an_inverted_cue_with_a_long_description_names_its_speaker() {
    for (body, who) in [
        (
            "“We lost everything,” said flood survivor Ana Reyes of Valencia.",
            "Ana Reyes",
        ),
        (
            "“The council has failed,” opined the Daily Ledger in an editorial.",
            "the Daily Ledger",
        ),
        (
            "“It cannot stand,” wrote retired Supreme Court justice Lena Park.",
            "Lena Park",
        ),
        (
            "“Get out now,” warned veteran harbour pilot Tom Webb, 71.",
            "Tom Webb",
        ),
        (
            "“It's a scandal,” said longtime city council member and former teacher Omar Haddad.",
            "Omar Haddad",
        ),
    ] {
        let got = speakers(body);
        assert!(
            got.len() == 1 && got[0].as_deref().is_some_and(|s| s.ends_with(who)),
            "{body}: {got:?}"
        );
    }
}

#[test]
fn a_label_applied_by_a_document_a_rule_or_a_court_is_a_term() {
    for body in [
        "Webb said the files were marked “top secret” in 1998.",
        "The agency said 2,000 emails were rated “confidential,” the lowest level.",
        "Ruiz told the court the drug was classified as “high risk” in Spain.",
        "The ministry said the pier was designated a “no-go zone” on Friday.",
        "Officials said the driver was charged with “gross negligence” after the crash.",
        "The lawyers noted that a captain was found guilty of “reckless endangerment” in 2011.",
        "The boxes, stamped “fragile,” sat on the dock, the harbour master said.",
    ] {
        let got = read(body);
        assert!(
            got.iter()
                .any(|(k, s)| *k == QuoteKind::Term && s.is_none()),
            "{body}: {got:?}"
        );
    }
    // Look-alikes: the speaker's own words after the same verbs, a passage
    // too long for a label, and a mark that is no label.
    assert_eq!(
        speakers("“It was marked for demolition,” said Ana Ruiz."),
        vec![some("Ana Ruiz")]
    );
    assert_eq!(
        speakers("Ruiz said he was charged with “stealing from the very people who trusted him.”"),
        vec![some("Ruiz")]
    );
    assert_eq!(
        speakers("Webb marked the day by saying “we will never forget them.”"),
        vec![some("Webb")]
    );
}

#[test]
fn a_speakers_turn_ends_when_the_reporter_takes_over() {
    // two sentences of the reporter's own between: the quote after them
    // needs its own attribution
    let table = [
        "“We open at dawn,” Leo Brandt said. The bakery opened in 1962. Its ovens burn beech wood. “Bread sells out by nine every day.”",
        "Leo Brandt said the ovens were old. The bakery opened in 1962. Its ovens burn beech wood. Rye sells best. “We will replace all of them next spring.”",
        "Nguyễn Thị Lan, who runs the clinic, told reporters it was full. Beds line the corridor. Two nurses left in May. “Ten families a week are turned away.”",
        "The clinic is full, Olusegun Adeyemi added. Beds line the corridor. Two of the nurses left in May. The roof leaks. “We are turning away ten families a week.”",
        "Beds line the corridor, according to Dr Ines Okafor. The clinic opened in 1990. Its roof leaks. “Ten families a week are turned away.”",
    ];
    for body in table {
        assert_eq!(speakers(body).last(), Some(&None), "{body}");
    }
    // a speech act after the quote reaches back only from the sentence
    // right after it
    assert_eq!(
        speakers("The bakery opened in 1962. “Bread sells out by nine every day.” Its ovens burn beech wood. The loaves are rye. Leo Brandt says queues start early."),
        vec![None]
    );
    assert_eq!(
        speakers("“Bread sells out by nine every day.” Leo Brandt says queues start early."),
        vec![some("Leo Brandt")]
    );
    // look-alikes that still carry: one sentence of the reporter's, or
    // sentences about the speaker
    assert_eq!(
        speakers("“We open at dawn,” Leo Brandt said. The bakery opened in 1962. “Bread sells out by nine every day.”"),
        vec![some("Leo Brandt"), some("Leo Brandt")]
    );
    assert_eq!(
        speakers("The clinic is full, Olusegun Adeyemi said. Adeyemi has run it since 2001. Adeyemi works nights too. “We are turning away ten families a week.”"),
        vec![some("Olusegun Adeyemi")]
    );
    // words in the first person need an "I" or a "we": the speaker the
    // paragraph has been quoting is theirs across two of the reporter's
    // sentences, not three
    let first_person = [
        ("“We open at dawn,” Leo Brandt said. The bakery opened in 1962. His grandfather Karl built it with borrowed money. “My father built the ovens.”", "Leo Brandt"),
        ("Leo Brandt said the ovens were old. The bakery opened in 1962. His son Tom now runs the kitchen. “We will replace all of them next spring.”", "Leo Brandt"),
        ("Nguyễn Thị Lan, who runs the clinic, told reporters it was full. Beds line the corridor. Two nurses left in May. “I can’t keep asking the others for double shifts.”", "Nguyễn Thị Lan"),
        ("“Nobody told us,” said Ana Ruiz. Her street flooded twice in May. Neighbours on Mill Lane keep sandbags at every door. “Our cellar is still wet.”", "Ana Ruiz"),
    ];
    for (body, who) in first_person {
        assert_eq!(speakers(body).last(), Some(&some(who)), "{body}");
    }
    // a question the reporter puts between two quotes is put to the
    // speaker: the quote after it answers
    assert_eq!(
        speakers("“The party is ready to govern,” Mr Kemal said. But has it not said so before? Would voters believe it? “The difference is that the old guard has gone.”").last(),
        Some(&some("Kemal"))
    );
    // unless someone else is brought on in between, speaking as "I"
    assert_eq!(
        speakers("Coach Rita Alves said: “We were sloppy.\n\n“We lost our shape after the break.” Joao Mendes, though, was upbeat. “I think we can still win the league.”").last(),
        Some(&some("Joao Mendes"))
    );
    // but a sentence naming the speaker keeps the floor with them
    assert_eq!(
        speakers("“Schools matter most,” says Lena Voss, 32. Voss backs Governor Ana Ruiz in the race. “I still have loans to pay.”").last(),
        Some(&some("Lena Voss"))
    );
    // a quote running on from the paragraph before counts where it ends
    assert_eq!(
        speakers("Coach Rita Alves said: “We were sloppy.\n\n“We lost our shape after the break.” Striker Joao Mendes limped off late on. “Ten days off will do the squad good.”").last(),
        Some(&some("Rita Alves"))
    );
}

#[test]
fn a_group_reported_speaking_gives_no_speaker_to_a_quote_after() {
    // many people or bodies reported as saying something: a whole sentence
    // in marks after it is one voice, and needs naming
    let table = [
        "Ministers from six governments have urged the bank to act, saying the currency is too strong. “It is essential that our partners understand this.”",
        "Residents said the water had been brown for weeks. “Nobody has tested it since the spring.”",
        "Economists at three banks warned that growth would slow. The figures are due on Friday. “A recession is not the most likely outcome.”",
    ];
    for body in table {
        assert_eq!(speakers(body).last(), Some(&None), "{body}");
    }
    // a group reported speaking after someone quoted takes the floor from them
    assert_eq!(
        speakers("“We will ask for a vote,” said Pia Lund. Ministers from six governments have urged the bank to act, saying the currency is too strong. “It is essential that our partners understand this.”").last(),
        Some(&None)
    );
    // a group's own quote, or one person named among them, still carries
    assert_eq!(
        speakers("“We want the road reopened,” the residents said. “Nobody has asked us.”").last(),
        Some(&some("the residents"))
    );
    assert_eq!(
        speakers("Ana Ruiz said the water had been brown for weeks. “Nobody has tested it since the spring.”").last(),
        Some(&some("Ana Ruiz"))
    );
}

#[test]
fn a_cue_in_a_relative_clause_about_the_speaker_reports_no_words() {
    let s = speakers(
        "The board is wary of Mayor Ana Ruiz, who has mused about selling the harbour.\n\n\
         “Is a harbour without boats still a harbour at all?”",
    );
    assert_eq!(s, vec![None]);
    let s = speakers(
        "Critics point to Leo Brandt, who once argued for closing the ferry.\n\n\
         “Nobody in this town wants to lose the ferry.”",
    );
    assert_eq!(s, vec![None]);
    // a relative clause closed before the cue leaves the report the speaker's
    let s = speakers(
        "Ana Ruiz, who chairs it, said the harbour would be sold.\n\n\
         “Is a harbour without boats still a harbour at all?”",
    );
    assert_eq!(s, vec![some("Ana Ruiz")]);
    // the speaker's own report still carries
    let s = speakers(
        "Mayor Ana Ruiz has said she may sell the harbour.\n\n\
         “Is a harbour without boats still a harbour at all?”",
    );
    assert_eq!(s, vec![some("Ana Ruiz")]);
}

#[test]
fn a_feeling_in_a_later_clause_is_its_subjects() {
    let table = [
        "The film rights are already sold, but Ana Ruiz is keen to wait. “A film can come in three years.”",
        "The tickets were snapped up in an hour and Leo Brandt is delighted. “We never expected a full house.”",
        "After three wins in a row, Olusegun Adeyemi is brimming with confidence. “I have waited six years for this.”",
        "The season starts on Friday; Nguyễn Thị Lan remains upbeat. “We have the best squad in years.”",
        "The vote went against him, yet Tomás Ortega was unrepentant. “I would do it all again.”",
    ];
    for body in table {
        assert!(speakers(body).last().unwrap().is_some(), "{body}");
    }
    // a feeling with no person in its clause gives no speaker
    assert_eq!(
        speakers("The rights are already sold, but the studio is keen to wait. “A film can come in three years.”"),
        vec![None]
    );
    // "snapped up" is buying, not a remark
    assert_eq!(
        speakers("Leo Brandt and his fans snapped up the tickets. “It will be a long night.”"),
        vec![None]
    );
}

#[test]
fn a_person_known_by_a_letter_is_a_speaker() {
    let table = [
        "In a letter, detainee 'A' said: “I want to go home to my children.”",
        "“I want to go home to my children,” prisoner ‘B’ wrote.",
        "Witness “C” told the court: “I saw the van at nine.”",
    ];
    for body in table {
        assert!(speakers(body).last().unwrap().is_some(), "{body}");
    }
    // a grade in quote marks is no one
    assert_eq!(
        read("The school earned a “B” from the inspectors."),
        vec![(QuoteKind::Term, None)]
    );
}

#[test]
fn a_view_someone_holds_names_whose_words_they_are() {
    let table = [
        "“It is an across-the-board failure” from the docks to the depots, in Ana Ruiz’s view.",
        "In Leo Brandt’s view, “the harbour has been run into the ground.”",
        "In his opinion, “the harbour has been run into the ground,” and Ruiz agreed.",
        "The harbour is “a slow-motion disaster,” in the estimation of Olusegun Adeyemi.",
        "“Nobody planned for the storms,” in the harbour master’s telling.",
    ];
    for body in table {
        assert!(speakers(body)[0].is_some(), "{body}");
    }
    // a view in the middle of the sentence is not a closing attribution
    assert_eq!(
        speakers(
            "“Harbour Lights,” in Ana Ruiz’s view the best play of the year, opens on Friday."
        ),
        vec![None]
    );
}

#[test]
fn went_on_takes_up_the_words_again_and_agreeing_to_is_no_speech() {
    let s = speakers("Ana Ruiz spoke for an hour.\n\nThe harbour was full. “Nobody will fish here again,” she went on.");
    assert_eq!(s, vec![some("Ana Ruiz")]);
    assert_eq!(
        speakers("Leo Brandt went on: “The ovens are older than I am.”"),
        vec![some("Leo Brandt")]
    );
    assert_eq!(
        speakers("“The ovens are old,” Leo Brandt goes on, “and so am I.”"),
        vec![some("Leo Brandt"), some("Leo Brandt")]
    );
    // going on with something else says nothing
    assert_eq!(
        speakers("The strike went on for weeks. The port was shut. The ships were idle. “We will not go back.”"),
        vec![None]
    );
    assert_eq!(
        speakers("Ana Ruiz went on to win the seat. The count took all night. The hall was cold. “It was a long night.”"),
        vec![None]
    );
    // agreeing to something is no speech act: the scare quote is a term
    assert_eq!(
        read("The party leaders agreed to a “pause” in the talks."),
        vec![(QuoteKind::Term, None)]
    );
    assert_eq!(
        read("The unions agreed to “pause” the strike until May."),
        vec![(QuoteKind::Term, None)]
    );
    // agreeing that, or with a colon, reports words
    assert_eq!(
        speakers("Leo Brandt agreed that the pier was “beyond repair.”"),
        vec![some("Leo Brandt")]
    );
    assert_eq!(
        speakers("Leo Brandt blurted out, “Not again,” and left the room."),
        vec![some("Leo Brandt")]
    );
}

#[test]
fn a_bare_word_after_a_preposition_and_an_article_is_a_term() {
    let table = [
        "The party leaders agreed to a “pause” in the talks.",
        "Both clubs are pushing for a “reset” of the league.",
        "Ana Ruiz has put the pier in a “holding pattern” until May.",
        "The unions settled on a “truce” for the summer.",
        "Leo Brandt signed up for the “cheap seats” again.",
    ];
    for body in table {
        assert_eq!(read(body), vec![(QuoteKind::Term, None)], "{body}");
    }
    // after a speech noun or a likening verb the words are the subject's
    let table = [
        "Ana Ruiz likened the council to a “sinking ship” on Monday.",
        "Leo Brandt repeated his lament for the “lost harbour” of his youth.",
        "Ana Ruiz paid tribute to the “quiet courage” of the lifeboat crew.",
    ];
    for body in table {
        assert!(speakers(body)[0].is_some(), "{body}");
    }
}

#[test]
fn a_first_person_quote_after_a_sentence_about_a_named_person_is_theirs() {
    let table = [
        "Tomás Ortega spent five weeks in hospital after the crash. “Since then I have not driven a car.”",
        "Nguyễn Thị Lan won her ninth race in a row on Sunday. “My legs felt fresh from the start.”",
        "After the vote, Ana Ruiz walked out of the hall alone. “I needed air, that is all.”",
        "Olusegun Adeyemi, 71, has fished off the pier since 1968. “It is where I learned to swim.”",
        "Leo Brandt finally opened the bakery in May. “I had waited twenty years for this.”",
    ];
    for body in table {
        assert!(speakers(body).last().unwrap().is_some(), "{body}");
    }
    // not a "we", not a thing as the subject, and not a quote that names them
    let table = [
        "Leo Brandt finally opened the bakery in May. “We had waited twenty years for this.”",
        "The bakery finally opened in May. “I had waited twenty years for this.”",
        "Leo Brandt looks set to open in May. “I have no doubt Brandt is ready for it.”",
    ];
    for body in table {
        assert_eq!(speakers(body).last(), Some(&None), "{body}");
    }
}

#[test]
fn a_whole_sentence_after_a_cue_and_a_colon_is_speech_whatever_its_case() {
    let table = [
        "The mayor said simply: “No Comment.”",
        "Leo Brandt told them: “Welcome Home.”",
        "Ana Ruiz told reporters on Monday: “Not Again!”",
        "Tomás Ortega wrote only: “Stop The Presses.”",
        "Nguyễn Thị Lan said: “Thank You All.”",
    ];
    for body in table {
        let r = read(body);
        assert_eq!(r[0].0, QuoteKind::Speech, "{body}");
        assert!(r[0].1.is_some(), "{body}");
    }
    // a title with no colon introduction stays a title
    assert_eq!(
        read("The band played “Welcome Home” at the end."),
        vec![(QuoteKind::Title, None)]
    );
    assert_eq!(
        read("Ruiz said she loved “Harbour Lights” as a child."),
        vec![(QuoteKind::Title, None)]
    );
}

#[test]
fn a_title_case_quote_someone_reads_is_a_title() {
    let table = [
        "Ana Ruiz told reporters she had read “Salt Road” twice.",
        "Leo Brandt reads “The Long Tide” to his sons every night.",
        "As a child, Nguyễn Thị Lan read “Harbour Lights” in one sitting.",
    ];
    for body in table {
        assert_eq!(read(body), vec![(QuoteKind::Title, None)], "{body}");
    }
    // what a note or a statement reads, after a colon or a comma, is its words
    assert_eq!(
        read("The statement read: “We Will Not Close The Pier.”")[0].0,
        QuoteKind::Speech
    );
}

#[test]
fn a_name_after_a_description_with_its_own_phrase_is_the_speaker() {
    let table = [
        (
            "“We will appeal,” said the lawyer for the family, Dana Holt.",
            "Dana Holt",
        ),
        (
            "“We never saw it coming,” said a spokesman for the harbour board, Tomás Ortega.",
            "Tomás Ortega",
        ),
        (
            "“It is over,” said the head of the union, Olusegun Adeyemi, on Monday.",
            "Olusegun Adeyemi",
        ),
        (
            "“Close it,” said the manager at the pier, Nguyễn Thị Lan.",
            "Nguyễn Thị Lan",
        ),
        (
            "“We will appeal,” said the lawyer for the Reyes family, Dana Holt.",
            "Dana Holt",
        ),
    ];
    for (body, who) in table {
        assert_eq!(speakers(body), vec![some(who)], "{body}");
    }
    // a phrase that goes on into a clause is no apposition
    assert_eq!(
        speakers("“We will appeal,” said the lawyer for the family, adding that Holt agreed."),
        vec![some("the lawyer")]
    );
}

#[test]
fn participle_after_a_with_phrase_is_that_phrase_s() {
    let who = |body: &str| speakers(body).into_iter().flatten().collect::<Vec<_>>();
    // A phrase with "of", "from" or a possessive pronoun in it.
    let got = who("Ortiz went after the board, with the campaign of the former mayor from Ohio saying the vote was “rigged from the start.”");
    assert!(got.len() == 1 && got[0].contains("campaign"), "{got:?}");
    let got = who("Hale tried to tie Ortiz to the governor, with one of her ads asking, “Can Ortiz stand up to anyone?”");
    assert!(got.len() == 1 && got[0].contains("ads"), "{got:?}");
    let got = who("The union has attacked the deal, with the former transport secretary calling it “a betrayal of every driver.”");
    assert!(got.len() == 1 && got[0].contains("secretary"), "{got:?}");
    // A second participle joined by "and" has the first one's subject.
    let got = who("Officials were quick to respond, with the harbour master tweeting that it was a “disgrace” and asking, “Who signed off on this?”");
    assert!(
        got.len() == 2 && got.iter().all(|s| s.contains("harbour master")),
        "{got:?}"
    );
    let got = who("Drivers lined the road, with the organiser of the rally shouting that the toll was “theft” and adding, “We will be back every week.”");
    assert!(
        got.len() == 2 && got.iter().all(|s| s.contains("organiser")),
        "{got:?}"
    );
    // Look-alikes: no people after "with", and a participle with no "with".
    assert_eq!(
        speakers("Mayor Ana Ruiz signed the order with softer language calling for “restraint from all sides.”"),
        vec![some("Ana Ruiz")]
    );
    assert_eq!(
        speakers("Ana Ruiz spoke for an hour and ended by saying, “We are not done.”"),
        vec![some("Ana Ruiz")]
    );
}

#[test]
fn a_set_off_connective_or_relative_clause_is_not_the_speaker() {
    // "however", "meanwhile" between the subject and the verb.
    let got = speakers(
        "Supporters of the levy, however, say it would leave “enough money for every school.”",
    );
    assert!(
        got[0].as_deref().is_some_and(|s| s.contains("Supporters")),
        "{got:?}"
    );
    let got =
        speakers("The nurses' union, meanwhile, said the offer was “an insult to every ward.”");
    assert!(
        got[0].as_deref().is_some_and(|s| s.contains("union")),
        "{got:?}"
    );
    // A cue inside a relative clause closed before the quote.
    assert_eq!(
        speakers("Pell said that the council's plan, which some have argued was rushed, was an “insult” to the volunteers."),
        vec![some("Pell")]
    );
    assert_eq!(
        speakers("Ruiz told the board that the audit, which critics claimed was a whitewash, had been “thorough and fair.”"),
        vec![some("Ruiz")]
    );
    // With no cue outside the clause, the quote has none.
    assert_eq!(
        read("The mayor, who said she was tired, wore a “vote yes” badge to the count."),
        vec![(QuoteKind::Term, None)]
    );
    // Look-alikes: the relative clause's own quote, and "as Ruiz put it".
    assert_eq!(
        speakers("Pell backed the plan, which critics have called “a rushed job.”"),
        vec![some("critics")]
    );
    assert_eq!(
        speakers("Officials said the plan, as Ana Ruiz put it, was “dead on arrival.”"),
        vec![some("Ana Ruiz")]
    );
}

#[test]
fn a_time_phrase_is_no_speaker() {
    let got = speakers("The new ad, which, as columnist Dana Ruiz noted last week, cost millions, promises to “stop the rot in City Hall.”");
    assert!(
        got[0].as_deref().is_some_and(|s| !s.contains("week")),
        "{got:?}"
    );
    let got = speakers("The levy, as Tom Bale wrote on Monday, cost every family, he said, “more than a week's wages.”");
    assert!(
        got[0].as_deref().is_some_and(|s| !s.contains("Monday")),
        "{got:?}"
    );
}

#[test]
fn a_speech_verb_used_as_a_noun_or_a_name_is_no_cue() {
    // "late-night tweets": a noun after a preposition and a describing word.
    let got = speakers("Kim says Tom Bale's flurry of late-night tweets about the referee was “beneath a captain.”");
    assert!(
        got[0].as_deref().is_some_and(|s| !s.contains("flurry")),
        "{got:?}"
    );
    // "a group called …": a name given to a thing.
    let got = speakers(
        "A new group called Safe Streets ran ads quoting her remark that “the bridge can wait.”",
    );
    assert!(got[0].as_deref() != Some("group"), "{got:?}");
    let got = speakers("A newly formed super PAC called Safe Streets ran ads quoting her remark that “the bridge can wait.”");
    assert!(got[0].as_deref() != Some("PAC"), "{got:?}");
    // Look-alike: somebody calling somebody something.
    assert_eq!(
        speakers("The NAACP called Ruiz “a friend of the movement.”"),
        vec![some("NAACP")]
    );
    assert_eq!(
        speakers("The mayor called Ruiz “a man who never listens.”"),
        vec![some("The mayor")]
    );
}

#[test]
fn a_beat_between_quote_paragraphs_keeps_the_speaker() {
    let body = "“I am calling from the campaign,” Ana Ruiz said into the phone.\n\nShe pauses.\n\n“Right, that is very kind.”\n\nPause.\n\n“Then we will see you on Tuesday!”";
    assert_eq!(
        speakers(body),
        vec![some("Ana Ruiz"), some("Ana Ruiz"), some("Ana Ruiz")]
    );
    let body = "“We lost the vote,” said Tom Bale.\n\nBale shrugs.\n\n“There is always next year.”";
    assert_eq!(speakers(body), vec![some("Tom Bale"), some("Tom Bale")]);
    // Look-alikes: a beat about somebody else, or a longer paragraph of the
    // reporter's, ends the turn.
    let body =
        "“We lost the vote,” said Tom Bale.\n\nThe line goes dead.\n\n“There is always next year.”";
    assert_eq!(speakers(body), vec![some("Tom Bale"), None]);
    let body = "“We lost the vote,” said Tom Bale.\n\nMark Lee looks away.\n\n“There is always next year.”";
    assert_eq!(speakers(body), vec![some("Tom Bale"), None]);
    let body = "“We lost the vote,” said Tom Bale.\n\nThe count took six hours and ended after midnight in the town hall.\n\n“There is always next year.”";
    assert_eq!(speakers(body), vec![some("Tom Bale"), None]);
}

#[test]
fn a_sentence_set_off_by_dashes_is_the_clause_subject_s() {
    assert_eq!(
        speakers(
            "When Ana Ruiz finally wrapped up — “We will win this seat!” — the balloons came down."
        ),
        vec![some("Ana Ruiz")]
    );
    assert_eq!(
        speakers("Tom Bale ended the rally — “Go home and vote!” — and left by the side door."),
        vec![some("Tom Bale")]
    );
    // Look-alikes: a thing for the subject, and a whole sentence after a
    // single dash.
    assert_eq!(
        speakers("The banner over the stage — “We will win this seat!” — came down at noon."),
        vec![None]
    );
    assert_eq!(
        speakers(
            "When Ana Ruiz finally wrapped up the balloons came down — “We will win this seat!”"
        ),
        vec![None]
    );
}

#[test]
fn a_document_s_few_words_do_not_carry_to_the_next_paragraph() {
    for body in [
        "The festival's booklet describes the season as its “most daring yet.”\n\n“We have never taken so many risks.”",
        "The ruling calls the policy “plainly unlawful.”\n\n“Nobody in this office saw it coming.”",
        "A memo from the council labels the plan “a last resort.”\n\n“I would not have signed it.”",
    ] {
        assert_eq!(speakers(body).last(), Some(&None), "{body}");
    }
    // Look-alikes: a person's fragment, and a document's whole sentence.
    assert_eq!(
        speakers("Ana Ruiz describes the season as the “most daring yet.”\n\n“We have never taken so many risks.”"),
        vec![some("Ana Ruiz"), some("Ana Ruiz")]
    );
    let got = speakers("The letter from the union said: “We will not sign this contract.”\n\n“Our members deserve better.”");
    assert!(got.iter().all(Option::is_some), "{got:?}");
}

#[test]
fn a_possessive_remark_introduced_by_was_and_a_comma() {
    assert_eq!(
        speakers("Ruiz's advice to new reporters (passed on to me many times) was, “Never trust a press release.”"),
        vec![some("Ruiz")]
    );
    assert_eq!(
        speakers("The coach's message to his players was, “Nobody leaves this pitch early.”"),
        vec![some("The coach")]
    );
    assert_eq!(
        speakers("Tom Bale's answer to every question was, “Ask the board.”"),
        vec![some("Tom Bale")]
    );
    // Look-alikes: no speech noun, and a speech verb of its own between.
    assert_eq!(
        speakers("Ruiz's car was, “a total wreck,” the mechanic said."),
        vec![some("the mechanic")]
    );
    assert_eq!(
        speakers("The mayor's plan was, “Dead on arrival,” Lee said."),
        vec![some("Lee")]
    );
}

#[test]
fn a_possessive_claim_with_a_phrase_before_that() {
    assert_eq!(
        speakers("Ana Ruiz gave evidence on Monday.\n\nThe ads replay her remarks before the committee that “I was responsible for the budget.”"),
        vec![some("Ana Ruiz")]
    );
    let got = speakers("Ana Ruiz stood by her remark at the rally that the deal was “a betrayal.”");
    assert_eq!(got, vec![some("Ana Ruiz")]);
    let got = speakers(
        "Critics seized on Tom Bale's claim in the interview that he had “never lost a vote.”",
    );
    assert_eq!(got, vec![some("Tom Bale")]);
    let got = speakers(
        "The new ads replay Ana Ruiz's comments before a special Harbour Board committee that “I was responsible for the budget.”",
    );
    assert_eq!(got, vec![some("Ana Ruiz")]);
    // Look-alike: the phrase has a verb of its own.
    let got = speakers("Critics seized on Tom Bale's claim in the interview the mayor gave that the deal was “a betrayal.”");
    assert_ne!(got, vec![some("Tom Bale")]);
}

#[test]
fn a_bare_word_after_an_article_is_no_subject_s_speech() {
    for body in [
        "Ana Ruiz wants a “pause” before the vote.",
        "Tom Bale remains a “maverick” in the party.",
        "The party leaders need an “exit” from the coalition.",
        "Ana Ruiz said the vote would go ahead.\n\nShe remains a “maverick” in the party.",
        "The builders have drawn up a “master plan” for the docks.",
    ] {
        assert_eq!(read(body).last(), Some(&(QuoteKind::Term, None)), "{body}");
    }
    // Look-alikes: a characterising verb gives the subject's words, and so
    // does a speech verb.
    for body in [
        "Ana Ruiz has cast her rival as a “career politician” all week.",
        "Tom Bale attacked the mayor for being a “failed manager.”",
        "Ana Ruiz likened the plan to a “slow puncture.”",
        "Tom Bale went after the mayor as a “spent force” and a “fair-weather friend.”",
        "Ana Ruiz called the plan a “disgrace.”",
    ] {
        let got = read(body);
        assert!(
            got.iter()
                .all(|(k, s)| *k == QuoteKind::Speech && s.is_some()),
            "{body}: {got:?}"
        );
    }
}

#[test]
fn a_work_title_after_its_genre_noun() {
    for body in [
        "She starred in the hit stage play “Harbour Lights” last year.",
        "He directed the documentary “Ninth Ward” in 2019.",
        "Tickets for the musical “Salt Road” sold out in an hour.",
        "Her debut novel, “The Quiet Pier,” won the prize.",
        "The band played its new single “Iron Tide” twice.",
    ] {
        let got = read(body);
        assert_eq!(got, vec![(QuoteKind::Title, None)], "{body}");
    }
    // Look-alike: the words of somebody in the play's world.
    assert_eq!(
        read("The play's director said, “Nobody Expected This.”"),
        vec![(QuoteKind::Speech, some("The play's director"))]
    );
}

#[test]
fn a_clause_length_fragment_is_speech_not_a_scare_quote() {
    for body in [
        "The agency was “unable to account for where more than half of its budget went last year” in 2023.",
        "Tom Bale insists the club is “in no way ready to sell its best players to anyone this summer” despite the debts.",
        "The board described the audit as “the most thorough review of the harbour accounts in forty years” on Friday.",
    ] {
        let got = read(body);
        assert_eq!(got[0].0, QuoteKind::Speech, "{body}: {got:?}");
    }
    // Look-alike: a short fragment with no cue stays a term.
    assert_eq!(
        read("The bridge was “in crisis” in 2023.")[0].0,
        QuoteKind::Term
    );
}

#[test]
fn a_pronoun_stands_for_the_speaker_named_after_an_inverted_cue() {
    // The speaker is named after the verb with a description between; a
    // man named later in the sentence is only its object.
    for (body, who) in [
        ("“We played well,” said coach Tom Bale, who praised striker Mark Lee.\n\n“He deserved his goals,” he told reporters.", "Tom Bale"),
        ("“The water rose fast,” said flood survivor Ana Reyes, who thanked nurse Maria Lopez.\n\n“I owe her my life,” she told the BBC.", "Ana Reyes"),
        ("“We will appeal,” said union steward Carlos Vega, who blamed manager Tom Bale.\n\n“It is not over,” he added.", "Carlos Vega"),
    ] {
        assert_eq!(speakers(body).last(), Some(&some(who)), "{body}");
    }
    // Look-alike: the man named is the sentence's subject.
    let body = "Striker Mark Lee scored twice, coach Tom Bale said.\n\nHe was tired afterwards, he told reporters, “but happy.”";
    assert!(speakers(body).iter().all(Option::is_some));
}

#[test]
fn a_participle_goes_with_the_main_clause_not_an_opening_if_clause() {
    for (body, who) in [
        ("Tom Bale met the mayor on Friday.\n\nIf she wins the vote, Ana Ruiz has said she would cut the levy, vowing to “open up” the books.", "Ana Ruiz"),
        ("Ana Ruiz chaired the meeting.\n\nUnless he is re-elected, Carlos Vega has warned, the harbour plan will fail, calling it “a house of cards.”", "Carlos Vega"),
        ("Ana Ruiz chaired the meeting.\n\nAlthough he lost, Carlos Vega stayed defiant, saying the count was “far from over.”", "Carlos Vega"),
    ] {
        assert_eq!(speakers(body).last(), Some(&some(who)), "{body}");
    }
    // Look-alike: with no name after the opening clause, its pronoun is
    // still the subject.
    let body = "Carlos Vega chaired the meeting.\n\nIf it fails, he said, the harbour would be “finished.”";
    assert_eq!(speakers(body), vec![some("Carlos Vega")]);
}

#[test]
fn a_name_in_apposition_to_a_title_noun() {
    for body in [
        "The festival's motto, “Films for everyone,” will stay.",
        "The band's new single, “Iron Tide,” is out on Friday.",
        "The campaign's slogan, “Fix the Roads,” was painted on every bus.",
        "Her third novel, “The Quiet Pier,” sold 10,000 copies.",
    ] {
        assert_eq!(read(body), vec![(QuoteKind::Title, None)], "{body}");
    }
    // Look-alikes: a whole sentence after the noun and a comma is somebody's
    // words, and so is a quote after a noun that names no work.
    assert_eq!(
        speakers("In her column, “We have lost our way,” Ana Ruiz wrote."),
        vec![some("Ana Ruiz")]
    );
    assert_eq!(
        speakers("Her answer, “Not now,” surprised the board, Tom Bale said."),
        vec![some("Tom Bale")]
    );
}

#[test]
fn figures_described_after_their_head_do_not_carry() {
    for body in [
        "Damage has passed $3 million, according to county figures released Monday.\n\n“We have never seen water this high.”",
        "Turnout fell to 31 percent, according to figures from the election office.\n\n“People have stopped believing it matters.”",
        "Crime fell by a fifth, according to police statistics published on Friday.\n\n“The streets feel safer.”",
    ] {
        assert_eq!(speakers(body).last(), Some(&None), "{body}");
    }
    // Look-alike: a person after "according to" made a speech act.
    assert_eq!(
        speakers("Damage has passed $3 million, according to county engineer Dana Whitfield.\n\n“We have never seen water this high.”"),
        vec![some("Dana Whitfield")]
    );
}

#[test]
fn a_verb_of_saying_with_a_thing_for_object_reports_an_act() {
    for body in [
        "Mayor Tom Okafor toured the area on Sunday. The state has promised matching funds.\n\n“This neighbourhood will come back stronger.”",
        "The transport committee recommended the lanes in January.\n\n“Every study we have done shows they bring customers.”",
        "The board announced a review of the contract.\n\n“Nobody should have signed it.”",
    ] {
        assert_eq!(speakers(body).last(), Some(&None), "{body}");
    }
    // Look-alikes: the same verbs reporting words.
    for body in [
        "The state has promised that the money will arrive by May.\n\n“Nobody will be left behind.”",
        "The committee recommended that the lanes go ahead.\n\n“Every study shows they bring customers.”",
        "The board announced on Monday that the contract would be reviewed.\n\n“Nobody should have signed it.”",
        "Mayor Ana Ruiz announced her resignation on Monday.\n\n“It has been the honour of my life.”",
    ] {
        assert!(speakers(body).last().is_some_and(Option::is_some), "{body}");
    }
}

#[test]
fn described_things_introduce_words_with_a_colon() {
    let after = |body: &str| speakers(&format!("The council met on Monday.\n\n{body}"));
    assert_eq!(
        after("The letter goes on to say: “We cannot accept the terms offered.”"),
        vec![some("The letter")]
    );
    let got = after("Her office put out a short note on Friday: “The mayor is recovering well.”");
    assert!(
        got[0].as_deref().is_some_and(|s| !s.contains("short")),
        "{got:?}"
    );
    let got = after("The club issued a brief reply: “We hear your anger.”");
    assert!(
        got[0].as_deref().is_some_and(|s| s.contains("club")),
        "{got:?}"
    );
    // Look-alike: a plural subject before the plain verb.
    assert_eq!(
        after("The officials note that the audit is “not yet complete.”"),
        vec![some("The officials")]
    );
}

#[test]
fn a_source_in_brackets_after_a_pull_quote() {
    let got = read("WHY THE HARBOUR MATTERS “The port is the town's last big employer.” [Ledger.]");
    assert_eq!(got, vec![(QuoteKind::Speech, some("Ledger"))]);
    let got = read(
        "Ferry fares rise again. “Nobody can afford the crossing any more.” (Harbour Gazette)",
    );
    assert_eq!(got, vec![(QuoteKind::Speech, some("Harbour Gazette"))]);
    // Look-alikes: stage directions, years and fragments.
    let got = read("“We will not give up.” (applause) The mayor sat down.");
    assert_ne!(got[0].1.as_deref(), Some("applause"));
    let got = read("“We will not give up.” (Applause) The mayor sat down.");
    assert_ne!(got[0].1.as_deref(), Some("Applause"));
    let got = read("She called it a “last resort” (Tuesday) and left.");
    assert_ne!(got[0].1.as_deref(), Some("Tuesday"));
}

#[test]
fn a_participle_of_saying_opening_the_sentence_has_the_main_subject() {
    let after = |body: &str| speakers(&format!("The council met on Monday.\n\n{body}"));
    assert_eq!(
        after("Calling her rival, Tom Bale, “the worst mayor in living memory,” Ana Ruiz walked out of the hall."),
        vec![some("Ana Ruiz")]
    );
    assert_eq!(
        after("Saying the town had “waited long enough,” Mayor Ana Ruiz cut the ribbon."),
        vec![some("Ana Ruiz")]
    );
    let got =
        after("Describing the vote as “rigged from the start,” the union said it would appeal.");
    assert!(
        got[0].as_deref().is_some_and(|s| s.contains("union")),
        "{got:?}"
    );
    // Look-alikes: a participle that says nothing, and one in mid-sentence.
    assert_eq!(
        read("The council met on Monday.\n\nWalking past the “No Entry” sign, Ana Ruiz smiled.")[0]
            .1,
        None
    );
    assert_eq!(
        after("Ana Ruiz left early, calling the meeting “a waste of time.”"),
        vec![some("Ana Ruiz")]
    );
}

#[test]
fn an_opening_participle_gives_way_to_the_main_clause_s_cue() {
    let got = speakers("The council met on Monday.\n\nCiting “obligations at home,” the former mayor's spokeswoman told the Ledger that Ana Ruiz would not attend.");
    assert!(
        got[0].as_deref().is_some_and(|s| s.contains("spokeswoman")),
        "{got:?}"
    );
}

#[test]
fn advice_after_the_quote_names_the_adviser() {
    let body = "“Breathe before you answer,” says Tom Bale, a family therapist. “Then listen.”\n\n“Talk to people who support you,” advises psychologist Ana Ruiz.";
    assert_eq!(
        speakers(body),
        vec![some("Tom Bale"), some("Tom Bale"), some("Ana Ruiz")]
    );
    assert_eq!(
        speakers("“Limit the time you spend online,” recommends counsellor Dana Holt."),
        vec![some("Dana Holt")]
    );
}

#[test]
fn a_chant_s_own_clause_names_the_chanters() {
    for body in [
        "Jeers went up when Ruiz mentioned the mayor, and at one stage the crowd noisily reprised the chant “Out, out, out!”",
        "Ruiz said the crowd then broke into the familiar chant “Out, out, out!”",
        "As Ruiz spoke, the supporters took up the cry “Four more years!”",
    ] {
        let got = speakers(body);
        assert!(
            got[0]
                .as_deref()
                .is_some_and(|s| s.contains("crowd") || s.contains("supporters")),
            "{body}: {got:?}"
        );
    }
    // Look-alike: the speaker leads the chant herself.
    assert_eq!(
        speakers("Ruiz led the crowd in the chant “Out, out, out!”"),
        vec![some("Ruiz")]
    );
}

#[test]
fn a_turn_ends_at_a_sentence_of_the_reporters_that_names_no_one() {
    // one sentence of the reporter's own about a thing, right before the
    // quote: the quote needs its own attribution
    for body in [
        "“We will fight the closure,” said Aino Virtanen. The plant employs 300 people. “Nobody here is giving up.”",
        "“The town needs the mill,” said Rafael Ortiz. Its boilers date from 1950. “Without it, the school closes too.”",
        "The harbour will reopen, Dario Conti added. It has already hired ten welders. “Orders are coming back.”",
        "Kwame Mensah said the clinic was full. The roof leaks when it rains. “We turn away ten families a week.”",
    ] {
        assert_eq!(speakers(body).last(), Some(&None), "{body}");
    }
    // the reason says whose turn ended
    let reasons = per_quote(
        "“We will fight the closure,” said Aino Virtanen. The plant employs 300 people. “Nobody here is giving up.”",
        |_, q| q.reason.clone(),
    );
    assert!(
        reasons[1].contains("since the words of Aino Virtanen"),
        "{reasons:?}"
    );
    // look-alikes that still carry: a sentence about the speaker, a
    // document or a remark that may introduce the words, people, or no
    // sentence between
    for body in [
        "“We will fight the closure,” said Aino Virtanen. She has worked there since 1998. “Nobody here is giving up.”",
        "“We will fight the closure,” said Aino Virtanen. Virtanen has worked there since 1998. “Nobody here is giving up.”",
        "“We will fight the closure,” said Aino Virtanen. The minutes of the meeting show how close the vote was. “Nobody here is giving up.”",
        "“We will fight the closure,” said Aino Virtanen. Her warning came a day after the vote. “Nobody here is giving up.”",
        "“We will fight the closure,” said Aino Virtanen. Workers voted to strike on Monday. “Nobody here is giving up.”",
        "“We will fight the closure,” said Aino Virtanen. “Nobody here is giving up.”",
    ] {
        assert_eq!(
            speakers(body),
            vec![some("Aino Virtanen"), some("Aino Virtanen")],
            "{body}"
        );
    }
}

#[test]
fn per_cites_a_source_like_according_to() {
    for (body, who) in [
        ("Members may vote by proxy, but not when voting “to fill a seat on the board,” per the club’s bylaws.", "the club’s bylaws"),
        ("“We expect the line to reopen by Friday,” per a spokesman for the operator.", "a spokesman"),
        ("Per Reuters, the minister was “furious about the leak and wants answers.”", "Reuters"),
        ("The council had “no plan at all for the winter,” per Dana Ruiz’s account.", "Dana Ruiz’s account"),
    ] {
        let got = per_quote(body, |_, q| {
            (
                q.speaker.as_ref().map(|s| s.name.clone()),
                q.cue.as_ref().map(|c| c.text.to_lowercase()),
            )
        });
        assert_eq!(got, vec![(some(who), some("per"))], "{body}");
    }
    // look-alikes: rates, and "per" telling how the words came
    assert_eq!(
        read("Prices rose 4 per cent, a rise the bank called “unwelcome but temporary.”"),
        vec![(QuoteKind::Term, None)]
    );
    let got = per_quote(
        "“Tickets are $40 per person,” said Omar Haddad, per the new schedule.",
        |_, q| q.cue.as_ref().map(|c| c.text.clone()),
    );
    assert_eq!(got, vec![some("said")]);
    assert_eq!(
        speakers("Lehel said, per a translator, that the server was “wide open to anyone.”"),
        vec![some("Lehel")]
    );
}

#[test]
fn a_relative_who_after_a_verb_and_its_object_stands_for_the_object() {
    for (body, who) in [
        ("The governor rebuked critics who say she should describe the attackers as “home-grown radicals.”", "critics"),
        ("The coach thanked fans who chanted “one more year” all night.", "fans"),
        ("Ruiz praised volunteers who said the shelter was “the warmest place in town.”", "volunteers"),
    ] {
        assert_eq!(speakers(body), vec![some(who)], "{body}");
    }
    // look-alikes: a participle after a determiner stays in the phrase,
    // and a particle stays with its verb
    assert_eq!(
        speakers(
            "A retired general who served in Kabul said the plan was “doomed from the start.”"
        ),
        vec![some("A retired general")]
    );
}

#[test]
fn people_who_call_something_a_name_are_its_speakers() {
    for body in [
        "Ruiz mocked the council members who call the plan a “bold vision for the harbour.”",
        "Ruiz mocked the council members, who call the plan a “bold vision for the harbour.”",
        "Ruiz mocked the council members who call it a “bold vision for the harbour.”",
    ] {
        assert_eq!(speakers(body), vec![some("the council members")], "{body}");
    }
    // look-alikes: the subject's own calling, and a call that is a noun
    assert_eq!(
        speakers("Ruiz, who called the plan “a disgrace,” voted for it anyway."),
        vec![some("Ruiz")]
    );
    assert_eq!(
        speakers("Ruiz said the members who backed the plan were “out of touch.”"),
        vec![some("Ruiz")]
    );
}

#[test]
fn an_inverted_cue_reads_through_a_role_with_its_own_of_to_the_name() {
    for (body, who) in [
        ("“This cannot go on,” said 34-year-old flood survivor and mother of three Marta Kowalczyk.", "Marta Kowalczyk"),
        ("“This cannot go on,” said retired nurse and father of two Kwame Mensah.", "Kwame Mensah"),
        ("“This cannot go on,” said the 34-year-old mother of three, Marta Kowalczyk.", "Marta Kowalczyk"),
    ] {
        assert_eq!(speakers(body), vec![some(who)], "{body}");
    }
    // look-alike: "of" right after "and" opens no role
    assert_ne!(
        speakers("“This cannot go on,” said the harbour master and of course Kwame Mensah."),
        vec![some("Kwame Mensah")]
    );
}

#[test]
fn a_capitalised_sentence_after_a_cue_a_listener_and_a_comma_is_speech() {
    for body in [
        "Ruiz told reporters, “Enough Is Enough.”",
        "Ruiz said in a statement, “We Will Rebuild.”",
        "Asked about the vote, Ruiz told the Herald, “No Comment.”",
    ] {
        assert_eq!(
            read(body),
            vec![(QuoteKind::Speech, some("Ruiz"))],
            "{body}"
        );
    }
    // look-alikes: a work named before the comma, and no whole sentence
    for body in [
        "Ruiz praised the new book, “Salt Road.”",
        "Ruiz praised her friend’s play, “Harbour Lights.”",
        "Ruiz told reporters, “Enough Is Enough” was her motto.",
    ] {
        assert_eq!(read(body)[0].0, QuoteKind::Title, "{body}");
    }
}

#[test]
fn a_fronted_clause_keeps_its_own_cue() {
    // The quote inside the fronted clause is its speaker's; the one in the
    // main clause is the main clause's.
    assert_eq!(
        speakers("When a heckler yelled, “Resign,” Mayor Ana Ruiz laughed and said, “Not today.”"),
        vec![some("a heckler"), some("Ana Ruiz")]
    );
    assert_eq!(
        speakers("After Chief Omar Haddad called the budget “a fantasy,” Ana Ruiz said the force would cope."),
        vec![some("Omar Haddad")]
    );
    assert_eq!(
        speakers("Although Ana Ruiz told donors the race was close, Omar Haddad said she was “far ahead.”"),
        vec![some("Omar Haddad")]
    );
    assert_eq!(
        speakers("Before the inspector, Piotr Nowak, testified, the council chair Li Wei said the bridge was “perfectly sound.”"),
        vec![some("Li Wei")]
    );
    assert_eq!(
        speakers("When asked about the strike on Friday, union leader Grace Obi said it would go on “for as long as it takes.”"),
        vec![some("Grace Obi")]
    );
    assert_eq!(
        speakers("While Ana Ruiz, the mayor, described the flood as “a once-in-a-century event,” engineers said such floods come every decade."),
        vec![some("Ana Ruiz")]
    );
    // Look-alikes: "As" attributes the main clause; a fronted phrase with no
    // cue changes nothing; with no cue on the quote's side the old one stays.
    assert_eq!(
        speakers("As Ana Ruiz put it, the plan was “dead on arrival.”"),
        vec![some("Ana Ruiz")]
    );
    assert_eq!(
        speakers("After the vote, Omar Haddad said the result was “a disgrace.”"),
        vec![some("Omar Haddad")]
    );
    assert_eq!(
        speakers("When Grace Obi said the strike would end, “We will be back at work Monday,” she added."),
        vec![some("Grace Obi")]
    );
}

#[test]
fn a_cue_in_brackets_reports_only_the_brackets() {
    assert_eq!(
        speakers("After the fire (Ana Ruiz called it “a tragedy”), Omar Haddad said the city was “heartbroken.”"),
        vec![some("Ana Ruiz"), some("Omar Haddad")]
    );
    assert_eq!(
        speakers("The plan (which Li Wei told reporters was rushed) drew praise from Grace Obi, who said it was “overdue.”"),
        vec![some("Grace Obi")]
    );
    // Dashes set a clause aside too; a dash pair holding the quote keeps
    // its cue, and a hyphen inside a word is no dash.
    assert_eq!(
        speakers("Ana Ruiz said, “The wall will be built” — at which point the crowd chanted “Do it!” — “and the town will be safe again.”"),
        vec![some("Ana Ruiz"), some("the crowd"), some("Ana Ruiz")]
    );
    assert_eq!(
        speakers("Omar Haddad said - as the hall fell quiet and a heckler shouted “Liar!” - that the budget was “balanced to the penny.”"),
        vec![some("a heckler"), some("Omar Haddad")]
    );
    assert_eq!(
        speakers(
            "Mayor Ana Ruiz — who told reporters the plan was “a disgrace” — voted for it anyway."
        ),
        vec![some("Ana Ruiz")]
    );
    assert_eq!(
        speakers("The well-known critic Grace Obi said the decision was “long overdue,” a spokesman for the left-leaning council told reporters."),
        vec![some("Grace Obi")]
    );
}

#[test]
fn it_stands_for_the_organisation_opening_its_sentence() {
    assert_eq!(
        speakers("The Rivertown Council on Friday voted to close the pool, which it called “a drain on the budget.”"),
        vec![some("The Rivertown Council")]
    );
    assert_eq!(
        speakers("The water company apologised for what it described as “a regrettable lapse.”"),
        vec![some("The water company")]
    );
    assert_eq!(
        speakers("Northgate Bank said on Monday that it expects profits to “hold steady.”"),
        vec![some("Northgate Bank")]
    );
    // Look-alikes: another organisation in between, or a thing, leaves "it".
    assert_eq!(
        speakers("The council met the water company, which it said was “in breach.”"),
        vec![some("it")]
    );
    assert_eq!(
        speakers("The report says the dam is safe, and it calls the repairs “urgent.”"),
        vec![some("it")]
    );
}

#[test]
fn a_poll_answer_is_the_polls_wording() {
    assert_eq!(
        speakers("In a Rivertown Herald poll released Monday, 31 percent of voters said they were “very worried” about the bridge."),
        vec![some("a Rivertown Herald poll")]
    );
    assert_eq!(
        speakers("The survey has bad news for the mayor: 44% of residents say they would “definitely not” vote for her again."),
        vec![some("The survey")]
    );
    assert_eq!(
        speakers("Tuesday's Northgate poll is grim for the council. Six in 10 residents said the budget was “not at all fair.”"),
        vec![some("Tuesday's Northgate poll")]
    );
    assert_eq!(
        speakers("The county's own survey finds that, while 37 per cent of parents call the schools “excellent,” many want longer hours."),
        vec![some("The county's own survey")]
    );
    assert_eq!(
        speakers(
            "In the latest poll, just 12 percent of teachers described the plan as “workable.”"
        ),
        vec![some("the latest poll")]
    );
    // Look-alikes: a person giving a share, a share with no poll, and a
    // poll with no share.
    assert_eq!(
        speakers("Mayor Ana Ruiz said 60 percent of the water was “simply lost” in old pipes, citing a survey."),
        vec![some("Ana Ruiz")]
    );
    assert_eq!(
        speakers("About 60 percent of the workers at the plant backed the deal, which union leader Grace Obi called “a fair offer.”"),
        vec![some("Grace Obi")]
    );
    assert_eq!(
        speakers("After the poll came out, Omar Haddad said the numbers were “a wake-up call.”"),
        vec![some("Omar Haddad")]
    );
}

#[test]
fn words_naming_the_speaker_before_them_are_someone_elses() {
    // Carried from a named speaker, words that name that speaker in full
    // as one names somebody else take no speaker.
    assert_eq!(
        speakers("The Harbour Trust denies any wrongdoing and says it followed the rules.\n\n“We have done nothing the Harbour Trust has not done itself.”"),
        vec![None]
    );
    assert_eq!(
        speakers("Ana Ruiz, the mayor, said the vote was fair. “Nobody should doubt that Ana Ruiz won this fairly.”"),
        vec![None]
    );
    assert_eq!(
        speakers("“The pool stays open,” said council leader Omar Haddad. “I have told Omar Haddad he is wrong about the costs.”"),
        vec![some("Omar Haddad"), None]
    );
    // Look-alikes: a pronoun carrying the words, a surname alone, and a
    // name in a cue of its own stay.
    assert_eq!(
        speakers("Omar Haddad spoke first. “The pool stays open,” he said. “Omar Haddad keeps his promises.”"),
        vec![some("Omar Haddad"), some("Omar Haddad")]
    );
    assert_eq!(
        speakers(
            "“The pool stays open,” said Omar Haddad. “Nobody in the Haddad family swims anyway.”"
        ),
        vec![some("Omar Haddad"), some("Omar Haddad")]
    );
    assert_eq!(
        speakers("“Ana Ruiz will win,” Ana Ruiz told supporters."),
        vec![some("Ana Ruiz")]
    );
}

#[test]
fn an_infinitive_of_saying_with_its_own_subject() {
    assert_eq!(
        speakers("The campaign has denied it happened, with Omar Haddad taking to the radio to call the reporter “totally deluded” for the claim."),
        vec![some("Omar Haddad")]
    );
    assert_eq!(
        speakers("Ana Ruiz said on Sunday that she would accept the result, only for Omar Haddad to tweet on Monday that “the count is rigged.”"),
        vec![some("Omar Haddad")]
    );
    assert_eq!(
        speakers("Grace Obi told the board she had waited weeks for the Harbour Trust to call the repairs “urgent.”"),
        vec![some("the Harbour Trust")]
    );
    assert_eq!(
        speakers("The union leader, Li Wei, stayed silent, leaving it for her to say the offer was “an insult.”"),
        vec![some("Li Wei")]
    );
    // Look-alikes: an infinitive with no subject of its own gives way to a
    // finite verb of saying; a nearer finite cue stays.
    assert_eq!(
        speakers("Ana Ruiz urged the council to call the plan “a failure,” her spokesman said."),
        vec![some("her spokesman")]
    );
    assert_eq!(
        speakers("Ana Ruiz waited for Omar Haddad to speak, then said the plan was “a failure.”"),
        vec![some("Ana Ruiz")]
    );
}

#[test]
fn a_described_subject_before_the_verb_is_not_inverted() {
    // After a comma that closes a description, not a quote, the phrase
    // after "said" is the reported clause's subject, never the speaker.
    assert_eq!(
        speakers("Officials at the Rivertown Water Board, a division of the county, said the dam was “in no danger.”"),
        vec![some("Rivertown Water Board")]
    );
    assert_eq!(
        speakers("Engineers at the harbour, all of them union members, told reporters the crane was “a death trap.”"),
        vec![some("Engineers")]
    );
    // Look-alikes: an inverted cue after a quote or ending its clause.
    assert_eq!(
        speakers("The dam is “in no danger,” said Ana Ruiz, the county engineer."),
        vec![some("Ana Ruiz")]
    );
    assert_eq!(
        speakers("The crane was “a death trap” for years, said Omar Haddad."),
        vec![some("Omar Haddad")]
    );
}

#[test]
fn an_imperative_before_a_colon_is_no_speaker() {
    for body in [
        "The council met on Tuesday.\n\nAsk yourself: “Who pays for the roads we all drive on?”",
        "The council met on Tuesday.\n\nTell them: “We are not moving.”",
        "The council met on Tuesday.\n\nPicture this: “A town with no buses after six.”",
        "The council met on Tuesday.\n\nAsk anyone on the street: “The buses never come.”",
        "The council met on Tuesday.\n\nRemind yourselves: “Nothing in this budget is free.”",
    ] {
        assert_eq!(speakers(body), vec![None], "{body}");
    }
    // Look-alikes: a name before its verb, an intensifier after a name.
    assert_eq!(
        speakers("Ruiz told them: “We are not moving.”"),
        vec![some("Ruiz")]
    );
    assert_eq!(
        speakers("Ana Ruiz chaired the meeting.\n\nRuiz himself said: “We are not moving.”"),
        vec![some("Ana Ruiz")]
    );
    assert_eq!(
        speakers("Ruiz put it this way: “We are not moving.”"),
        vec![some("Ruiz")]
    );
}

#[test]
fn a_speech_verb_of_nobody_in_particular_reports_no_words() {
    for body in [
        "Mayor Ana Ruiz defended the plan, saying anybody who complains about the fees “has not looked at the budget.”",
        "Mayor Ana Ruiz said anyone who objects to the levy “should read the report first.”",
        "Mayor Ana Ruiz warned that whoever says otherwise “is not telling the truth.”",
        "Mayor Ana Ruiz said everyone who asked about the fees “got the same answer.”",
        "Mayor Ana Ruiz argued that those who claim the plan is a tax “have it backwards.”",
    ] {
        assert_eq!(speakers(body), vec![some("Ana Ruiz")], "{body}");
    }
    // Look-alike: a named person's relative clause reports their words.
    assert_eq!(
        speakers("Omar Haddad, who said the fees were “far too high,” left early."),
        vec![some("Omar Haddad")]
    );
}

#[test]
fn an_inverted_cue_with_a_long_description_then_the_name() {
    for (body, who) in [
        ("“The pier is rotten,” said the chairman of the town harbour safety committee, Councillor Omar Haddad.", "Omar Haddad"),
        ("“We need the money now,” said the head of the regional fire and rescue service, Ana Ruiz.", "Ana Ruiz"),
        ("“It will not reopen,” said the director of the city's public works department, Mia Lund, on Monday.", "Mia Lund"),
        ("“Nobody warned us,” said the founder of the town's rail passengers group, Ines Calder.", "Ines Calder"),
        ("“We were lucky,” said the owner of the bakery on Mill Street, Tomas Grell.", "Tomas Grell"),
    ] {
        assert_eq!(speakers(body), vec![some(who)], "{body}");
    }
    // Look-alike: a name inside the description is not the speaker.
    assert_ne!(
        speakers("“It is over,” said the lawyer for the family of Omar Haddad, who died in May."),
        vec![some("Omar Haddad")]
    );
}

#[test]
fn a_verb_of_starting_after_the_quote_is_its_cue() {
    for (body, who) in [
        (
            "“The harbour has been closed for a month,” Ana Ruiz started.",
            "Ana Ruiz",
        ),
        (
            "“Well,” she began, “nobody asked us.” Ruiz is the harbour master.",
            "she",
        ),
        (
            "“Let me be clear,” Mr Okafor began. “The money is gone.”",
            "Okafor",
        ),
        (
            "“Before we vote,” the chairwoman started, “I want the figures read out.”",
            "the chairwoman",
        ),
        (
            "“We lost,” Nguyen Thi Lan began, and the room went quiet.",
            "Nguyen Thi Lan",
        ),
    ] {
        let got = speakers(body);
        assert!(
            got[0].as_deref().is_some_and(|s| s.contains(who)),
            "{body}: {got:?}"
        );
    }
    // starting something else, or a quote that is a name
    assert_eq!(
        speakers("The band started “Harbour Lights” and began the second set.")[0],
        None
    );
    assert_eq!(
        speakers("After “Harbour Lights” ended, the festival started. “Nobody wanted to leave.”")
            .last(),
        Some(&None)
    );
}

#[test]
fn a_headline_and_standfirst_hand_no_words_to_the_body() {
    // whole drafts, headline first: no headline added
    let first_speaker = |src: &str| {
        let a = analyze(src, Format::Plain, &Config::default());
        a.quotes[0].speaker.as_ref().map(|s| s.name.clone())
    };
    for src in [
        "Ferry strike ends after two weeks.\n\nUnion says deal protects jobs for five years.\n\n“Nobody on these boats will lose a job before 2030.”\n\nThe deal was signed on Monday night after talks in Lund.\n",
        "Mayor vows to fix roads.\n\nRuiz says every pothole will be gone by June.\n\n“Every pothole in this town will be filled by June.”\n\nThe council approved the budget on Tuesday after a long night of debate in the chamber.\n",
        "Clinic to close;\n\nDoctors say patients were not told.\n\nNurses fear for their jobs.\n\n“Nobody asked us what the town needs.”\n\nThe clinic has served the valley since 1961, and its board met on Monday night.\n",
    ] {
        assert_eq!(first_speaker(src), None, "{src}");
    }
    // a headline set as one, then a short first paragraph: that is the story
    assert_eq!(
        first_speaker("Ferry strike ends\n\nAna Ruiz says the deal protects every job.\n\n“Nobody on these boats will lose a job before 2030.”\n"),
        some("Ana Ruiz")
    );
    // a long first paragraph after the title is the story's lede
    assert_eq!(
        first_speaker("Ferry strike ends after two weeks.\n\nAna Ruiz, who leads the ferry workers’ union, said on Monday that the deal protected every job on the boats for five years.\n\n“Nobody on these boats will lose a job before 2030.”\n"),
        some("Ana Ruiz")
    );
}
