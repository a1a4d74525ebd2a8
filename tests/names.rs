//! End-to-end runs of the real binary on drafts that spell one name two
//! ways: a tie, a dotless i, a sharp s, a thorn and an eth, particles and
//! joined forms.

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
        "Union president Yusuf al-Amin called the strike. Drivers backed al-Amin on Tuesday. \
         Al Amin said the union was prepared to wait.",
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
