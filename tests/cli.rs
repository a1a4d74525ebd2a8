//! End-to-end runs of the real `copydesk` binary: every output format,
//! every exit code, standard input, folders, broken inputs.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn bin() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_copydesk"));
    c.env_remove("NO_COLOR");
    c
}

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

/// Runs copydesk in the fixtures folder so that paths in the output are short.
fn run(args: &[&str]) -> Output {
    bin()
        .args(args)
        .current_dir(fixtures())
        .output()
        .expect("copydesk runs")
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("UTF-8 output")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn json(o: &Output) -> serde_json::Value {
    serde_json::from_slice(&o.stdout).expect("JSON output")
}

#[test]
fn human_output_is_rustc_style() {
    let o = run(&[
        "check",
        "--color",
        "never",
        "standalone-quote.md",
        "age-conflict.txt",
    ]);
    assert_eq!(o.status.code(), Some(1));
    insta::assert_snapshot!("human", stdout(&o));
}

#[test]
fn json_output_has_the_documented_shape() {
    let o = run(&["check", "--format", "json", "age-conflict.txt", "clean.md"]);
    assert_eq!(o.status.code(), Some(1));
    let v = json(&o);
    assert_eq!(v["version"], 1);
    // files in sorted order, each with its diagnostics, clean ones included
    assert_eq!(v["files"][0]["path"], "age-conflict.txt");
    assert_eq!(v["files"][1]["path"], "clean.md");
    assert_eq!(
        v["files"][1]["diagnostics"].as_array().map(Vec::len),
        Some(0)
    );
    let d = &v["files"][0]["diagnostics"][0];
    assert_eq!(d["code"], "conflicting-age");
    // the related location is the other statement, “Dana Whitfield, 52”
    let text = std::fs::read_to_string(fixtures().join("age-conflict.txt")).unwrap();
    let r = &d["related"][0];
    let (s, e) = (
        r["byte_start"].as_u64().unwrap() as usize,
        r["byte_end"].as_u64().unwrap() as usize,
    );
    assert_eq!(&text[s..e], "Dana Whitfield, 52");
    insta::assert_snapshot!("json", stdout(&o));
}

#[test]
fn sarif_output_reads_back_as_sarif() {
    let o = run(&["check", "--format", "sarif", "name-variants.md"]);
    assert_eq!(o.status.code(), Some(1));
    let log: serde_sarif::sarif::Sarif = serde_json::from_slice(&o.stdout).expect("valid SARIF");
    let run = &log.runs[0];
    let results = run.results.as_ref().expect("results");
    assert_eq!(results.len(), 1);
    assert_eq!(results[0].rule_id.as_deref(), Some("name-spelling"));
    assert!(results[0].fixes.as_ref().is_some_and(|f| !f.is_empty()));
    let rules = run.tool.driver.rules.as_ref().expect("rules");
    assert!(rules.iter().any(|r| r.id == "unattributed-quote"));
    insta::assert_snapshot!("sarif", stdout(&o));
}

#[test]
fn github_output_is_workflow_commands() {
    let o = run(&[
        "check",
        "--format",
        "github",
        "standalone-quote.md",
        "name-variants.md",
    ]);
    assert_eq!(o.status.code(), Some(1));
    insta::assert_snapshot!("github", stdout(&o));
}

#[test]
fn exit_codes() {
    assert_eq!(run(&["check", "clean.md"]).status.code(), Some(0));
    assert_eq!(
        run(&["check", "standalone-quote.md"]).status.code(),
        Some(1)
    );
    // warnings below --fail-on error do not fail the run
    assert_eq!(
        run(&["check", "--fail-on", "error", "standalone-quote.md"])
            .status
            .code(),
        Some(0)
    );
    let missing = run(&["check", "no-such-draft.md"]);
    assert_eq!(missing.status.code(), Some(2));
    assert!(
        stderr(&missing).contains("no-such-draft.md: no such file or folder"),
        "{}",
        stderr(&missing)
    );
    assert_eq!(
        run(&["check", "--format", "yaml", "clean.md"])
            .status
            .code(),
        Some(2)
    );
    assert_eq!(run(&["explain", "no-such-rule"]).status.code(), Some(2));
}

#[test]
fn stdin_is_read_and_named() {
    let mut child = bin()
        .args([
            "check",
            "--format",
            "json",
            "--stdin-filename",
            "draft.md",
            "-",
        ])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    child
        .stdin
        .take()
        .unwrap()
        .write_all("# Head\n\n“Nobody told us anything about the closure.”\n".as_bytes())
        .unwrap();
    let o = child.wait_with_output().unwrap();
    assert_eq!(o.status.code(), Some(1));
    let v = json(&o);
    assert_eq!(v["files"][0]["path"], "draft.md");
    assert_eq!(
        v["files"][0]["diagnostics"][0]["code"],
        "unattributed-quote"
    );
}

fn write(dir: &Path, name: &str, bytes: &[u8]) {
    let path = dir.join(name);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, bytes).unwrap();
}

const UNATTRIBUTED: &str = "Head\n\n\"We will never agree to this plan, not now and not later.\"\n";

#[test]
fn folders_respect_gitignore_and_skip_other_files() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), ".gitignore", b"drafts/old/\n");
    write(dir.path(), "drafts/a.md", UNATTRIBUTED.as_bytes());
    write(dir.path(), "drafts/old/b.md", UNATTRIBUTED.as_bytes());
    write(dir.path(), "drafts/notes.json", b"{}");
    let o = bin()
        .args(["check", "--format", "json", "drafts"])
        .current_dir(dir.path())
        .output()
        .unwrap();
    let v = json(&o);
    let paths: Vec<&str> = v["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["path"].as_str().unwrap())
        .collect();
    assert_eq!(paths, vec!["drafts/a.md"]);
}

#[test]
fn config_from_the_folder_upward_and_broken_config() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "copydesk.toml",
        b"[rules.unattributed-quote]\nenabled = false\n",
    );
    write(dir.path(), "desk/a.txt", UNATTRIBUTED.as_bytes());
    let o = bin()
        .args(["check", "desk/a.txt"])
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));

    write(
        dir.path(),
        "copydesk.toml",
        b"[rules.unattributed-quote]\nseverity = \"loud\"\n",
    );
    let o = bin()
        .args(["check", "desk/a.txt"])
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(
        err.contains("copydesk.toml:2:12:") && err.contains("loud"),
        "{err}"
    );

    let o = bin()
        .args(["check", "--config", "missing.toml", "desk/a.txt"])
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn binary_and_invalid_utf8_files_are_reported_and_skipped() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "a.txt", UNATTRIBUTED.as_bytes());
    write(dir.path(), "b.txt", b"PK\x03\x04\x00\x00binary");
    write(dir.path(), "c.txt", b"Caf\xe9 latin-1 text");
    let o = bin()
        .args(["check", "--format", "json", "."])
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(err.contains("b.txt: binary file"), "{err}");
    assert!(
        err.contains("c.txt: not UTF-8 text (invalid byte at offset 3)"),
        "{err}"
    );
    let v = json(&o);
    assert_eq!(
        v["files"].as_array().unwrap().len(),
        1,
        "the readable draft is still checked"
    );
}

#[test]
fn crlf_positions_count_characters() {
    let o = run(&["check", "--format", "json", "crlf.txt"]);
    let v = json(&o);
    let d = &v["files"][0]["diagnostics"][0];
    assert_eq!(d["code"], "unattributed-quote");
    assert_eq!(
        (d["line"].as_u64(), d["column"].as_u64()),
        (Some(5), Some(1))
    );
    // the range ends after the closing mark, before the CRLF
    assert_eq!(
        (d["end_line"].as_u64(), d["end_column"].as_u64()),
        (Some(5), Some(44))
    );
    let text = std::fs::read(fixtures().join("crlf.txt")).unwrap();
    let (s, e) = (
        d["byte_start"].as_u64().unwrap() as usize,
        d["byte_end"].as_u64().unwrap() as usize,
    );
    assert!(text[s..e].starts_with("“".as_bytes()) && text[s..e].ends_with("”".as_bytes()));
}

#[test]
fn inline_ignore_silences_the_next_paragraph() {
    assert_eq!(run(&["check", "ignored.md"]).status.code(), Some(0));
}

#[test]
fn quotes_lists_every_quotation_with_its_speaker() {
    let o = run(&["quotes", "--format", "json", "pronoun-and-colon.txt"]);
    assert_eq!(o.status.code(), Some(0));
    let v = json(&o);
    let quotes = v["files"][0]["quotes"].as_array().unwrap();
    let summary: Vec<(String, String, String)> = quotes
        .iter()
        .map(|q| {
            (
                q["kind"].as_str().unwrap().to_string(),
                q["speaker"].as_str().unwrap_or("-").to_string(),
                q["cue"].as_str().unwrap_or("-").to_string(),
            )
        })
        .collect();
    assert_eq!(
        summary,
        vec![
            ("speech".into(), "Omar Haddad".into(), "said".into()),
            ("speech".into(), "Omar Haddad".into(), "told".into()),
        ]
    );
    // the speaker span of "he said" is the pronoun itself
    let text = std::fs::read_to_string(fixtures().join("pronoun-and-colon.txt")).unwrap();
    let q = &quotes[0];
    let (s, e) = (
        q["speaker_byte_start"].as_u64().unwrap() as usize,
        q["speaker_byte_end"].as_u64().unwrap() as usize,
    );
    assert_eq!(&text[s..e], "he");
    let human = run(&["quotes", "pronoun-and-colon.txt"]);
    insta::assert_snapshot!("quotes_human", stdout(&human));
}

#[test]
fn name_fix_applied_leaves_the_draft_clean() {
    let o = run(&["check", "--format", "json", "name-variants.md"]);
    let v = json(&o);
    let d = &v["files"][0]["diagnostics"][0];
    assert_eq!(d["code"], "name-spelling");
    let edit = &d["fixes"][0]["edits"][0];
    let mut text = std::fs::read_to_string(fixtures().join("name-variants.md")).unwrap();
    let (s, e) = (
        edit["byte_start"].as_u64().unwrap() as usize,
        edit["byte_end"].as_u64().unwrap() as usize,
    );
    text.replace_range(s..e, edit["new_text"].as_str().unwrap());
    assert!(text.contains("Kowalczyk said she had never wanted to leave."));
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "fixed.md", text.as_bytes());
    let o = bin()
        .args(["check", "fixed.md"])
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
}

#[test]
fn rules_and_explain() {
    let o = run(&["rules"]);
    let out = stdout(&o);
    for code in [
        "unattributed-quote",
        "name-spelling",
        "conflicting-age",
        "conflicting-weekday",
    ] {
        assert!(out.contains(code), "{out}");
    }
    let o = run(&["explain", "unattributed-quote"]);
    let out = stdout(&o);
    assert!(out.contains("Wrong:") && out.contains("Right:"), "{out}");
}

#[test]
fn sample_draft_shows_every_rule() {
    let sample = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/sample-draft.md");
    let o = bin()
        .args(["check", "--format", "json"])
        .arg(&sample)
        .output()
        .unwrap();
    let v = json(&o);
    let mut codes: Vec<&str> = v["files"][0]["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["code"].as_str().unwrap())
        .collect();
    codes.sort_unstable();
    codes.dedup();
    let mut all: Vec<&str> = copydesk::rules::RULES.iter().map(|r| r.code).collect();
    all.sort_unstable();
    assert_eq!(codes, all);
}

#[test]
fn gitlab_code_quality_report() {
    let o = run(&["check", "--format", "gitlab", "standalone-quote.md"]);
    assert_eq!(o.status.code(), Some(1));
    let v = json(&o);
    let issue = &v[0];
    assert_eq!(issue["check_name"], "unattributed-quote");
    assert_eq!(issue["severity"], "minor");
    assert_eq!(issue["location"]["path"], "standalone-quote.md");
    assert_eq!(issue["location"]["positions"]["begin"]["line"], 5);
    assert_eq!(issue["fingerprint"].as_str().unwrap().len(), 16);
    // the same input gives the same fingerprint
    let again = json(&run(&[
        "check",
        "--format",
        "gitlab",
        "standalone-quote.md",
    ]));
    assert_eq!(again[0]["fingerprint"], issue["fingerprint"]);
}

#[test]
fn changed_since_checks_only_changed_drafts() {
    let dir = tempfile::tempdir().unwrap();
    let git = |args: &[&str]| {
        let ok = Command::new("git")
            .args(args)
            .current_dir(dir.path())
            .output()
            .unwrap()
            .status
            .success();
        assert!(ok, "git {args:?}");
    };
    git(&["init", "-q"]);
    git(&["config", "user.email", "desk@example.com"]);
    git(&["config", "user.name", "Desk"]);
    write(dir.path(), "old.md", UNATTRIBUTED.as_bytes());
    write(dir.path(), "edited.md", b"# Head\n\nFine.\n");
    git(&["add", "."]);
    git(&["commit", "-q", "-m", "base"]);
    write(dir.path(), "edited.md", UNATTRIBUTED.as_bytes());
    write(dir.path(), "new.md", UNATTRIBUTED.as_bytes());
    let o = bin()
        .args(["check", "--format", "json", "--changed-since", "HEAD", "."])
        .current_dir(dir.path())
        .output()
        .unwrap();
    let v = json(&o);
    let mut paths: Vec<String> = v["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            f["path"]
                .as_str()
                .unwrap()
                .trim_start_matches("./")
                .to_string()
        })
        .collect();
    paths.sort();
    assert_eq!(paths, vec!["edited.md", "new.md"]);
    let bad = bin()
        .args(["check", "--changed-since", "no-such-ref", "."])
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert_eq!(bad.status.code(), Some(2));
}
