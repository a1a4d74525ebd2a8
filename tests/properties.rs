//! Properties every finding must have, on any text: its range lies inside
//! the document on character boundaries, and applying its fix gives valid
//! text in which that finding is gone and nothing outside the fix changed.

use copydesk::finding::apply_edits;
use copydesk::{analyze, Config, Format};
use proptest::prelude::*;

/// Draft-like text: words, names with variants, quote marks of every
/// style, numbers, weekdays, Markdown markup and odd characters.
fn draft() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("Calder".to_string()),
        Just("Calter".to_string()),
        Just("Ines Calder".to_string()),
        Just("said".to_string()),
        Just("the mayor said".to_string()),
        Just("“".to_string()),
        Just("”".to_string()),
        Just("\"".to_string()),
        Just("'".to_string()),
        Just("‘".to_string()),
        Just("’".to_string()),
        Just("«".to_string()),
        Just("»".to_string()),
        Just("Monday, July 1, 2025".to_string()),
        Just("52".to_string()),
        Just("the 54-year-old Calder".to_string()),
        Just("Calder, 52,".to_string()),
        Just("640 jobs".to_string()),
        Just("460 jobs".to_string()),
        Just(". ".to_string()),
        Just(", ".to_string()),
        Just("\n\n".to_string()),
        Just("\r\n".to_string()),
        Just("# ".to_string()),
        Just("**".to_string()),
        Just("`".to_string()),
        Just("<!-- copydesk-ignore -->".to_string()),
        Just("😀".to_string()),
        Just("e\u{301}".to_string()),
        Just("שלום".to_string()),
        "[a-zA-Z]{1,8}",
        "\\PC{0,3}",
    ];
    proptest::collection::vec(piece, 0..60).prop_map(|v| v.join(" "))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn findings_lie_inside_the_text_on_char_boundaries(text in draft(), md in any::<bool>()) {
        let format = if md { Format::Markdown } else { Format::Plain };
        let a = analyze(&text, format, &Config::default());
        for f in &a.findings {
            prop_assert!(f.range.start <= f.range.end && f.range.end <= text.len(), "{f:?}");
            prop_assert!(text.is_char_boundary(f.range.start) && text.is_char_boundary(f.range.end), "{f:?}");
            for r in &f.related {
                prop_assert!(r.range.end <= text.len() && text.is_char_boundary(r.range.start) && text.is_char_boundary(r.range.end));
            }
            for fix in &f.fixes {
                for e in &fix.edits {
                    prop_assert!(e.range.end <= text.len() && text.is_char_boundary(e.range.start) && text.is_char_boundary(e.range.end));
                }
            }
        }
    }

    #[test]
    fn a_fix_removes_its_finding_and_changes_nothing_else(text in draft(), md in any::<bool>()) {
        let format = if md { Format::Markdown } else { Format::Plain };
        let a = analyze(&text, format, &Config::default());
        for f in a.findings.iter().filter(|f| !f.fixes.is_empty()) {
            let fix = &f.fixes[0];
            let fixed = apply_edits(&text, &fix.edits);
            // nothing outside the edited ranges changed
            let first = fix.edits.iter().map(|e| e.range.start).min().unwrap();
            let last = fix.edits.iter().map(|e| e.range.end).max().unwrap();
            prop_assert_eq!(&fixed[..first], &text[..first]);
            let tail = text.len() - last;
            prop_assert_eq!(&fixed[fixed.len() - tail..], &text[last..]);
            // the finding is gone: nothing of that rule where the fix wrote
            let b = analyze(&fixed, format, &Config::default());
            let at = fix.edits[0].range.start;
            prop_assert!(
                !b.findings.iter().any(|g| g.code == f.code && g.range.start == at),
                "finding {:?} survived its fix in {:?}", f, fixed
            );
        }
    }
}
