// Shared by the analysis targets: run the whole analysis and check the
// invariants every finding must keep.
use copydesk::{analyze, Config, Format};

pub fn analyse_bytes(data: &[u8], format: Format) {
    let text = String::from_utf8_lossy(data);
    let a = analyze(&text, format, &Config::default());
    for f in &a.findings {
        assert!(f.range.start <= f.range.end && f.range.end <= text.len());
        assert!(text.is_char_boundary(f.range.start) && text.is_char_boundary(f.range.end));
        for fix in &f.fixes {
            for e in &fix.edits {
                assert!(text.is_char_boundary(e.range.start) && text.is_char_boundary(e.range.end));
            }
        }
    }
}
