//! `isomigrate inspect --json`: one object per file with the fields of contract §6, whatever
//! the file's state, and exit status 0.

use std::process::Command;

use serde_json::Value;

use crate::cluster::{bin, repo_root};

#[test]
fn inspect_json_gives_one_line_per_file_with_the_contract_fields() {
    let samples = repo_root().join("samples");
    let dir = tempfile::tempdir().expect("temp");
    let empty = dir.path().join("trong.docx");
    std::fs::write(&empty, b"").expect("write empty file");
    let files = [
        samples.join("so-cong-thuong/02 Quy trinh chung/QT-SCT-06 Hanh dong phong ngua.pdf"),
        samples.join("ubnd-xa-yen-dinh/Quy trinh chung/QT-06 Hanh dong phong ngua.docx"),
        samples.join("ubnd-xa-yen-dinh/Quy trinh chung/QT-07 Xem xet lanh dao (scan).pdf"),
        empty.clone(),
        dir.path().join("missing.pdf"),
    ];
    let output = Command::new(bin())
        .arg("inspect")
        .arg("--json")
        .args(&files)
        .output()
        .expect("run inspect");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let lines: Vec<Value> = String::from_utf8_lossy(&output.stdout)
        .lines()
        .map(|line| serde_json::from_str(line).expect("each line is a JSON object"))
        .collect();
    assert_eq!(lines.len(), files.len());
    for (line, file) in lines.iter().zip(&files) {
        assert_eq!(line["path"], file.to_string_lossy().as_ref());
        for key in [
            "format", "status", "error", "text", "kind", "code", "revision", "issued", "edition",
        ] {
            assert!(line.get(key).is_some(), "{key} missing in {line}");
        }
    }

    // The 2008 preventive-action procedure exported to PDF: kind, code and edition from its cover.
    let pdf = &lines[0];
    assert_eq!(pdf["format"], "pdf");
    assert_eq!(pdf["status"], "analysed");
    assert_eq!(pdf["kind"], "procedure.preventive_action");
    assert_eq!(pdf["code"], "QT-SCT-06");
    assert_eq!(pdf["edition"], "2008");
    assert!(pdf["text"].as_str().unwrap_or("").contains("PHÒNG NGỪA"));

    // The commune's document typed in legacy fonts comes out as Unicode Vietnamese.
    let legacy = &lines[1];
    assert_eq!(legacy["status"], "analysed");
    assert_eq!(legacy["kind"], "procedure.preventive_action");
    let text = legacy["text"].as_str().unwrap_or("");
    assert!(text.to_lowercase().contains("phòng ngừa"), "{text}");

    let scan = &lines[2];
    assert_eq!(scan["status"], "failed");
    assert_eq!(
        scan["error"],
        "scanned PDF without a text layer (needs OCR)"
    );
    assert_eq!(scan["text"], "");

    assert_eq!(lines[3]["status"], "failed");
    assert_eq!(lines[3]["error"], "file is empty (0 bytes)");
    assert_eq!(lines[4]["status"], "failed");
    assert!(
        lines[4]["error"]
            .as_str()
            .unwrap_or("")
            .contains("could not open the file")
    );
}

#[test]
fn inspect_shows_a_consultant_why_a_document_was_read_as_it_was() {
    let file = repo_root()
        .join("samples/so-cong-thuong/02 Quy trinh chung/QT-SCT-01 Kiem soat tai lieu.docx");
    let output = Command::new(bin())
        .arg("inspect")
        .arg(&file)
        .output()
        .expect("run inspect");
    assert!(output.status.success());
    let text = String::from_utf8_lossy(&output.stdout);
    for expected in [
        "status: analysed",
        "kind: procedure.document_control",
        "code: QT-SCT-01",
        "cues:",
        "--- text",
    ] {
        assert!(text.contains(expected), "{expected:?} missing in:\n{text}");
    }
}
