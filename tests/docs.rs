//! `docs/rules.md` is generated from the rules table; this test keeps it
//! current (set COPYDESK_UPDATE_DOCS=1 to rewrite it).

#[test]
fn rules_doc_is_current() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/rules.md");
    let expected = copydesk::rules::markdown();
    if std::env::var_os("COPYDESK_UPDATE_DOCS").is_some() {
        std::fs::write(&path, &expected).unwrap();
    }
    let actual = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        actual == expected,
        "docs/rules.md is out of date: run COPYDESK_UPDATE_DOCS=1 cargo test --test docs"
    );
}

/// Each rule's wrong example draws that rule's finding; its right example
/// does not.
#[test]
fn rule_examples_are_right_and_wrong_for_the_reason_given() {
    use copydesk::{analyze, Config, Format};
    let config = Config {
        today: copydesk::calendar::Date::new(2026, 1, 1),
        ..Config::default()
    };
    for rule in copydesk::rules::RULES {
        let codes = |text: &str| -> Vec<&'static str> {
            let draft = format!("Headline\n\n{text}\n");
            analyze(&draft, Format::Plain, &config)
                .findings
                .iter()
                .map(|f| f.code)
                .collect()
        };
        assert!(
            codes(rule.wrong).contains(&rule.code),
            "{}: the wrong example draws no finding",
            rule.code
        );
        assert!(
            !codes(rule.right).contains(&rule.code),
            "{}: the right example draws a finding",
            rule.code
        );
    }
}
