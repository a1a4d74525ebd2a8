//! End-to-end runs of the real `copydesk` binary: every output format,
//! every exit code, standard input, folders, broken inputs.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// The binary under test; `COPYDESK_BIN` runs the suite against another
/// build (an older release, to see a test fail before its fix).
fn bin() -> Command {
    let exe = std::env::var_os("COPYDESK_BIN")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_BIN_EXE_copydesk")));
    let mut c = Command::new(exe);
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

fn git_repo(dir: &Path) -> impl Fn(&[&str]) + '_ {
    move |args: &[&str]| {
        let ok = Command::new("git")
            .args(args)
            .current_dir(dir)
            .output()
            .unwrap()
            .status
            .success();
        assert!(ok, "git {args:?}");
    }
}

/// Runs copydesk in `dir`, killing it if it has not finished in 20 seconds
/// (a read that blocks is a failure, not a hung test run). Its output is
/// read while it runs, so an output larger than a pipe's buffer (a SARIF
/// report carries every rule's documentation) cannot stall it.
fn run_in(dir: &Path, args: &[&std::ffi::OsStr]) -> Output {
    let mut child = bin()
        .args(args)
        .current_dir(dir)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let drain = |mut pipe: Box<dyn std::io::Read + Send>| {
        std::thread::spawn(move || {
            let mut buf = Vec::new();
            pipe.read_to_end(&mut buf).unwrap();
            buf
        })
    };
    let out = drain(Box::new(child.stdout.take().unwrap()));
    let err = drain(Box::new(child.stderr.take().unwrap()));
    let start = std::time::Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if start.elapsed() > std::time::Duration::from_secs(20) {
            let _ = child.kill();
            panic!("copydesk {args:?} did not finish: it blocked on its input");
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    };
    Output {
        status,
        stdout: out.join().unwrap(),
        stderr: err.join().unwrap(),
    }
}

fn os(args: &[&str]) -> Vec<std::ffi::OsString> {
    args.iter().map(std::ffi::OsString::from).collect()
}

fn run_at(dir: &Path, args: &[&str]) -> Output {
    let owned = os(args);
    let refs: Vec<&std::ffi::OsStr> = owned.iter().map(|a| a.as_os_str()).collect();
    run_in(dir, &refs)
}

fn json_paths(o: &Output) -> Vec<String> {
    let v = json(o);
    v["files"]
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
        .collect()
}

#[test]
fn a_ref_that_looks_like_an_option_never_reaches_git() {
    let dir = tempfile::tempdir().unwrap();
    let git = git_repo(dir.path());
    git(&["init", "-q"]);
    git(&["config", "user.email", "desk@example.com"]);
    git(&["config", "user.name", "Desk"]);
    write(dir.path(), "a.md", UNATTRIBUTED.as_bytes());
    git(&["add", "."]);
    git(&["commit", "-q", "-m", "base"]);
    let target = dir.path().join("overwritten.txt");
    let o = run_at(
        dir.path(),
        &[
            "check",
            &format!("--changed-since=--output={}", target.display()),
            ".",
        ],
    );
    assert!(!target.exists(), "git wrote the file named in the ref");
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("is not a git ref"), "{}", stderr(&o));
    assert!(o.stdout.is_empty(), "{}", stdout(&o));
}

/// A name with an escape sequence and one that is not UTF-8, each holding
/// an unattributed quote.
#[cfg(unix)]
fn hostile_names() -> (tempfile::TempDir, Vec<u8>, Vec<u8>) {
    use std::os::unix::ffi::OsStrExt;
    let dir = tempfile::tempdir().unwrap();
    let evil = b"evil\x1b[31m\nname.md".to_vec();
    let latin = b"caf\xe9.md".to_vec();
    for n in [&evil, &latin] {
        std::fs::write(
            dir.path().join(std::ffi::OsStr::from_bytes(n)),
            UNATTRIBUTED,
        )
        .unwrap();
    }
    (dir, evil, latin)
}

#[cfg(unix)]
#[test]
fn file_names_are_escaped_in_every_output_format() {
    let (dir, evil, latin) = hostile_names();
    let check = |format: &str| {
        let o = run_at(
            dir.path(),
            &["check", "--color", "never", "--format", format, "."],
        );
        assert_eq!(o.status.code(), Some(1), "{format}: {}", stderr(&o));
        assert!(
            !o.stdout.contains(&0x1b),
            "{format}: an escape character reached the output"
        );
        o
    };
    // human and concise: controls and bytes that are not UTF-8 as \xNN
    for format in ["human", "concise"] {
        let out = stdout(&check(format));
        assert!(out.contains("./evil\\x1b[31m\\x0aname.md:"), "{out}");
        assert!(out.contains("./caf\\xe9.md:"), "{out}");
    }
    // JSON: the exact name, with `path_bytes` when it is not UTF-8
    let v = json(&check("json"));
    let files = v["files"].as_array().unwrap();
    let by_path = |p: &str| files.iter().find(|f| f["path"] == p);
    assert!(by_path("./evil\u{1b}[31m\nname.md").is_some(), "{v}");
    let latin_file = by_path("./caf\u{fffd}.md").expect("lossy path");
    let mut want: Vec<u8> = b"./".to_vec();
    want.extend(&latin);
    let got: Vec<u8> = latin_file["path_bytes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| b.as_u64().unwrap() as u8)
        .collect();
    assert_eq!(got, want);
    assert!(by_path("./evil\u{1b}[31m\nname.md").unwrap()["path_bytes"].is_null());
    // SARIF: percent-encoded URIs, byte-exact
    let o = check("sarif");
    let log: serde_sarif::sarif::Sarif = serde_json::from_slice(&o.stdout).unwrap();
    let mut uris: Vec<String> = log.runs[0]
        .results
        .as_ref()
        .unwrap()
        .iter()
        .map(|r| {
            r.locations.as_ref().unwrap()[0]
                .physical_location
                .as_ref()
                .unwrap()
                .artifact_location
                .as_ref()
                .unwrap()
                .uri
                .clone()
                .unwrap()
        })
        .collect();
    uris.sort();
    assert_eq!(uris, vec!["./caf%E9.md", "./evil%1B%5B31m%0Aname.md"]);
    // GitHub: one workflow command per finding, controls as %XX
    let out = stdout(&check("github"));
    assert_eq!(out.lines().count(), 2, "{out}");
    assert!(out.contains("file=./evil%1B[31m%0Aname.md,"), "{out}");
    assert!(out.contains("file=./caf%E9.md,"), "{out}");
    // GitLab: JSON strings escape the controls; a name that is not UTF-8 as \xNN
    let v = json(&check("gitlab"));
    let mut paths: Vec<&str> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["location"]["path"].as_str().unwrap())
        .collect();
    paths.sort();
    assert_eq!(paths, vec!["./caf\\xe9.md", "./evil\u{1b}[31m\nname.md"]);
    let _ = evil;
}

#[test]
fn a_closed_output_pipe_ends_quietly() {
    let dir = tempfile::tempdir().unwrap();
    let mut draft = String::from("Many voices\n\n");
    for i in 0..3000 {
        draft.push_str(&format!(
            "“We will not accept plan number {i}, not now and not later.”\n\n"
        ));
    }
    write(dir.path(), "long.txt", draft.as_bytes());
    let mut child = bin()
        .args(["check", "--color", "never", "long.txt"])
        .current_dir(dir.path())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // the reader goes away before reading anything (like `| head -c0`)
    drop(child.stdout.take());
    let o = child.wait_with_output().unwrap();
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert_eq!(stderr(&o), "");
    // standard output closed outright
    #[cfg(unix)]
    {
        let exe = std::env::var_os("COPYDESK_BIN")
            .map(PathBuf::from)
            .unwrap_or_else(|| PathBuf::from(env!("CARGO_BIN_EXE_copydesk")));
        let o = Command::new("sh")
            .arg("-c")
            .arg("exec \"$0\" check --color never long.txt >&-")
            .arg(exe)
            .current_dir(dir.path())
            .output()
            .unwrap();
        assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
        assert_eq!(stderr(&o), "");
    }
}

#[test]
fn standard_input_named_twice_is_refused() {
    let mut child = bin()
        .args(["check", "--stdin-filename", "a.txt", "-", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    // copydesk refuses before reading anything: a closed pipe here is fine
    let _ = child
        .stdin
        .take()
        .unwrap()
        .write_all(UNATTRIBUTED.as_bytes());
    let o = child.wait_with_output().unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("named more than once"),
        "{}",
        stderr(&o)
    );
    assert!(o.stdout.is_empty(), "{}", stdout(&o));
}

#[cfg(unix)]
#[test]
fn fifos_devices_and_oversized_files_are_refused_by_name() {
    let dir = tempfile::tempdir().unwrap();
    for name in ["pipe.md", "copydesk-pipe.toml"] {
        let ok = Command::new("mkfifo")
            .arg(dir.path().join(name))
            .status()
            .unwrap()
            .success();
        assert!(ok);
    }
    write(dir.path(), "a.md", UNATTRIBUTED.as_bytes());
    let refused = |args: &[&str], what: &str| {
        let o = run_at(dir.path(), args);
        assert_eq!(o.status.code(), Some(2), "{args:?}: {}", stdout(&o));
        assert!(stderr(&o).contains(what), "{args:?}: {}", stderr(&o));
    };
    refused(
        &["check", "pipe.md"],
        "pipe.md: a FIFO is not a regular file",
    );
    refused(
        &["check", "--config", "copydesk-pipe.toml", "a.md"],
        "copydesk-pipe.toml: a FIFO is not a regular file",
    );
    refused(
        &["check", "/dev/zero"],
        "/dev/zero: a character device is not a regular file",
    );
    refused(
        &["check", "--config", "/dev/null", "a.md"],
        "/dev/null: a character device is not a regular file",
    );
    refused(
        &["check", "--config", "/dev/zero", "a.md"],
        "/dev/zero: a character device is not a regular file",
    );
    refused(
        &["check", "/dev/null"],
        "/dev/null: a character device is not a regular file",
    );
    // a FIFO or a link to a device met in a folder walk, named like a
    // draft, is named as refused, never opened; the walk goes on
    std::os::unix::fs::symlink("/dev/zero", dir.path().join("zero.md")).unwrap();
    let o = run_at(dir.path(), &["check", "--format", "json", "."]);
    assert_eq!(json_paths(&o), vec!["a.md"]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(
        err.contains("pipe.md: a FIFO is not a regular file"),
        "{err}"
    );
    assert!(
        err.contains("zero.md: a character device is not a regular file"),
        "{err}"
    );
    // not named like a draft: not a draft, nothing to say
    assert!(!err.contains("copydesk-pipe.toml"), "{err}");
    std::fs::remove_file(dir.path().join("zero.md")).unwrap();
    std::fs::remove_file(dir.path().join("pipe.md")).unwrap();
    // a config larger than 4 MB is refused unless the limit is raised
    let big = format!(
        "[names]\npreferred = [\"Ines Calder\"]\n{}",
        "# padding\n".repeat(450_000)
    );
    write(dir.path(), "big.toml", big.as_bytes());
    refused(
        &["check", "--config", "big.toml", "a.md"],
        "big.toml: larger than the limit of 4 MB",
    );
    let o = run_at(
        dir.path(),
        &[
            "check",
            "--config",
            "big.toml",
            "--max-file-size",
            "8MB",
            "a.md",
        ],
    );
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    // the size cap
    refused(
        &["check", "--max-file-size", "16", "a.md"],
        "a.md: larger than the limit of 16 bytes",
    );
    let o = run_at(dir.path(), &["check", "--max-file-size", "1MB", "a.md"]);
    assert_eq!(o.status.code(), Some(1));
}

#[test]
fn excludes_and_configs_apply_per_file_from_any_folder() {
    let dir = tempfile::tempdir().unwrap();
    let top = dir.path();
    write(
        top,
        "copydesk.toml",
        b"[names]\npreferred = [\"Maria Kowalczyk\"]\n",
    );
    write(
        top,
        "news/copydesk.toml",
        b"[files]\nexclude = [\"archive/**\"]\n[rules.unattributed-quote]\nenabled = false\n",
    );
    write(top, "news/archive/old.md", UNATTRIBUTED.as_bytes());
    write(top, "news/a.md", UNATTRIBUTED.as_bytes());
    write(top, "b.md", UNATTRIBUTED.as_bytes());
    // walking from the parent honours news/copydesk.toml's exclude
    let o = run_at(top, &["check", "--format", "json", "."]);
    assert_eq!(json_paths(&o), vec!["b.md", "news/a.md"]);
    let o = run_at(top.join("news").as_path(), &["check", "--format", "json"]);
    assert_eq!(json_paths(&o), vec!["a.md"]);
    // a named file is checked, unless --force-exclude
    let o = run_at(top, &["check", "--format", "json", "news/archive/old.md"]);
    assert_eq!(json_paths(&o), vec!["news/archive/old.md"]);
    let o = run_at(
        top,
        &[
            "check",
            "--format",
            "json",
            "--force-exclude",
            "news/archive/old.md",
            "b.md",
        ],
    );
    assert_eq!(json_paths(&o), vec!["b.md"]);
    // standard input finds the config of the folder it is named into, and
    // that config extends the house list above it
    let mut child = bin()
        .args([
            "check",
            "--format",
            "json",
            "--stdin-filename",
            "news/c.md",
            "-",
        ])
        .current_dir(top)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    child
        .stdin
        .take()
        .unwrap()
        .write_all(
            "# Coach\n\n“We will never agree to this plan, not now and not later.”\n\nMaria Kowalczik signed on Monday.\n"
                .as_bytes(),
        )
        .unwrap();
    let o = child.wait_with_output().unwrap();
    let v = json(&o);
    let codes: Vec<&str> = v["files"][0]["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["code"].as_str().unwrap())
        .collect();
    assert_eq!(codes, vec!["name-spelling"], "{v}");
    // a nested config that says `root = true` stands alone
    write(
        top,
        "news/copydesk.toml",
        b"root = true\n[rules.unattributed-quote]\nenabled = false\n",
    );
    write(
        top,
        "news/d.md",
        b"# Coach\n\nMaria Kowalczik signed on Monday.\n",
    );
    let o = run_at(top, &["check", "news/d.md"]);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    let o = run_at(top, &["check", "--format", "json", "."]);
    assert!(json_paths(&o).contains(&"news/archive/old.md".to_string()));
    // a config named with --config stands alone, and its globs are relative
    // to the current folder
    write(top, "ci/strict.toml", b"[files]\nexclude = [\"news/**\"]\n");
    // with the house list above ci/ this would be a name-spelling finding
    write(
        top,
        "b.md",
        "# Coach\n\n“We will never agree to this plan, not now and not later.”\n\nMaria Kowalczik signed on Monday.\n".as_bytes(),
    );
    let o = run_at(
        top,
        &[
            "check",
            "--format",
            "json",
            "--config",
            "ci/strict.toml",
            ".",
        ],
    );
    let v = json(&o);
    assert_eq!(json_paths(&o), vec!["b.md"]);
    let codes: Vec<&str> = v["files"][0]["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["code"].as_str().unwrap())
        .collect();
    assert_eq!(codes, vec!["unattributed-quote"], "{v}");
}

#[test]
fn changed_since_asks_git_in_the_checked_folder_and_keeps_every_name() {
    let dir = tempfile::tempdir().unwrap();
    let repo = dir.path().join("repo");
    std::fs::create_dir(&repo).unwrap();
    let git = git_repo(&repo);
    git(&["init", "-q"]);
    git(&["config", "user.email", "desk@example.com"]);
    git(&["config", "user.name", "Desk"]);
    write(&repo, "naïve.md", b"# Head\n\nFine.\n");
    write(&repo, "same.md", b"# Head\n\nFine.\n");
    git(&["add", "."]);
    git(&["commit", "-q", "-m", "base"]);
    write(&repo, "naïve.md", UNATTRIBUTED.as_bytes());
    write(&repo, "café.md", UNATTRIBUTED.as_bytes());
    // run from outside the repository
    let o = run_at(
        dir.path(),
        &[
            "check",
            "--format",
            "json",
            "--changed-since",
            "HEAD",
            "repo",
        ],
    );
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let mut paths = json_paths(&o);
    paths.sort();
    assert_eq!(paths, vec!["repo/café.md", "repo/naïve.md"]);
}

#[test]
fn an_input_error_prints_no_summary() {
    let dir = tempfile::tempdir().unwrap();
    let o = run_at(dir.path(), &["check", "no-such-draft.md"]);
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(stdout(&o), "");
    write(dir.path(), "copydesk.toml", b"[rules\n");
    write(dir.path(), "a.md", UNATTRIBUTED.as_bytes());
    let o = run_at(dir.path(), &["check", "a.md"]);
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(stdout(&o), "");
    let o = run_at(dir.path(), &["check", "--config", "missing.toml", "a.md"]);
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(stdout(&o), "");
}

#[test]
fn toml_dates_and_did_you_mean_for_rule_codes() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "copydesk.toml", b"date = 2026-03-01\n");
    write(dir.path(), "a.md", b"# Head\n\nFine.\n");
    let o = run_at(dir.path(), &["check", "a.md"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    write(
        dir.path(),
        "copydesk.toml",
        b"[rules.unatributed-quote]\nenabled = false\n",
    );
    let o = run_at(dir.path(), &["check", "a.md"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("did you mean `unattributed-quote`?"),
        "{}",
        stderr(&o)
    );
    let o = run(&["explain", "unatributed-quote"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("did you mean `unattributed-quote`?"),
        "{}",
        stderr(&o)
    );
    let o = run(&["check", "--select", "name-speling", "clean.md"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("did you mean `name-spelling`?"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn gitlab_fingerprints_survive_an_edit_above() {
    let dir = tempfile::tempdir().unwrap();
    let body = "“We will never agree to this plan, not now and not later.”\n\nThe board met.\n\n“We will never agree to this plan, not now and not later.”\n\nMaria Kowalczyk spoke. Kowalczyk left. Kowalczik returned.\n";
    let fingerprints = |text: &str| {
        write(dir.path(), "story.md", text.as_bytes());
        let v = json(&run_at(
            dir.path(),
            &["check", "--format", "gitlab", "story.md"],
        ));
        let mut f: Vec<(String, String)> = v
            .as_array()
            .unwrap()
            .iter()
            .map(|i| {
                (
                    i["check_name"].as_str().unwrap().to_string(),
                    i["fingerprint"].as_str().unwrap().to_string(),
                )
            })
            .collect();
        f.sort();
        f
    };
    let before = fingerprints(&format!("# Vote\n\n{body}"));
    let after = fingerprints(&format!(
        "# Vote\n\nA new first paragraph, added at the last minute.\n\n{body}"
    ));
    assert_eq!(before.len(), 3, "{before:?}");
    assert_eq!(before, after);
    // the same quote twice: two findings, two fingerprints
    let mut unique: Vec<&String> = before.iter().map(|(_, f)| f).collect();
    unique.dedup();
    assert_eq!(unique.len(), 3);
}

#[test]
fn select_ignore_statistics_quiet_and_concise() {
    let files = [
        "standalone-quote.md",
        "age-conflict.txt",
        "name-variants.md",
    ];
    let with = |extra: &[&str]| {
        let mut args = vec!["check", "--color", "never"];
        args.extend(extra);
        args.extend(files);
        run(&args)
    };
    let o = with(&["--format", "concise"]);
    assert_eq!(o.status.code(), Some(1));
    let out = stdout(&o);
    assert!(
        out.contains("standalone-quote.md:5:1: warning[unattributed-quote] "),
        "{out}"
    );
    assert_eq!(out.lines().count(), 4, "{out}");
    assert!(out.ends_with("3 warnings in 3 of 3 files.\n"), "{out}");
    let o = with(&["--format", "concise", "--quiet"]);
    assert_eq!(stdout(&o).lines().count(), 3);
    let o = with(&[
        "--format",
        "concise",
        "--select",
        "name-spelling,conflicting-age",
    ]);
    let out = stdout(&o);
    assert!(!out.contains("unattributed-quote"), "{out}");
    assert!(
        out.contains("name-spelling") && out.contains("conflicting-age"),
        "{out}"
    );
    let o = with(&["--format", "concise", "--ignore", "name-spelling"]);
    let out = stdout(&o);
    assert!(!out.contains("name-spelling"), "{out}");
    assert!(out.contains("unattributed-quote"), "{out}");
    let o = with(&["--statistics"]);
    let out = stdout(&o);
    assert!(out.contains("     1  conflicting-age"), "{out}");
    assert!(out.contains("     1  unattributed-quote"), "{out}");
    assert!(!out.contains("-->"), "{out}");
    assert_eq!(o.status.code(), Some(1));
}

#[test]
fn output_file_and_no_path_means_the_current_folder() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "a.md", UNATTRIBUTED.as_bytes());
    write(dir.path(), "sub/b.txt", UNATTRIBUTED.as_bytes());
    let o = run_at(dir.path(), &["check", "--format", "json"]);
    assert_eq!(json_paths(&o), vec!["a.md", "sub/b.txt"]);
    let o = run_at(
        dir.path(),
        &["check", "--format", "json", "--output-file", "report.json"],
    );
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(stdout(&o), "");
    let report: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.path().join("report.json")).unwrap()).unwrap();
    assert_eq!(report["files"].as_array().unwrap().len(), 2);
}

#[test]
fn fix_writes_name_spellings_and_diff_only_shows_them() {
    let dir = tempfile::tempdir().unwrap();
    let original = std::fs::read(fixtures().join("name-variants.md")).unwrap();
    write(dir.path(), "story.md", &original);
    let o = run_at(dir.path(), &["check", "--diff", "story.md"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.contains("--- a/story.md\n+++ b/story.md\n"), "{out}");
    assert!(
        out.contains("-Kowalcyzk said she had never wanted to leave.\n"),
        "{out}"
    );
    assert!(
        out.contains("+Kowalczyk said she had never wanted to leave.\n"),
        "{out}"
    );
    assert_eq!(
        std::fs::read(dir.path().join("story.md")).unwrap(),
        original
    );
    let o = run_at(
        dir.path(),
        &["check", "--color", "never", "--fix", "story.md"],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    assert!(stdout(&o).contains("Fixed 1 finding."), "{}", stdout(&o));
    let fixed = std::fs::read_to_string(dir.path().join("story.md")).unwrap();
    assert_eq!(
        fixed,
        String::from_utf8(original)
            .unwrap()
            .replace("Kowalcyzk said", "Kowalczyk said")
    );
    // nothing left to fix
    let o = run_at(dir.path(), &["check", "--diff", "story.md"]);
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(stdout(&o), "");
}

#[test]
fn inline_ignore_forms_and_comments_that_do_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let quote = "“We will never agree to this plan, not now and not later.”";
    let draft = format!(
        "# Vote\n\n<!-- copydesk-ignore unatributed-quote -->\n{quote}\n\n<!-- copydesk-disable unattributed-quote -->\n\n{quote}\n\n{quote}\n\n<!-- copydesk-enable unattributed-quote -->\n\n{quote}\n\n<!-- copydesk-ignore conflicting-age -->\nThe board met.\n"
    );
    write(dir.path(), "story.md", draft.as_bytes());
    let o = run_at(dir.path(), &["check", "--format", "json", "story.md"]);
    let v = json(&o);
    let found: Vec<(String, u64)> = v["files"][0]["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["code"].as_str().unwrap().to_string(),
                d["line"].as_u64().unwrap(),
            )
        })
        .collect();
    let want: Vec<(String, u64)> = [
        ("unknown-ignore", 3),
        ("unattributed-quote", 4),
        ("unattributed-quote", 14),
        ("unused-ignore", 16),
    ]
    .iter()
    .map(|(c, l)| (c.to_string(), *l))
    .collect();
    assert_eq!(found, want);
    let d = &v["files"][0]["diagnostics"][0];
    assert!(
        d["message"]
            .as_str()
            .unwrap()
            .contains("did you mean “unattributed-quote”?"),
        "{d}"
    );
    assert_eq!(v["files"][0]["diagnostics"][3]["severity"], "information");
    // the plain-text form, a line of its own
    write(
        dir.path(),
        "story.txt",
        format!("Vote\n\n[[copydesk-ignore unattributed-quote]]\n{quote}\n\n{quote}\n").as_bytes(),
    );
    let o = run_at(dir.path(), &["check", "--format", "json", "story.txt"]);
    let v = json(&o);
    let lines: Vec<u64> = v["files"][0]["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["line"].as_u64().unwrap())
        .collect();
    assert_eq!(lines, vec![6], "{v}");
}

/// The source line and caret line of the human output's first finding, and
/// the display column the carets start at.
fn source_and_carets(out: &str) -> (String, String, usize) {
    let lines: Vec<&str> = out.lines().collect();
    let i = lines
        .iter()
        .position(|l| l.contains('^'))
        .unwrap_or_else(|| panic!("no carets in {out}"));
    let (src, carets) = (lines[i - 1], lines[i]);
    let bar = |l: &str| l.find('|').unwrap() + 2;
    let src = src.get(bar(src)..).unwrap_or("").to_string();
    let carets = carets[bar(carets)..].to_string();
    let col = unicode_width::UnicodeWidthStr::width(&carets[..carets.find('^').unwrap()]);
    (src, carets, col)
}

#[test]
fn human_output_cuts_long_lines_and_puts_carets_under_wide_characters() {
    use unicode_width::UnicodeWidthStr;
    let dir = tempfile::tempdir().unwrap();
    let quote = "“We will never agree to this plan, not now and not later.”";
    let cases = [
        (
            "cjk.md",
            format!("北京的会议结束了。上海代表团离开了。 {quote}\n"),
        ),
        (
            "emoji.md",
            format!("🎉🎉 Party time 🎉 at the hall. {quote}\n"),
        ),
        ("bom.md", format!("\u{feff}{quote}\n")),
        (
            "long.md",
            format!(
                "{} {quote} {}\n",
                "The council met again on the matter of the harbour wall and its cost. ".repeat(5),
                "Then the vote came and went without a word. ".repeat(4)
            ),
        ),
    ];
    for (name, text) in &cases {
        write(dir.path(), name, text.as_bytes());
        let o = run_at(dir.path(), &["check", "--color", "never", name]);
        let out = stdout(&o);
        assert_eq!(o.status.code(), Some(1), "{name}: {out}");
        let (src, carets, col) = source_and_carets(&out);
        // the carets start under the opening quotation mark, in display columns
        let at = src.find('“').unwrap_or_else(|| panic!("{name}: {out}"));
        assert_eq!(col, src[..at].width(), "{name}:\n{out}");
        assert!(!src.contains('\u{feff}'), "{name}: {out}");
        let width = carets.trim().chars().count();
        if *name == "long.md" {
            // cut around the finding, not printed whole
            assert!(src.width() <= 100, "{name}: {}", src.width());
            assert!(src.contains("..."), "{name}: {out}");
            assert_eq!(width, quote.chars().count(), "{name}: {out}");
        } else {
            assert_eq!(width, quote.width(), "{name}: {out}");
        }
    }
}
