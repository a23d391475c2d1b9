//! Accuracy on a held-out campaign written in other consulting firms' wordings and layouts
//! (`tests/heldout/`): each fixture is turned into an `ExtractedDoc` the way a reader would produce
//! it, analysed in-process and compared with the labels a consultant gave it.
//!
//! Fixture format (one `.txt` per document, one folder per agency with an `agency.toml`):
//! `key: value` label lines (`file`, `kind`, `code`, `revision`, `issued`, `edition`, `action`,
//! `target`; `-` means null), then `== header` and `== body` sections. In a section a line
//! `| a | b |` is a table row (consecutive rows form one table, a blank line ends it, `\n` inside a
//! cell is a line break), a line starting with `**` is a bold paragraph, anything else a paragraph.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use worker::analyse::{analyse_document, assemble_report};
use worker::read::{Block, ExtractedDoc, Format, Paragraph, Part, Table};
use worker::report::{Lang, Report};

use crate::scoring::{AgencyExp, Score};

const YEAR: i32 = 2025;
const FIELDS: &[&str] = &[
    "file", "kind", "code", "revision", "issued", "edition", "action", "target",
];

/// One fixture: its labels and the document a reader would have extracted.
struct Fixture {
    source: PathBuf,
    labels: BTreeMap<String, Option<String>>,
    doc: ExtractedDoc,
}

impl Fixture {
    fn label(&self, field: &str) -> Option<&str> {
        self.labels.get(field).and_then(|v| v.as_deref())
    }
}

fn paragraph(text: &str, part: Part) -> Block {
    let (text, bold) = match text.strip_prefix("**") {
        Some(rest) => (rest.trim(), true),
        None => (text, false),
    };
    let letters: Vec<char> = text.chars().filter(|c| c.is_alphabetic()).collect();
    Block::Paragraph(Paragraph {
        text: text.to_string(),
        bold,
        caps: letters.len() >= 4 && letters.iter().all(|c| c.is_uppercase()),
        part,
        ..Default::default()
    })
}

fn row(line: &str) -> Vec<String> {
    let inner = line.trim().trim_start_matches('|').trim_end_matches('|');
    inner
        .split('|')
        .map(|c| c.trim().replace("\\n", "\n"))
        .collect()
}

/// Parses a section's lines into blocks.
fn blocks(lines: &[&str], part: Part) -> Vec<Block> {
    let mut out = Vec::new();
    let mut rows: Vec<Vec<String>> = Vec::new();
    for line in lines {
        if line.trim_start().starts_with('|') {
            rows.push(row(line));
            continue;
        }
        if !rows.is_empty() {
            out.push(Block::Table(Table {
                rows: std::mem::take(&mut rows),
                part,
            }));
        }
        if !line.trim().is_empty() {
            out.push(paragraph(line.trim(), part));
        }
    }
    if !rows.is_empty() {
        out.push(Block::Table(Table { rows, part }));
    }
    out
}

fn parse_fixture(source: &Path) -> Fixture {
    let text = std::fs::read_to_string(source)
        .unwrap_or_else(|e| panic!("read {}: {e}", source.display()));
    let mut labels = BTreeMap::new();
    let mut header: Vec<&str> = Vec::new();
    let mut body: Vec<&str> = Vec::new();
    let mut section = "labels";
    for line in text.lines() {
        match line.trim() {
            "== header" => section = "header",
            "== body" => section = "body",
            _ => match section {
                "header" => header.push(line),
                "body" => body.push(line),
                _ if line.trim().is_empty() => {}
                _ => {
                    let (k, v) = line
                        .split_once(':')
                        .unwrap_or_else(|| panic!("{}: bad label line {line:?}", source.display()));
                    let (k, v) = (k.trim(), v.trim());
                    assert!(
                        FIELDS.contains(&k),
                        "{}: unknown label {k}",
                        source.display()
                    );
                    labels.insert(k.to_string(), (v != "-").then(|| v.to_string()));
                }
            },
        }
    }
    for f in FIELDS {
        assert!(
            labels.contains_key(*f),
            "{}: label {f} missing (write `-` for null)",
            source.display()
        );
    }
    Fixture {
        source: source.to_path_buf(),
        labels,
        doc: ExtractedDoc {
            blocks: blocks(&body, Part::Body),
            headers: blocks(&header, Part::Header),
            ..Default::default()
        },
    }
}

fn format_of(path: &str) -> Format {
    if path.to_ascii_lowercase().ends_with(".pdf") {
        Format::Pdf
    } else {
        Format::Docx
    }
}

fn agency_dirs(root: &Path) -> Vec<PathBuf> {
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(root)
        .unwrap_or_else(|e| panic!("list {}: {e}", root.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.join("agency.toml").is_file())
        .collect();
    dirs.sort();
    dirs
}

fn fixtures(dir: &Path) -> Vec<Fixture> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("list {}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    files.iter().map(|f| parse_fixture(f)).collect()
}

fn check_agency(dir: &Path, score: &mut Score) -> usize {
    let text = std::fs::read_to_string(dir.join("agency.toml")).expect("read agency.toml");
    let exp: AgencyExp = toml::from_str(&text).expect("agency.toml parses");
    let fixtures = fixtures(dir);
    let documents = fixtures
        .iter()
        .map(|f| {
            let path = f.label("file").expect("file label");
            analyse_document(path, format_of(path), Ok(f.doc.clone()))
        })
        .collect();
    let report: Report = assemble_report(exp.info(), documents, None, YEAR, Lang::Vi);
    for f in &fixtures {
        let path = f.label("file").expect("file label");
        let ctx = format!(
            "{}/{}",
            exp.id,
            f.source.file_name().and_then(|n| n.to_str()).unwrap_or("?")
        );
        let Some(got) = report.documents.iter().find(|d| d.path == path) else {
            score.check("kind", &ctx, f.label("kind"), None);
            continue;
        };
        score.document(&ctx, |field| f.label(field), got);
    }
    score.agency(&exp, &report);
    fixtures.len()
}

#[test]
fn heldout_campaign_meets_accuracy_targets() {
    let root = crate::scoring::root().join("tests/heldout");
    let mut score = Score::default();
    let mut documents = 0;
    for dir in agency_dirs(&root) {
        documents += check_agency(&dir, &mut score);
    }
    assert!(documents >= 25, "only {documents} held-out documents");
    score.assert_targets(&["kind"]);
}
