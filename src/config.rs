//! `copydesk.toml`: which rules run and how loud, the house list of name
//! spellings, extra speech verbs, which files to check, and the reference
//! date. Parsing is pure: finding the file on disk is the adapters' job.

use std::collections::BTreeMap;
use std::ops::Range;

use serde::Deserialize;
use toml::Spanned;

use crate::calendar::Date;
use crate::finding::Severity;

/// The file name looked for from a draft's folder upward.
pub const FILE_NAME: &str = "copydesk.toml";

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Config {
    /// Per-rule settings, by rule code.
    pub rules: BTreeMap<String, RuleSetting>,
    /// House spellings of names, e.g. "Volodymyr Zelenskyy".
    pub preferred_names: Vec<String>,
    /// Verbs that introduce speech beyond the built-in list.
    pub speech_verbs: Vec<String>,
    /// Globs of files to check when walking a folder (default: *.md, *.markdown, *.txt).
    pub include: Vec<String>,
    /// Globs of files and folders to skip.
    pub exclude: Vec<String>,
    /// The date a draft is written on, for weekdays given without a year.
    pub date: Option<Date>,
    /// Today's date, set by the adapter (the core reads no clock); the last
    /// resort for the year of a date written without one.
    pub today: Option<Date>,
    /// `root = true`: this file does not extend the configs above its folder.
    pub root: bool,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct RuleSetting {
    pub enabled: Option<bool>,
    pub severity: Option<Severity>,
}

impl Config {
    pub fn enabled(&self, code: &str) -> bool {
        self.rules.get(code).and_then(|r| r.enabled).unwrap_or(true)
    }

    pub fn severity(&self, code: &str) -> Severity {
        self.rules
            .get(code)
            .and_then(|r| r.severity)
            .unwrap_or_else(|| crate::rules::default_severity(code))
    }

    /// This config on top of the one it extends (the next `copydesk.toml`
    /// above it): house spellings and speech verbs add up, a rule setting
    /// or date given here wins, and include/exclude stay this file's own
    /// (their globs are relative to its folder).
    pub fn extending(mut self, parent: &Config) -> Config {
        for (code, p) in &parent.rules {
            let own = self.rules.entry(code.clone()).or_default();
            own.enabled = own.enabled.or(p.enabled);
            own.severity = own.severity.or(p.severity);
        }
        let mut names = parent.preferred_names.clone();
        for n in self.preferred_names.drain(..) {
            if !names.contains(&n) {
                names.push(n);
            }
        }
        self.preferred_names = names;
        let mut verbs = parent.speech_verbs.clone();
        for v in self.speech_verbs.drain(..) {
            if !verbs.contains(&v) {
                verbs.push(v);
            }
        }
        self.speech_verbs = verbs;
        self.date = self.date.or(parent.date);
        self.today = self.today.or(parent.today);
        self
    }

    /// Parses the text of a `copydesk.toml`.
    pub fn from_toml(text: &str) -> Result<Config, ConfigError> {
        let raw: RawConfig = toml::from_str(text).map_err(|e| {
            let (line, column) = e.span().map_or((1, 1), |s| line_col(text, s.start));
            ConfigError {
                message: e.message().trim().to_string(),
                line,
                column,
            }
        })?;
        let err = |span: Range<usize>, message: String| ConfigError {
            message,
            line: line_col(text, span.start).0,
            column: line_col(text, span.start).1,
        };
        let mut config = Config::default();
        for (code, setting) in raw.rules {
            if crate::rules::find(code.get_ref()).is_none() {
                return Err(err(code.span(), crate::rules::unknown(code.get_ref())));
            }
            let severity = match setting.severity {
                None => None,
                Some(s) => Some(Severity::parse(s.get_ref()).ok_or_else(|| {
                    err(
                        s.span(),
                        format!(
                            "unknown severity `{}`: use error, warning, information or hint",
                            s.get_ref()
                        ),
                    )
                })?),
            };
            config.rules.insert(
                code.into_inner(),
                RuleSetting {
                    enabled: setting.enabled,
                    severity,
                },
            );
        }
        config.preferred_names = raw.names.preferred;
        config.speech_verbs = raw.quotes.speech_verbs;
        for glob in raw.files.include.iter().chain(&raw.files.exclude) {
            if let Err(e) = globset::Glob::new(glob.get_ref()) {
                return Err(err(glob.span(), format!("bad glob: {e}")));
            }
        }
        config.include = raw
            .files
            .include
            .into_iter()
            .map(Spanned::into_inner)
            .collect();
        config.exclude = raw
            .files
            .exclude
            .into_iter()
            .map(Spanned::into_inner)
            .collect();
        if let Some(d) = raw.date {
            // a string ("2026-03-01") or a TOML local date (2026-03-01)
            let written = match d.get_ref() {
                toml::Value::String(s) => s.clone(),
                toml::Value::Datetime(dt) if dt.time.is_none() && dt.offset.is_none() => {
                    dt.to_string()
                }
                other => other.to_string(),
            };
            config.date = Some(Date::parse_iso(&written).ok_or_else(|| {
                err(
                    d.span(),
                    format!("bad date `{written}`: write it as YYYY-MM-DD"),
                )
            })?);
        }
        config.root = raw.root;
        Ok(config)
    }
}

/// A broken config: what is wrong and where (1-based line and column).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigError {
    pub message: String,
    pub line: usize,
    pub column: usize,
}

impl std::fmt::Display for ConfigError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}: {}", self.line, self.column, self.message)
    }
}

fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let column = before[before.rfind('\n').map_or(0, |i| i + 1)..]
        .chars()
        .count()
        + 1;
    (line, column)
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    #[serde(default)]
    rules: BTreeMap<Spanned<String>, RawRule>,
    #[serde(default)]
    names: RawNames,
    #[serde(default)]
    quotes: RawQuotes,
    #[serde(default)]
    files: RawFiles,
    #[serde(default)]
    date: Option<Spanned<toml::Value>>,
    #[serde(default)]
    root: bool,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawRule {
    enabled: Option<bool>,
    severity: Option<Spanned<String>>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawNames {
    #[serde(default)]
    preferred: Vec<String>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawQuotes {
    #[serde(default)]
    speech_verbs: Vec<String>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawFiles {
    #[serde(default)]
    include: Vec<Spanned<String>>,
    #[serde(default)]
    exclude: Vec<Spanned<String>>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn full_config_parses() {
        let c = Config::from_toml(
            r#"
date = "2026-03-04"
[rules.first-reference]
enabled = false
[rules.unattributed-quote]
severity = "error"
[names]
preferred = ["Volodymyr Zelenskyy"]
[quotes]
speech-verbs = ["quipped"]
[files]
include = ["**/*.md"]
exclude = ["archive/**"]
"#,
        )
        .unwrap();
        assert!(!c.enabled("first-reference"));
        assert!(c.enabled("name-spelling"));
        assert_eq!(c.severity("unattributed-quote"), Severity::Error);
        assert_eq!(c.preferred_names, vec!["Volodymyr Zelenskyy"]);
        assert_eq!(c.speech_verbs, vec!["quipped"]);
        assert_eq!(c.date, Date::parse_iso("2026-03-04"));
    }

    #[test]
    fn errors_name_line_and_column() {
        let e = Config::from_toml("[rules.unattributed-quote]\nseverity = \"loud\"\n").unwrap_err();
        assert_eq!((e.line, e.column), (2, 12));
        assert!(e.message.contains("loud"));
        let e = Config::from_toml("\n[rules.no-such-rule]\nenabled = true\n").unwrap_err();
        assert_eq!(e.line, 2);
        assert!(e.message.contains("no-such-rule"), "{e}");
        let e = Config::from_toml("[names]\nspelling = []\n").unwrap_err();
        assert_eq!(e.line, 2);
        assert!(e.message.contains("spelling"), "{e}");
        let e = Config::from_toml("date = \"March\"\n").unwrap_err();
        assert_eq!((e.line, e.column), (1, 8));
        let e = Config::from_toml("[rules\n").unwrap_err();
        assert_eq!(e.line, 1);
    }

    #[test]
    fn dates_as_toml_dates_or_strings() {
        let want = Date::parse_iso("2026-03-01");
        assert_eq!(Config::from_toml("date = 2026-03-01\n").unwrap().date, want);
        assert_eq!(
            Config::from_toml("date = \"2026-03-01\"\n").unwrap().date,
            want
        );
        // a time of day is not a date
        assert!(Config::from_toml("date = 2026-03-01T10:00:00\n").is_err());
        assert!(Config::from_toml("date = 2026-02-30\n").is_err());
        assert!(Config::from_toml("date = 20260301\n").is_err());
    }

    #[test]
    fn unknown_rules_get_a_suggestion() {
        let e = Config::from_toml("[rules.unatributed-quote]\nenabled = false\n").unwrap_err();
        assert!(
            e.message.contains("did you mean `unattributed-quote`"),
            "{e}"
        );
    }

    #[test]
    fn a_nearer_config_extends_the_one_above() {
        let parent = Config::from_toml(
            "date = 2026-03-01\n[names]\npreferred = [\"Viktor Orbán\"]\n[rules.first-reference]\nenabled = false\n[rules.name-spelling]\nseverity = \"error\"\n",
        )
        .unwrap();
        let child = Config::from_toml(
            "[names]\npreferred = [\"Kaja Kallas\", \"Viktor Orbán\"]\n[rules.name-spelling]\nenabled = false\n",
        )
        .unwrap()
        .extending(&parent);
        assert_eq!(child.preferred_names, vec!["Viktor Orbán", "Kaja Kallas"]);
        assert!(!child.enabled("first-reference"));
        assert!(!child.enabled("name-spelling"));
        assert_eq!(child.severity("name-spelling"), Severity::Error);
        assert_eq!(child.date, Date::parse_iso("2026-03-01"));
    }
}
