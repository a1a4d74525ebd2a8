//! End-to-end runs of the real binary on drafts that spell one name two
//! ways: a tie, a dotless i, a sharp s, a thorn and an eth, particles and
//! joined forms; a slip repeated; variants in possessives, after titles,
//! under headlines; an age on a misspelt mention.

use std::io::Write;
use std::process::{Command, Stdio};

/// The JSON diagnostics of `copydesk check` on a plain-text draft.
fn diagnostics(draft: &str) -> Vec<serde_json::Value> {
    let mut child = Command::new(env!("CARGO_BIN_EXE_copydesk"))
        .args([
            "check",
            "--format",
            "json",
            "--stdin-filename",
            "draft.txt",
            "-",
        ])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("copydesk runs");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(draft.as_bytes())
        .expect("draft written");
    let out = child.wait_with_output().expect("copydesk ends");
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON output");
    v["files"][0]["diagnostics"]
        .as_array()
        .expect("diagnostics")
        .clone()
}

/// The `name-spelling` findings on a plain-text draft, as (the text
/// flagged, the message, the replacement of each fix).
fn name_findings(draft: &str) -> Vec<(String, String, Vec<String>)> {
    diagnostics(draft)
        .iter()
        .filter(|d| d["code"] == "name-spelling")
        .map(|d| {
            let (s, e) = (d["byte_start"].as_u64(), d["byte_end"].as_u64());
            let text = draft[s.unwrap_or(0) as usize..e.unwrap_or(0) as usize].to_string();
            let fixes = d["fixes"]
                .as_array()
                .map(|fs| {
                    fs.iter()
                        .filter_map(|f| f["edits"][0]["new_text"].as_str().map(str::to_string))
                        .collect()
                })
                .unwrap_or_default();
            (text, d["message"].as_str().unwrap_or("").to_string(), fixes)
        })
        .collect()
}

fn draft(body: &str) -> String {
    format!("Council news\n\n{body}\n")
}

#[test]
fn a_tie_is_flagged_with_both_counts_and_a_fix_each_way() {
    let found = name_findings(&draft(
        "Prime Minister Viktor Orbán arrived on Monday. Later Orban told reporters the talks were over.",
    ));
    assert_eq!(found.len(), 1, "{found:?}");
    let (_, message, fixes) = &found[0];
    assert!(message.contains("“Orban” (once)"), "{message}");
    assert!(message.contains("“Orbán” (once"), "{message}");
    assert_eq!(fixes, &vec!["Orbán".to_string(), "Orban".to_string()]);
}

#[test]
fn a_dotless_i_is_the_same_letter_as_an_i() {
    let found = name_findings(&draft(
        "Coach Ayşe Işık named her squad. Işık said the team was ready. Isik left early.",
    ));
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].1.contains("“Isik”"), "{found:?}");
    assert_eq!(found[0].2[0], "Işık");
}

#[test]
fn a_sharp_s_is_a_double_s() {
    let found = name_findings(&draft(
        "Mayor Anna Weiß opened the bridge. Weiß cut the ribbon. Weiss then thanked the builders.",
    ));
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0].1.contains("“Weiss” is spelled “Weiß” twice"),
        "{found:?}"
    );
}

#[test]
fn thorn_and_eth_are_th_and_d() {
    let found = name_findings(&draft(
        "Þórður Guðmundsson scored twice. Guðmundsson was named man of the match. \
         The coach praised Gudmundsson afterwards.",
    ));
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].1.contains("“Gudmundsson”"), "{found:?}");
    // and an untouched Icelandic name draws nothing
    assert!(name_findings(&draft("Þórður Guðmundsson scored. Guðmundsson smiled.")).is_empty());
}

#[test]
fn particles_and_joined_forms_are_one_name() {
    let found = name_findings(&draft(
        "Union leader Karim al-Amin called the walkout. Crews backed al-Amin on Tuesday. \
         Al Amin said the crews would hold out.",
    ));
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0].1.contains("“Al Amin” is spelled “al-Amin” twice"),
        "{found:?}"
    );

    let found = name_findings(&draft(
        "Judge Ahmed Abdel Rahman ruled on Friday. Abdel Rahman said the law was clear. \
         Lawyers for the city asked Abdelrahman to reconsider.",
    ));
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].1.contains("“Abdelrahman”"), "{found:?}");

    let found = name_findings(&draft(
        "Senator Maria de los Santos voted no. Aides to de los Santos said she would \
         explain. Reporters later asked Delossantos about the bill.",
    ));
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].1.contains("“Delossantos”"), "{found:?}");

    // capitals alone are no spelling: a particle capitalised where the
    // surname stands alone, an inner capital lowered
    assert!(name_findings(&draft(
        "Senator Maria de los Santos voted no. Reporters later asked De Los Santos \
         about the bill."
    ))
    .is_empty());
    assert!(name_findings(&draft(
        "PayPal said it would act. The domain was handed back to Paypal on Monday."
    ))
    .is_empty());

    // a particle capitalised where it opens a sentence is no variant
    assert!(name_findings(&draft(
        "Senator Maria de los Santos voted no. De los Santos said she would explain."
    ))
    .is_empty());
}

#[test]
fn a_rare_spelling_of_a_common_surname_is_found_under_another_given_name() {
    let found = name_findings(&draft(
        "Robbie Williams won best male. Robbie Williams thanked fans by video. \
         Nelly sang a duet with Pharrell Wiliams.",
    ));
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0].1.contains("“Wiliams” is spelled “Williams” twice"),
        "{found:?}"
    );
    // a name once each, a letter apart, is two names: Rodgers and Hammerstein
    assert!(name_findings(&draft(
        "The song was written by Rodgers and Hammerstein. Later Kenny Rogers sang it."
    ))
    .is_empty());
}

/// The text each finding of one rule flags in a plain-text draft.
fn flagged(draft: &str, code: &str) -> Vec<String> {
    diagnostics(draft)
        .iter()
        .filter(|d| d["code"] == code)
        .map(|d| {
            let (s, e) = (d["byte_start"].as_u64(), d["byte_end"].as_u64());
            draft[s.unwrap_or(0) as usize..e.unwrap_or(0) as usize].to_string()
        })
        .collect()
}

#[test]
fn a_person_whose_given_name_is_an_organisation_word_has_claims_compared() {
    // "Bill" is also a word of a law's name ("the Finance Bill"); before a
    // surname it is a given name, and the person's titles and ages meet.
    let found = flagged(
        &draft("Michigan Attorney General Bill Schuette said the case was closed.\n\nSchuette, the state treasurer, said the state would appeal."),
        "conflicting-title",
    );
    assert_eq!(found.len(), 1, "{found:?}");
    let found = flagged(
        &draft("Bill Gates, 64, said the foundation would pay.\n\nGates, 61, smiled."),
        "conflicting-age",
    );
    assert_eq!(found.len(), 1, "{found:?}");
}

#[test]
fn father_and_son_of_one_name_have_claims_of_their_own() {
    let found = flagged(
        &draft("Ken Griffey Sr., 40, and Ken Griffey Jr., 20, played together.\n\nGriffey Jr. hit a home run."),
        "conflicting-age",
    );
    assert!(found.is_empty(), "{found:?}");
    let found = flagged(
        &draft("Harry B. Harris Jr., 59, spoke.\n\nHarris, 56, left."),
        "conflicting-age",
    );
    assert_eq!(found.len(), 1, "{found:?}");
}

#[test]
fn a_slip_repeated_is_one_finding_with_its_other_places_and_one_fix() {
    let body = "Chief executive Ines Kowalczyk spoke. Kowalczyk said profits rose. \
         Kowalczyk thanked staff. Analysts praised Kowalcyk. Kowalcyk's plan was approved.";
    let d: Vec<serde_json::Value> = diagnostics(&draft(body))
        .into_iter()
        .filter(|d| d["code"] == "name-spelling")
        .collect();
    assert_eq!(d.len(), 1, "{d:?}");
    let message = d[0]["message"].as_str().unwrap_or("");
    assert!(
        message.contains("“Kowalcyk” (twice) is spelled “Kowalczyk” 3 times"),
        "{message}"
    );
    // the other slip, and the right spelling's places, are related
    let related = d[0]["related"].as_array().map_or(0, Vec::len);
    assert_eq!(related, 1 + 3, "{d:?}");
    // one fix changes both slips
    let edits = d[0]["fixes"][0]["edits"].as_array().map_or(0, Vec::len);
    assert_eq!(edits, 2, "{d:?}");
}

#[test]
fn variants_are_found_in_possessives_after_titles_and_under_headlines() {
    for (body, wrong) in [
        (
            "Foreign minister Kaja Kallas said talks would resume. Kalas's office confirmed the trip. Kallas will visit Kyiv.",
            "Kalas",
        ),
        (
            "Dr. Ingrid Kallstrom treated the patients. Dr. Kalstrom said the ward was full. Kallstrom worked all night.",
            "Kalstrom",
        ),
        (
            "KALLSTROM QUITS\n\nDr. Ingrid Kallstrom resigned on Friday. Kalstrom said she was tired. Kallstrom will teach.",
            "Kalstrom",
        ),
        (
            "Ukraine's envoy Oleksandr Marchenko arrived. Marchenko met ministers. Alexander Marchenko said talks would go on.",
            "Alexander",
        ),
        (
            "Sheikh Khalid bin Rashid opened the fair. Khalid Bin Rashid said 40 countries came. Khalid bin Rashid left.",
            "Khalid Bin Rashid",
        ),
        (
            "Coach Pieter van der Berg named the squad. Van der Berg said the team was young. Vanderberg picked three new players.",
            "Vanderberg",
        ),
    ] {
        let found = name_findings(&draft(body));
        assert_eq!(found.len(), 1, "{body}: {found:?}");
        assert_eq!(found[0].0, wrong, "{body}: {found:?}");
    }
    // two people of one surname and a name used correctly draw nothing
    for body in [
        "Maria Jensen and her brother Erik Jensen run the farm. Maria Jensen said the harvest was poor. Erik Jensen disagreed.",
        "Mette Jensen, a nurse, and Paul Jenson, a porter, spoke. Jensen said pay was low. Jenson agreed.",
        "Kenya's president spoke in Nairobi. Kenyan officials signed the deal. The Kenyans celebrated.",
        "Brian Costa runs the bar. His brother, Bruno Costa, runs the kitchen. Brian Costa said trade was good. Bruno Costa disagreed.",
    ] {
        assert!(name_findings(&draft(body)).is_empty(), "{body}");
    }
}

#[test]
fn an_age_given_on_a_misspelt_mention_is_compared_with_the_person() {
    // the variant is linked to its person, so the claims see one person
    let found = flagged(
        &draft("Foreign minister Kaja Kallas, 46, arrived on Monday. Kallas met the delegation.\n\nKalas, 47, said the talks were useful."),
        "conflicting-age",
    );
    assert_eq!(found.len(), 1, "{found:?}");
    let found = flagged(
        &draft("Volodymyr Tkachuk, the mayor, said the shelter was full. Tkachuk asked for help.\n\nVladimir Tkachuk, 52, said more beds were coming. Volodymyr Tkachuk, 49, left."),
        "conflicting-age",
    );
    assert_eq!(found.len(), 1, "{found:?}");
}
