//! The isolated reader with the real `isomigrate __read-child`: stack bombs come back as errors
//! and the next file still reads, and isolated results (reads and agency assemblies) equal
//! in-process results.

use std::io::{Cursor, Write};
use std::sync::Arc;

use worker::isolate::{
    AheadFile, AssemblyJob, ChildCommand, IsolatedReader, assemble_files, read_in_process,
};
use worker::read::{Limits, ReadError};
use worker::report::{AgencyInfo, Lang};

/// Nesting depth of the bombs: far beyond any stack when parsed recursively.
const DEPTH: usize = 200_000;

fn reader(limits: Limits) -> IsolatedReader {
    IsolatedReader::new(
        ChildCommand {
            program: tests::isomigrate_bin(),
            args: vec!["__read-child".into()],
        },
        limits,
    )
}

/// A small, well-formed DOCX with known text.
fn normal_docx(text: &str) -> Vec<u8> {
    let mut out = Cursor::new(Vec::new());
    docx_rs::Docx::new()
        .add_paragraph(docx_rs::Paragraph::new().add_run(docx_rs::Run::new().add_text(text)))
        .build()
        .pack(&mut out)
        .expect("pack a docx in memory");
    out.into_inner()
}

/// A DOCX whose body holds `DEPTH` nested elements.
fn nested_docx() -> Vec<u8> {
    let mut document = String::from(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>"#,
    );
    document.push_str(&"<w:p>".repeat(DEPTH));
    document.push_str(&"</w:p>".repeat(DEPTH));
    document.push_str("</w:body></w:document>");
    let parts = [
        (
            "[Content_Types].xml",
            r#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"#.to_string(),
        ),
        (
            "_rels/.rels",
            r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"#.to_string(),
        ),
        ("word/document.xml", document),
    ];
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    // Stored, not deflated: the nesting compresses so well that the zip-bomb check would refuse
    // the file before the XML parser ever sees the depth.
    let options =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    for (name, content) in parts {
        zip.start_file(name, options).expect("zip entry");
        zip.write_all(content.as_bytes()).expect("zip write");
    }
    zip.finish().expect("finish zip").into_inner()
}

/// A PDF whose page dictionary holds `DEPTH` nested arrays, with a correct xref table so that
/// a parser reaches it.
fn nested_pdf() -> Vec<u8> {
    let bomb = format!("{}{}", "[".repeat(DEPTH), "]".repeat(DEPTH));
    let content = "BT /F1 12 Tf 72 712 Td (Hello bomb) Tj ET";
    let objects = [
        "<< /Type /Catalog /Pages 2 0 R >>".to_string(),
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_string(),
        format!(
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R \
             /Resources << /Font << /F1 5 0 R >> >> /Bomb {bomb} >>"
        ),
        format!(
            "<< /Length {} >>\nstream\n{content}\nendstream",
            content.len()
        ),
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>".to_string(),
    ];
    let mut pdf = b"%PDF-1.4\n".to_vec();
    let mut offsets = Vec::new();
    for (i, object) in objects.iter().enumerate() {
        offsets.push(pdf.len());
        pdf.extend_from_slice(format!("{} 0 obj\n{object}\nendobj\n", i + 1).as_bytes());
    }
    let xref = pdf.len();
    pdf.extend_from_slice(
        format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).as_bytes(),
    );
    for offset in offsets {
        pdf.extend_from_slice(format!("{offset:010} 00000 n \n").as_bytes());
    }
    pdf.extend_from_slice(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
            objects.len() + 1
        )
        .as_bytes(),
    );
    pdf
}

fn assert_contained(
    result: Result<(worker::read::Format, worker::read::ExtractedDoc), ReadError>,
    what: &str,
) {
    match result {
        Err(ReadError::Crashed(m)) => println!("{what}: crashed ({m})"),
        Err(ReadError::TooDeep(m)) => println!("{what}: too deep ({m})"),
        Err(ReadError::DamagedPdf(m)) => println!("{what}: damaged ({m})"),
        other => panic!("{what}: expected Crashed, TooDeep or DamagedPdf, got {other:?}"),
    }
}

fn assert_reads_normally(reader: &mut IsolatedReader) {
    let text = "Quy trình kiểm soát tài liệu";
    let (_, doc) = reader
        .read("QT-01.docx", &normal_docx(text))
        .expect("a normal DOCX reads after a bomb");
    assert!(doc.text().contains(text), "{:?}", doc.text());
}

#[test]
fn a_nested_pdf_does_not_take_the_reader_down() {
    let mut reader = reader(Limits::default());
    assert_contained(reader.read("bomb.pdf", &nested_pdf()), "nested PDF");
    assert_reads_normally(&mut reader);
}

#[test]
fn a_nested_docx_does_not_take_the_reader_down() {
    let mut reader = reader(Limits::default());
    assert_contained(reader.read("bomb.docx", &nested_docx()), "nested DOCX");
    assert_reads_normally(&mut reader);
}

#[test]
fn a_nested_docx_without_a_depth_limit_crashes_only_the_child() {
    // With the depth limit lifted, a recursive parser may overflow the child's stack; either
    // way the parent gets an answer and the same reader goes on.
    let limits = Limits {
        max_xml_depth: usize::MAX,
        max_pdf_depth: usize::MAX,
        ..Limits::default()
    };
    let mut reader = reader(limits);
    match reader.read("bomb.docx", &nested_docx()) {
        Ok((_, doc)) => println!("unlimited nested DOCX read: {} chars", doc.text().len()),
        Err(e) => {
            assert!(!e.to_string().is_empty());
            println!("unlimited nested DOCX: {e}");
        }
    }
    match reader.read("bomb.pdf", &nested_pdf()) {
        Ok((_, doc)) => println!("unlimited nested PDF read: {} chars", doc.text().len()),
        Err(e) => println!("unlimited nested PDF: {e}"),
    }
    assert_reads_normally(&mut reader);
}

#[test]
fn isolated_and_in_process_reads_agree() {
    let limits = Limits::default();
    let mut reader = reader(limits.clone());
    for (name, bytes) in [
        ("QT-02.docx", normal_docx("Quản lý rủi ro và cơ hội")),
        ("empty.pdf", Vec::new()),
        ("notes.txt", b"plain text".to_vec()),
        ("broken.docx", b"PK\x03\x04 truncated".to_vec()),
    ] {
        let isolated = reader.read(name, &bytes);
        let in_process = read_in_process(name, &bytes, &limits);
        assert_eq!(isolated, in_process, "{name}");
    }
}

fn sample_agency(id: &str) -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../samples")
        .join(id)
}

/// The documents of an agency of `samples/`: name (as a worker gets it) and bytes.
fn agency_documents(id: &str) -> Vec<(String, Vec<u8>)> {
    let files = worker::read::walk::walk_agency(&sample_agency(id)).expect("a sample agency");
    files
        .iter()
        .map(|f| {
            let bytes = std::fs::read(&f.abs_path).expect("a sample file");
            (f.rel_path.clone(), bytes)
        })
        .collect()
}

fn as_batch(contents: &[(String, Vec<u8>)]) -> Vec<(&str, &[u8])> {
    contents
        .iter()
        .map(|(name, bytes)| (name.as_str(), bytes.as_slice()))
        .collect()
}

/// An agency of `samples/` read and analysed in the child, as a worker slot does it: the JSON of
/// each document's result, and the agency's `tthc.csv`.
fn analysed_agency(reader: &mut IsolatedReader, id: &str) -> (Vec<Vec<u8>>, Option<Vec<u8>>) {
    let contents = agency_documents(id);
    let batch = as_batch(&contents);
    let results = reader
        .analyse_batch(&batch, |_| true)
        .into_iter()
        .map(|r| r.expect("the samples analyse").into_bytes())
        .collect();
    (
        results,
        std::fs::read(sample_agency(id).join("tthc.csv")).ok(),
    )
}

/// What a worker slot does between two units: the next unit's documents are queued in the
/// child behind the current unit's, and the next batch collects their answers.
#[test]
fn an_agency_read_with_its_second_half_queued_ahead_gives_the_same_results() {
    let contents = agency_documents("so-cong-thuong");
    let batch = as_batch(&contents);
    assert!(batch.len() >= 10, "{} documents", batch.len());
    let (expected, _) = analysed_agency(&mut reader(Limits::default()), "so-cong-thuong");
    let mid = batch.len() / 2;
    let mut second_half: Option<Vec<AheadFile>> = Some(
        contents[mid..]
            .iter()
            .map(|(name, bytes)| (name.clone(), Arc::new(bytes.clone())))
            .collect(),
    );
    let mut reader = reader(Limits::default());
    let mut got = reader.analyse_batch_feeding(
        &batch[..mid],
        |_| true,
        || Some(second_half.take().unwrap_or_default()),
    );
    assert_eq!(reader.analyses_sent(), batch.len() as u64);
    got.extend(reader.analyse_batch(&batch[mid..], |_| true));
    assert_eq!(
        reader.analyses_sent(),
        batch.len() as u64,
        "nothing sent twice"
    );
    let got: Vec<Vec<u8>> = got
        .into_iter()
        .map(|r| r.expect("the samples analyse").into_bytes())
        .collect();
    assert_eq!(got, expected);
}

#[test]
fn an_agency_assembled_in_the_child_equals_the_in_process_assembly() {
    let mut reader = reader(Limits::default());
    let (mut results, tthc) = analysed_agency(&mut reader, "ubnd-xa-yen-dinh");
    assert!(results.len() >= 10, "{} documents", results.len());
    assert!(tthc.is_some(), "the sample commune has a TTHC list");
    // A result the coordinator stored damaged is left out, and said so, in both places.
    results.insert(3, b"{\"path\": truncated".to_vec());
    let slices: Vec<&[u8]> = results.iter().map(Vec::as_slice).collect();
    let agency = AgencyInfo {
        id: "ubnd-xa-yen-dinh".into(),
        name: "UBND xã Yên Định".into(),
        level: "commune".into(),
    };
    let job = AssemblyJob {
        agency: &agency,
        year: 2025,
        lang: Lang::Vi,
        tthc_csv: tthc.as_deref(),
        results: &slices,
    };
    let in_child = reader
        .assemble(&job)
        .expect("the child assembles the agency");
    let in_process = assemble_files(&job).expect("the library assembles the agency");
    assert_eq!(in_child, in_process);
    assert_eq!(
        in_child.skipped.iter().map(|(i, _)| *i).collect::<Vec<_>>(),
        vec![3]
    );
    let report: serde_json::Value = serde_json::from_slice(&in_child.json).expect("report.json");
    assert_eq!(
        report["documents"].as_array().map(Vec::len),
        Some(results.len() - 1)
    );
    assert!(in_child.docx.starts_with(b"PK"), "report.docx is a zip");

    // The same child goes on reading documents after an assembly.
    assert_reads_normally(&mut reader);
}
