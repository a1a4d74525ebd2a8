//! The CLI over a large tree with every kind of problem file among the
//! drafts: each readable draft is checked, each problem file is named on
//! stderr, and the exit code says so.

use std::process::Command;

#[test]
fn ten_thousand_files_with_problems_among_them() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    let mut drafts = 0;
    for i in 0..10_000 {
        let sub = root.join(format!("desk{:02}/day{:02}", i % 25, i % 7));
        std::fs::create_dir_all(&sub).unwrap();
        let path = sub.join(format!("story{i:05}.md"));
        let text = if i % 1000 == 0 {
            "# Head\n\n“Nobody asked the residents what they wanted here.”\n".to_string()
        } else {
            format!("# Story {i}\n\nThe council met on Tuesday, chair Rosa Lund said.\n")
        };
        std::fs::write(path, text).unwrap();
        drafts += 1;
    }
    std::fs::write(root.join("desk00/binary.md"), b"PK\x03\x04\x00\x00\x00").unwrap();
    std::fs::write(root.join("desk01/latin1.txt"), b"Caf\xe9 au lait").unwrap();
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink(root.join("desk02"), root.join("desk02/day00/loop")).unwrap();
        std::os::unix::fs::symlink(root.join("nowhere.md"), root.join("desk03/dangling.md"))
            .unwrap();
    }
    let out = Command::new(env!("CARGO_BIN_EXE_copydesk"))
        .args(["check", "--format", "json"])
        .arg(root)
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(2),
        "problem files make the exit code 2"
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("binary.md: binary file"), "{err}");
    assert!(err.contains("latin1.txt: not UTF-8"), "{err}");
    #[cfg(unix)]
    {
        assert!(err.contains("loop"), "the symlink loop is named: {err}");
        assert!(
            err.contains("dangling.md"),
            "the dangling link is named: {err}"
        );
    }
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let files = v["files"].as_array().unwrap();
    assert_eq!(files.len(), drafts, "every readable draft is checked");
    let flagged = files
        .iter()
        .filter(|f| !f["diagnostics"].as_array().unwrap().is_empty())
        .count();
    assert_eq!(flagged, 10);
}
