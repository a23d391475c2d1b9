//! Tests of the PDF reader on committed fixtures, PDFs built here with lopdf for precise
//! cases, and the shared real-world corpus.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use lopdf::{Dictionary, Document, Object, Stream, dictionary};

use super::read_pdf;
use crate::read::{Block, ExtractedDoc, LegacyEncoding, Limits, ReadError};

fn fixture(name: &str) -> Vec<u8> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures/pdf")
        .join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("read {}: {e}", path.display()))
}

fn paragraphs(doc: &ExtractedDoc) -> Vec<String> {
    doc.blocks
        .iter()
        .filter_map(|b| match b {
            Block::Paragraph(p) => Some(p.text.clone()),
            Block::Table(_) => None,
        })
        .collect()
}

/// A one-page PDF with the given resources and content stream.
fn one_page(mut doc: Document, resources: Dictionary, content: &[u8]) -> Vec<u8> {
    let pages_id = doc.new_object_id();
    let content_id = doc.add_object(Stream::new(Dictionary::new(), content.to_vec()));
    let page_id = doc.add_object(dictionary! {
        "Type" => "Page",
        "Parent" => pages_id,
        "MediaBox" => vec![0.into(), 0.into(), 595.into(), 842.into()],
        "Resources" => resources,
        "Contents" => content_id,
    });
    doc.objects.insert(
        pages_id,
        Object::Dictionary(dictionary! {
            "Type" => "Pages",
            "Kids" => vec![page_id.into()],
            "Count" => 1,
        }),
    );
    let catalog = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages_id });
    doc.trailer.set("Root", catalog);
    let mut out = Vec::new();
    doc.save_to(&mut out).expect("serialise test PDF");
    out
}

/// A simple font with 500-unit glyphs, WinAnsi plus Vietnamese letters at 128.. by name.
fn simple_font(base: &str) -> Dictionary {
    dictionary! {
        "Type" => "Font",
        "Subtype" => "TrueType",
        "BaseFont" => base,
        "FirstChar" => 32,
        "LastChar" => 255,
        "Widths" => vec![Object::Integer(500); 224],
        "Encoding" => dictionary! {
            "Type" => "Encoding",
            "BaseEncoding" => "WinAnsiEncoding",
            "Differences" => vec![
                128.into(),
                Object::Name(b"ecircumflexdotbelow".to_vec()),
                Object::Name(b"atilde".to_vec()),
                Object::Name(b"uni1EC3".to_vec()),
            ],
        },
    }
}

/// A Type0/Identity-H font whose ToUnicode maps CIDs 1.. to "Kiểm" and "ệ".
fn identity_font(doc: &mut Document) -> Dictionary {
    let cmap = b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap
1 begincodespacerange <0000> <FFFF> endcodespacerange
2 beginbfchar <0001> <004B> <0005> <1EC7> endbfchar
1 beginbfrange <0002> <0004> [<0069> <1EC3> <006D>] endbfrange
endcmap CMapName currentdict /CMap defineresource pop end end";
    let to_unicode = doc.add_object(Stream::new(Dictionary::new(), cmap.to_vec()));
    let descendant = doc.add_object(dictionary! {
        "Type" => "Font",
        "Subtype" => "CIDFontType2",
        "BaseFont" => "ABCDEF+Arial",
        "CIDSystemInfo" => dictionary! { "Registry" => Object::string_literal("Adobe"), "Ordering" => Object::string_literal("Identity"), "Supplement" => 0 },
        "DW" => 1000,
        "W" => vec![1.into(), vec![Object::Integer(500), 500.into(), 500.into(), 500.into(), 500.into()].into()],
        "CIDToGIDMap" => "Identity",
    });
    dictionary! {
        "Type" => "Font",
        "Subtype" => "Type0",
        "BaseFont" => "ABCDEF+Arial",
        "Encoding" => "Identity-H",
        "DescendantFonts" => vec![descendant.into()],
        "ToUnicode" => to_unicode,
    }
}

fn text_of(bytes: &[u8]) -> String {
    match read_pdf(bytes, &Limits::default()) {
        Ok(doc) => doc.body_text(),
        Err(e) => panic!("read failed: {e}"),
    }
}

#[test]
fn tj_offsets_separate_words_but_not_kerning() {
    let mut doc = Document::with_version("1.5");
    let f1 = doc.add_object(simple_font("Helvetica"));
    let res = dictionary! { "Font" => dictionary! { "F1" => f1 } };
    let content = b"BT /F1 10 Tf 72 700 Td [(M\x81) -300 (hi) 30 (\x80u) -40 (:)] TJ ET";
    assert_eq!(text_of(&one_page(doc, res, content)), "Mã hiệu:\n");
}

#[test]
fn font_switch_mid_word_stays_one_word() {
    let mut doc = Document::with_version("1.5");
    let f1 = doc.add_object(simple_font("LiberationSans"));
    let f2 = identity_font(&mut doc);
    let f2 = doc.add_object(f2);
    let res = dictionary! { "Font" => dictionary! { "F1" => f1, "F2" => f2 } };
    // "Mã hi" in F1, "ệ" in F2 (CID 5), "u" in F1 again, then "Kiểm" in F2 on the next line.
    let content = b"BT /F1 12 Tf 72 700 Td (M\x81 hi) Tj /F2 12 Tf <0005> Tj /F1 12 Tf (u) Tj
        0 -40 Td /F2 12 Tf <0001000200030004> Tj ET";
    let bytes = one_page(doc, res, content);
    assert_eq!(text_of(&bytes), "Mã hiệu\nKiểm\n");
    // lopdf's own extractor is what this reader replaces: it splits the word.
    let loaded = Document::load_mem(&bytes).expect("reload");
    let theirs = loaded.extract_text(&[1]).unwrap_or_default();
    assert_ne!(theirs.trim(), "Mã hiệu\nKiểm");
}

#[test]
fn text_state_operators_position_lines() {
    let mut doc = Document::with_version("1.5");
    let f1 = doc.add_object(simple_font("Times-Roman"));
    let res = dictionary! { "Font" => dictionary! { "F1" => f1 } };
    // Lines written bottom-up with TL/T*/'/" and a cm scale; the reader sorts them top-down.
    let content = b"q 1 0 0 1 0 -100 cm BT /F1 10 Tf 14 TL 72 500 Td (third) Tj ET Q
        BT /F1 10 Tf 14 TL 72 700 Td (first) Tj T* (second) Tj 2 0 Tc (x) ' ET";
    let text = text_of(&one_page(doc, res, content));
    assert_eq!(text, "first second x\nthird\n");
}

#[test]
fn form_xobject_cycles_are_cut() {
    let mut doc = Document::with_version("1.5");
    let f1 = doc.add_object(simple_font("Helvetica"));
    let form_id = doc.new_object_id();
    let form = Stream::new(
        dictionary! {
            "Type" => "XObject",
            "Subtype" => "Form",
            "BBox" => vec![0.into(), 0.into(), 595.into(), 842.into()],
            "Resources" => dictionary! {
                "Font" => dictionary! { "F1" => f1 },
                "XObject" => dictionary! { "X1" => form_id },
            },
        },
        b"BT /F1 10 Tf 72 700 Td (inside) Tj ET /X1 Do".to_vec(),
    );
    doc.objects.insert(form_id, Object::Stream(form));
    let res = dictionary! { "XObject" => dictionary! { "X1" => form_id } };
    let out = read_pdf(&one_page(doc, res, b"/X1 Do"), &Limits::default()).expect("read");
    assert_eq!(out.body_text(), "inside\n");
    assert!(
        out.warnings.iter().any(|w| w.contains("form")),
        "{:?}",
        out.warnings
    );
}

#[test]
fn legacy_font_names_are_recorded() {
    let mut doc = Document::with_version("1.5");
    let f1 = doc.add_object(simple_font(".VnTime"));
    let res = dictionary! { "Font" => dictionary! { "F1" => f1 } };
    let out = read_pdf(
        &one_page(doc, res, b"BT /F1 12 Tf 72 700 Td (Qu\xb6n l\xfd) Tj ET"),
        &Limits::default(),
    )
    .expect("read");
    assert_eq!(out.encodings, vec![LegacyEncoding::Tcvn3]);
    assert_eq!(out.fonts, vec![".VnTime".to_string()]);
}

#[test]
fn garbled_text_layer_is_refused() {
    let mut doc = Document::with_version("1.5");
    let f1 = doc.add_object(simple_font("Helvetica"));
    let res = dictionary! { "Font" => dictionary! { "F1" => f1 } };
    let content = b"BT /F1 12 Tf 72 700 Td (H THNG QUN L CHT LNG) Tj 0 -14 Td (QUY TRNH KIM SOT TI LIU) Tj ET";
    match read_pdf(&one_page(doc, res, content), &Limits::default()) {
        Err(ReadError::Garbled(sample)) => {
            assert!(sample.starts_with("H THNG QUN L CHT LNG"), "{sample}")
        }
        other => panic!("expected garbled, got {other:?}"),
    }
}

#[test]
fn limits_are_enforced() {
    let mut doc = Document::with_version("1.5");
    let f1 = doc.add_object(simple_font("Helvetica"));
    let res = dictionary! { "Font" => dictionary! { "F1" => f1 } };
    let content = b"BT /F1 12 Tf 72 700 Td (x) Tj ET ".repeat(1000);
    let bytes = one_page(doc, res, &content);
    let small = Limits {
        max_stream_bytes: 1000,
        ..Limits::default()
    };
    assert!(matches!(read_pdf(&bytes, &small), Err(ReadError::Bomb(_))));
    let no_time = Limits {
        time_budget_secs: 0,
        ..Limits::default()
    };
    assert_eq!(read_pdf(&bytes, &no_time), Err(ReadError::Timeout(0)));
    let few_chars = Limits {
        max_text_chars: 10,
        ..Limits::default()
    };
    let out = read_pdf(&bytes, &few_chars).expect("read");
    assert!(out.body_text().len() <= 20);
    assert!(out.warnings.iter().any(|w| w.contains("cut off")));
}

#[test]
fn damaged_files_say_why() {
    for (bytes, want) in [
        (
            &b"%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF"[..],
            "damaged",
        ),
        (&b"not a pdf at all"[..], "header"),
        (&b"%PDF-1.7\n\xff\xfe garbage ] >> endstream"[..], "damaged"),
    ] {
        match read_pdf(bytes, &Limits::default()) {
            Err(ReadError::DamagedPdf(reason)) => {
                assert!(!reason.is_empty());
                if want == "header" {
                    assert!(reason.contains("header"), "{reason}");
                }
            }
            other => panic!("expected damaged, got {other:?}"),
        }
    }
}

#[test]
fn vietnamese_procedure_cover_page() {
    let doc = read_pdf(&fixture("quy_trinh.pdf"), &Limits::default()).expect("read");
    let paras = paragraphs(&doc);
    assert!(
        paras.contains(&"QUY TRÌNH KIỂM SOÁT TÀI LIỆU".to_string()),
        "{paras:#?}"
    );
    assert!(paras.contains(&"Mã hiệu: QT-01".to_string()), "{paras:#?}");
    let row = paras
        .iter()
        .find(|p| p.contains("Thư ký ISO"))
        .expect("step row");
    assert!(row.starts_with('1') && row.ends_with("BM-01"), "{row}");
    assert!(row.contains("Đề nghị biên soạn tài liệu"), "{row}");
    assert_eq!(doc.pages, Some(1));
    assert_eq!(
        doc.meta_title.as_deref(),
        Some("Quy trình kiểm soát tài liệu")
    );
    assert!(
        doc.fonts.iter().any(|f| f.starts_with("LiberationSerif")),
        "{:?}",
        doc.fonts
    );
    assert!(
        doc.blocks
            .iter()
            .all(|b| matches!(b, Block::Paragraph(p) if p.page == Some(1)))
    );
    let title = doc.blocks.iter().find_map(|b| match b {
        Block::Paragraph(p) if p.text.starts_with("QUY TRÌNH") => Some(p),
        _ => None,
    });
    assert!(title.is_some_and(|p| p.bold && p.caps));
}

/// Word recall against pdftotext on the same fixture; skipped when poppler is not installed.
#[test]
fn recall_against_pdftotext() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/pdf/quy_trinh.pdf");
    let Ok(out) = std::process::Command::new("pdftotext")
        .args(["-enc", "UTF-8"])
        .arg(&path)
        .arg("-")
        .output()
    else {
        println!("pdftotext not installed; recall comparison skipped");
        return;
    };
    let theirs = crate::vntext::normalize::nfc(&String::from_utf8_lossy(&out.stdout));
    let ours = read_pdf(&fixture("quy_trinh.pdf"), &Limits::default())
        .expect("read")
        .text();
    let our_words: HashSet<&str> = ours.split_whitespace().collect();
    let their_words: Vec<&str> = theirs.split_whitespace().collect();
    assert!(
        their_words.len() > 100,
        "pdftotext gave {} words",
        their_words.len()
    );
    let found = their_words
        .iter()
        .filter(|w| our_words.contains(*w))
        .count();
    let recall = found as f64 / their_words.len() as f64;
    println!("word recall vs pdftotext: {recall:.3}");
    assert!(recall >= 0.95, "recall {recall}");
}

#[test]
fn font_switch_fixture_from_libreoffice() {
    let text = text_of(&fixture("font_switch.pdf"));
    assert!(text.contains("Mã hiệu: QT-02"), "{text}");
    assert!(text.contains("Kiểm soát hồ sơ"), "{text}");
}

#[test]
fn scanned_and_encrypted_fixtures() {
    let limits = Limits::default();
    assert_eq!(
        read_pdf(&fixture("scan.pdf"), &limits),
        Err(ReadError::Scanned)
    );
    assert_eq!(
        read_pdf(&fixture("encrypted_user.pdf"), &limits),
        Err(ReadError::Encrypted)
    );
    let owner_only = read_pdf(&fixture("owner_only.pdf"), &limits).expect("owner-only PDFs open");
    assert!(
        owner_only
            .body_text()
            .contains("QUY TRÌNH KIỂM SOÁT TÀI LIỆU")
    );
}

/// Files that crash the test process itself (stack overflow inside lopdf) are listed here and
/// left to the isolated-reader test; none is known at present.
const CRASHES_IN_PROCESS: &[&str] = &[];

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/corpus/realworld")
}

/// `file` → `baseline_ok` from MANIFEST.csv (quoted fields may hold commas and newlines).
fn manifest_baseline(text: &str) -> Vec<(String, String)> {
    let mut rows = Vec::new();
    let mut fields = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                field.push('"');
                chars.next();
            }
            ('"', _) => quoted = !quoted,
            (',', false) => fields.push(std::mem::take(&mut field)),
            ('\n', false) => {
                fields.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut fields));
            }
            ('\r', false) => {}
            (c, _) => field.push(c),
        }
    }
    if !field.is_empty() || !fields.is_empty() {
        fields.push(field);
        rows.push(fields);
    }
    let header = rows.first().cloned().unwrap_or_default();
    let col = |name: &str| header.iter().position(|h| h == name);
    let (Some(file), Some(ok)) = (col("file"), col("baseline_ok")) else {
        return Vec::new();
    };
    rows.iter()
        .skip(1)
        .filter_map(|r| Some((r.get(file)?.clone(), r.get(ok)?.clone())))
        .collect()
}

#[test]
fn realworld_corpus() {
    let dir = corpus_dir();
    let Ok(entries) = std::fs::read_dir(&dir) else {
        println!("corpus not found at {}; skipped", dir.display());
        return;
    };
    let mut files: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e.eq_ignore_ascii_case("pdf")))
        .collect();
    files.sort();
    let mut outcomes: std::collections::BTreeMap<String, usize> = Default::default();
    let mut results: std::collections::HashMap<String, String> = Default::default();
    for path in &files {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        if CRASHES_IN_PROCESS.contains(&name.as_str()) {
            continue;
        }
        let Ok(bytes) = std::fs::read(path) else {
            continue;
        };
        let kind = match read_pdf(&bytes, &Limits::default()) {
            Ok(doc) if !doc.is_empty() => "text".to_string(),
            Ok(_) => "no text".to_string(),
            Err(e) => format!("{e:?}")
                .split('(')
                .next()
                .unwrap_or("error")
                .to_string(),
        };
        *outcomes.entry(kind.clone()).or_default() += 1;
        results.insert(name, kind);
    }
    println!("{} PDFs: {outcomes:?}", files.len());
    let manifest = std::fs::read_to_string(dir.join("MANIFEST.csv")).unwrap_or_default();
    let expected: Vec<String> = manifest_baseline(&manifest)
        .into_iter()
        .filter(|(f, ok)| f.to_lowercase().ends_with(".pdf") && ok == "yes")
        .map(|(f, _)| f)
        .collect();
    let missed: Vec<(&String, Option<&String>)> = expected
        .iter()
        .filter(|f| results.get(*f).map(String::as_str) != Some("text"))
        .map(|f| (f, results.get(f)))
        .collect();
    println!("baseline_ok=yes not read: {missed:?}");
    if !expected.is_empty() {
        let read = expected.len() - missed.len();
        assert!(
            read * 100 >= expected.len() * 95,
            "{read}/{} read",
            expected.len()
        );
    }
}

fn tables(doc: &ExtractedDoc) -> Vec<&Vec<Vec<String>>> {
    doc.blocks
        .iter()
        .filter_map(|b| match b {
            Block::Table(t) => Some(&t.rows),
            Block::Paragraph(_) => None,
        })
        .collect()
}

/// LibreOffice output of a DOCX with a bordered cover table, a step table and a records table.
#[test]
fn ruled_tables_from_libreoffice() {
    let doc = read_pdf(&fixture("agency_tables.pdf"), &Limits::default()).expect("read");
    let tables = tables(&doc);
    assert_eq!(tables.len(), 3, "{:#?}", doc.blocks);
    let cover = &tables[0];
    assert_eq!(cover.len(), 1);
    assert_eq!(cover[0][0], "UBND TỈNH BẮC KẠN\nSỞ CÔNG THƯƠNG");
    assert_eq!(cover[0][1], "QUY TRÌNH HÀNH ĐỘNG PHÒNG NGỪA");
    let fields: Vec<&str> = cover[0][2].lines().collect();
    assert_eq!(
        fields,
        [
            "Mã hiệu: QT-06",
            "Lần ban hành: 02",
            "Ngày ban hành: 10/10/2018",
            "Trang: 1/5"
        ]
    );
    let steps = &tables[1];
    assert_eq!(steps.len(), 5);
    assert!(steps.iter().all(|r| r.len() == 5), "{steps:#?}");
    assert_eq!(
        steps[0],
        [
            "Bước",
            "Nội dung công việc",
            "Trách nhiệm",
            "Thời gian",
            "Biểu mẫu"
        ]
    );
    assert_eq!(
        steps[1][1],
        "Xác định sự không phù hợp tiềm ẩn và nguyên nhân của sự không phù hợp đó"
    );
    assert_eq!(
        steps[2][1],
        "Đề xuất hành động phòng ngừa\n- Lập phiếu yêu cầu"
    );
    assert_eq!(steps[3][2], "Lãnh đạo Sở\nCác phòng");
    assert_eq!(steps[2][3], "03 ngày làm việc");
    let records = &tables[2];
    assert_eq!(records.len(), 3);
    assert_eq!(
        records[2],
        [
            "Sổ theo dõi hành động phòng ngừa",
            "Văn phòng Sở",
            "Vĩnh viễn"
        ]
    );
    // Prose between the tables stays paragraphs, in reading order.
    let order: Vec<String> = doc
        .blocks
        .iter()
        .map(|b| match b {
            Block::Paragraph(p) => p.text.chars().take(12).collect(),
            Block::Table(t) => format!("table {}", t.rows.len()),
        })
        .collect();
    assert_eq!(
        order,
        [
            "table 1",
            "1. MỤC ĐÍCH",
            "Quy định các",
            "2. PHẠM VI Á",
            "Áp dụng cho ",
            "5. NỘI DUNG ",
            "table 5",
            "7. HỒ SƠ CẦN",
            "table 3",
            "Hồ sơ được l"
        ]
    );
    assert!(
        paragraphs(&doc)
            .iter()
            .any(|p| p.starts_with("Quy định cách thức")
                && p.ends_with("được thực hiện thống nhất."))
    );
}

/// A document from the sample campaign: page-header table drawn right above the body cover
/// table, a sign-off grid, a step table that continues on page 2.
#[test]
fn ruled_tables_from_the_sample_campaign() {
    let doc = read_pdf(&fixture("sample_qt_sct_06.pdf"), &Limits::default()).expect("read");
    let tables = tables(&doc);
    let covers: Vec<_> = tables
        .iter()
        .filter(|t| t[0].len() == 3 && t[0][1] == "QUY TRÌNH HÀNH ĐỘNG PHÒNG NGỪA")
        .collect();
    // Page header on pages 1 and 2 plus the body cover: each its own one-row table.
    assert_eq!(covers.len(), 3, "{tables:#?}");
    assert!(covers.iter().all(|t| t.len() == 1));
    assert!(
        covers[0][0][2]
            .starts_with("Mã hiệu: QT-SCT-06\nLần ban hành: 03\nNgày ban hành: 10/10/2018")
    );
    let signoff = tables
        .iter()
        .find(|t| t[0].iter().any(|c| c == "Soát xét"))
        .expect("sign-off grid");
    assert_eq!(
        signoff[1],
        ["Họ tên", "Nông Thị Thảo", "Hoàng Văn Minh", "Lưu Đức Tâm"]
    );
    let steps = tables
        .iter()
        .find(|t| t[0][0] == "Bước")
        .expect("step table");
    assert_eq!(steps[0].len(), 5);
    assert_eq!(steps[1][4], "BM-01/QT-SCT-06");
    let paras = paragraphs(&doc);
    assert!(
        paras.contains(&"5. NỘI DUNG QUY TRÌNH".to_string()),
        "{paras:#?}"
    );
    assert!(!paras.iter().any(|p| p.contains("Mã hiệu")), "{paras:#?}");
}

/// Word draws borders as thin filled rectangles; a page whose drawing has more path segments
/// than the budget is read as paragraphs.
#[test]
fn filled_rectangle_borders_and_the_segment_budget() {
    let mut doc = Document::with_version("1.5");
    let f1 = doc.add_object(simple_font("Helvetica"));
    let res = dictionary! { "Font" => dictionary! { "F1" => f1 } };
    let mut content = b"q 0.5 0 0 0.5 0 0 cm \
        200 1400 800 1 re 200 1200 800 1 re 200 1200 1 201 re 600 1200 1 201 re 1000 1200 1 201 re f Q
        BT /F1 10 Tf 110 650 Td (Ma hieu) Tj 200 0 Td (QT-01) Tj ET"
        .to_vec();
    let tabled = one_page(doc.clone(), res.clone(), &content);
    let out = read_pdf(&tabled, &Limits::default()).expect("read");
    assert_eq!(
        out.blocks,
        vec![Block::Table(crate::read::Table {
            rows: vec![vec!["Ma hieu".to_string(), "QT-01".to_string()]],
            part: crate::read::Part::Body,
        })]
    );
    content.extend(b" 0 0 m 1 1 l".repeat(super::paths::MAX_PATH_SEGMENTS));
    content.extend(b" S");
    let out = read_pdf(&one_page(doc, res, &content), &Limits::default()).expect("read");
    assert_eq!(out.body_text(), "Ma hieu\tQT-01\n");
}
