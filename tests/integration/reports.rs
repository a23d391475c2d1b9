//! The rendered reports as their readers open them: the Word report converted by LibreOffice
//! (which refuses or "repairs" broken packages) and the text of the resulting PDF.

use std::path::Path;
use std::process::Command;

use worker::report::{CLAUSES_2015, Report, docx, html, json};

/// A 2008 provincial department as `report.json` would carry it, with a hostile file name.
fn department() -> Report {
    let clauses: Vec<serde_json::Value> = CLAUSES_2015
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let status = ["covered", "partial", "missing"][i % 3];
            serde_json::json!({
                "clause": c, "status": status,
                "evidence": if status == "missing" { vec![] } else { vec!["QT chung/QT-SCT-01 Kiem soat tai lieu.docx"] },
            })
        })
        .collect();
    let value = serde_json::json!({
        "schema_version": 1,
        "agency": { "id": "so-cong-thuong", "name": "Sở Công Thương", "level": "province" },
        "documents": [
            {
                "path": "QT chung/QT-SCT-06 Hanh dong phong ngua.docx", "format": "docx",
                "status": "analysed", "error": null, "kind": "procedure.preventive_action",
                "confidence": 0.97, "title": "Quy trình hành động phòng ngừa", "code": "QT-SCT-06",
                "revision": "02", "issued": "2018-10-10", "edition": "2008", "action": "replace",
                "target": "procedure.risk_opportunity", "clauses_2015": ["6.1"]
            },
            {
                "path": "Ho so/<Quyết định> & \"công bố\".pdf", "format": "pdf", "status": "failed",
                "error": "scanned PDF without a text layer", "kind": "other", "confidence": 0.0,
                "title": null, "code": null, "revision": null, "issued": null, "edition": null,
                "action": "keep", "target": null, "clauses_2015": []
            }
        ],
        "clauses": clauses,
        "findings": [{
            "id": "preventive-action-replaced-by-risk", "clause": "6.1", "severity": "major",
            "message": "Quy trình hành động phòng ngừa không còn trong phiên bản 2015.",
            "recommendation": "Xây dựng Quy trình quản lý rủi ro và cơ hội.",
            "documents": ["QT chung/QT-SCT-06 Hanh dong phong ngua.docx"]
        }],
        "year": 2024,
        "lang": "vi"
    });
    match serde_json::from_value(value) {
        Ok(r) => r,
        Err(e) => panic!("the test report does not match the model: {e}"),
    }
}

fn on_path(program: &str) -> bool {
    std::env::var_os("PATH")
        .map(|paths| std::env::split_paths(&paths).any(|dir| dir.join(program).is_file()))
        .unwrap_or(false)
}

fn convert_to_pdf(docx_path: &Path, out_dir: &Path, profile: &Path) -> std::process::Output {
    // A private profile: several soffice runs (other tests, a desktop session) must not share one.
    let profile_url = format!("-env:UserInstallation=file://{}", profile.display());
    Command::new("soffice")
        .arg(profile_url)
        .args([
            "--headless",
            "--norestore",
            "--convert-to",
            "pdf",
            "--outdir",
        ])
        .arg(out_dir)
        .arg(docx_path)
        .output()
        .expect("run soffice")
}

#[test]
fn word_report_opens_in_libreoffice_and_prints_every_clause() {
    if !on_path("soffice") {
        println!("skipped: soffice (LibreOffice) is not on PATH");
        return;
    }
    let report = department();
    let dir = tempfile::tempdir().expect("temp dir");
    let docx_path = dir.path().join("report.docx");
    std::fs::write(&docx_path, docx::render(&report).expect("render docx")).expect("write docx");

    let output = convert_to_pdf(&docx_path, dir.path(), &dir.path().join("profile"));
    let pdf_path = dir.path().join("report.pdf");
    assert!(
        output.status.success() && pdf_path.is_file(),
        "LibreOffice could not convert the report: {}\n{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    let pdf = std::fs::read(&pdf_path).expect("read pdf");
    assert!(
        pdf.starts_with(b"%PDF") && pdf.len() > 10_000,
        "pdf of {} bytes",
        pdf.len()
    );

    if !on_path("pdftotext") {
        println!("pdftotext not on PATH: the PDF's text was not checked");
        return;
    }
    let text = Command::new("pdftotext")
        .args(["-layout"])
        .arg(&pdf_path)
        .arg("-")
        .output()
        .expect("run pdftotext");
    let text = String::from_utf8_lossy(&text.stdout);
    assert!(
        text.contains("Sở Công Thương"),
        "agency name with diacritics: {text}"
    );
    assert!(text.contains("BÁO CÁO ĐÁNH GIÁ KHOẢNG CÁCH"));
    assert!(
        text.contains("<Quyết định> & \"công bố\".pdf"),
        "hostile file name printed as text"
    );
    for &clause in CLAUSES_2015 {
        assert!(
            text.split_whitespace().any(|word| word == clause),
            "clause {clause} is not printed"
        );
    }
    assert!(text.contains("Trang 1 / "), "page numbers in the footer");
}

#[test]
fn text_reports_are_stable_and_escape_file_names() {
    let report = department();
    let a = json::render(&report);
    assert_eq!(a, json::render(&report.clone()));
    let back: Report = serde_json::from_slice(&a).expect("report.json parses back");
    assert_eq!(back, report);

    let page = html::render(&report);
    assert!(page.contains("&lt;Quyết định&gt; &amp; &quot;công bố&quot;.pdf"));
    assert!(!page.contains("<Quyết định>"));
    assert!(!page.contains("http:") && !page.contains("src="));
}
