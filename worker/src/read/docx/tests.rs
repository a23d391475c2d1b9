//! Tests of the DOCX reader on small packages shaped like agency documents, plus a sweep over
//! the shared real-world corpus when it is present.

use std::io::{Cursor, Write};

use zip::write::SimpleFileOptions;

use super::read_docx;
use crate::read::{Block, ExtractedDoc, LegacyEncoding, Limits, Paragraph, Part, ReadError};

const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const R: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const REL_DOC: &str =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";
const REL_BASE: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

fn zip_parts(parts: &[(&str, &[u8])]) -> Vec<u8> {
    let mut writer = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    for (name, data) in parts {
        writer.start_file(*name, options).unwrap();
        writer.write_all(data).unwrap();
    }
    writer.finish().unwrap().into_inner()
}

fn package_rels(main: &str) -> String {
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="{REL_DOC}" Target="{main}"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>"#
    )
}

fn document(body: &str) -> String {
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="{W}" xmlns:r="{R}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:v="urn:schemas-microsoft-com:vml"><w:body>{body}</w:body></w:document>"#
    )
}

/// A package with `word/document.xml` holding `body`, plus extra parts and document rels.
fn docx_with(body: &str, extra: &[(&str, String)], doc_rels: &[(&str, &str, &str)]) -> Vec<u8> {
    let mut rels = String::from(
        r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#,
    );
    for (id, kind, target) in doc_rels {
        rels.push_str(&format!(
            r#"<Relationship Id="{id}" Type="{REL_BASE}{kind}" Target="{target}"/>"#
        ));
    }
    rels.push_str("</Relationships>");
    let mut parts: Vec<(String, Vec<u8>)> = vec![
        (
            "_rels/.rels".into(),
            package_rels("word/document.xml").into_bytes(),
        ),
        ("word/document.xml".into(), document(body).into_bytes()),
        ("word/_rels/document.xml.rels".into(), rels.into_bytes()),
    ];
    for (name, data) in extra {
        parts.push((name.to_string(), data.clone().into_bytes()));
    }
    let borrowed: Vec<(&str, &[u8])> = parts
        .iter()
        .map(|(n, d)| (n.as_str(), d.as_slice()))
        .collect();
    zip_parts(&borrowed)
}

fn docx(body: &str) -> Vec<u8> {
    docx_with(body, &[], &[])
}

fn read(bytes: &[u8]) -> ExtractedDoc {
    match read_docx(bytes, &Limits::default()) {
        Ok(doc) => doc,
        Err(e) => panic!("expected text, got {e:?}"),
    }
}

fn para(text: &str) -> String {
    format!("<w:p><w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r></w:p>")
}

fn paragraphs(doc: &ExtractedDoc) -> Vec<&Paragraph> {
    doc.blocks
        .iter()
        .filter_map(|b| match b {
            Block::Paragraph(p) => Some(p),
            Block::Table(_) => None,
        })
        .collect()
}

const STYLES: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/></w:rPr></w:rPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="u1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:rPr><w:b/><w:caps/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="CuABC"><w:name w:val="Cu ABC"/><w:basedOn w:val="Normal"/><w:rPr><w:rFonts w:ascii=".VnTime" w:hAnsi=".VnTime"/></w:rPr></w:style>
</w:styles>"#;

fn cover_table() -> String {
    let cell = |text: &str| format!("<w:tc><w:tcPr/>{}</w:tc>", para(text));
    format!(
        "<w:tbl><w:tblPr/><w:tr>{}{}</w:tr><w:tr>{}{}</w:tr></w:tbl>",
        cell("QUY TRÌNH KIỂM SOÁT TÀI LIỆU"),
        cell("Mã hiệu: QT-01"),
        cell("Sở Công Thương"),
        cell("Lần ban hành: 02"),
    )
}

fn header_xml(root: &str, inner: &str) -> String {
    format!(r#"<?xml version="1.0" encoding="UTF-8"?><w:{root} xmlns:w="{W}">{inner}</w:{root}>"#)
}

#[test]
fn agency_procedure_with_cover_table_headers_and_headings() {
    let header_code =
        "<w:p><w:r><w:t>Mã hiệu: QT</w:t></w:r><w:r><w:noBreakHyphen/><w:t>01</w:t></w:r></w:p>";
    let footer = "<w:p><w:r><w:t xml:space=\"preserve\">Trang </w:t></w:r><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r><w:r><w:t>/5</w:t></w:r></w:p>";
    let body = format!(
        "{}<w:p><w:pPr><w:pStyle w:val=\"u1\"/></w:pPr><w:r><w:t>1. Mục đích</w:t></w:r></w:p>{}<w:sectPr><w:headerReference w:type=\"first\" r:id=\"rId8\"/><w:headerReference w:type=\"default\" r:id=\"rId7\"/><w:footerReference w:type=\"default\" r:id=\"rId9\"/></w:sectPr>",
        cover_table(),
        para("Quy định cách kiểm soát tài liệu của hệ thống quản lý chất lượng."),
    );
    let bytes = docx_with(
        &body,
        &[
            ("word/styles.xml", STYLES.to_string()),
            ("word/header1.xml", header_xml("hdr", header_code)),
            ("word/header2.xml", header_xml("hdr", header_code)),
            ("word/footer1.xml", header_xml("ftr", footer)),
            (
                "docProps/core.xml",
                r#"<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>Quy trình kiểm soát tài liệu</dc:title></cp:coreProperties>"#.to_string(),
            ),
        ],
        &[
            ("rId1", "styles", "styles.xml"),
            ("rId7", "header", "header1.xml"),
            ("rId8", "header", "header2.xml"),
            ("rId9", "footer", "footer1.xml"),
        ],
    );
    let doc = read(&bytes);
    let Block::Table(table) = &doc.blocks[0] else {
        panic!("cover table expected first: {:?}", doc.blocks[0]);
    };
    assert_eq!(
        table.rows,
        vec![
            vec!["QUY TRÌNH KIỂM SOÁT TÀI LIỆU", "Mã hiệu: QT-01"],
            vec!["Sở Công Thương", "Lần ban hành: 02"],
        ]
    );
    let heading = paragraphs(&doc)[0];
    assert_eq!(heading.text, "1. Mục đích");
    assert_eq!(heading.style.as_deref(), Some("u1"));
    assert_eq!(heading.heading_level, Some(1));
    assert!(heading.bold && heading.caps);
    let body_para = paragraphs(&doc)[1];
    assert_eq!(body_para.heading_level, None);
    assert!(!body_para.bold && !body_para.caps);

    // header1 and header2 hold the same code: kept once; the PAGE field shows its result only.
    assert_eq!(doc.header_text(), "Mã hiệu: QT-01\nTrang 1/5\n");
    let parts: Vec<Part> = doc
        .headers
        .iter()
        .map(|b| match b {
            Block::Paragraph(p) => p.part,
            Block::Table(t) => t.part,
        })
        .collect();
    assert_eq!(parts, vec![Part::Header, Part::Footer]);
    assert_eq!(doc.fonts, vec!["Times New Roman".to_string()]);
    assert_eq!(
        doc.meta_title.as_deref(),
        Some("Quy trình kiểm soát tài liệu")
    );
    assert!(doc.warnings.is_empty(), "{:?}", doc.warnings);
    assert!(doc.text().starts_with("Mã hiệu: QT-01\n"));
}

#[test]
fn text_box_in_alternate_content_is_read_once() {
    let box_content = |text: &str| format!("<w:txbxContent>{}</w:txbxContent>", para(text));
    let body = format!(
        "<w:p><w:r><w:t>Neo</w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wps:wsp><wps:txbx>{}</wps:txbx></wps:wsp></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>{}</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>{}",
        box_content("Mã số: QT.ISO.02"),
        box_content("Mã số: QT.ISO.02"),
        para("Sau"),
    );
    let doc = read(&docx(&body));
    let texts: Vec<(&str, Part)> = paragraphs(&doc)
        .iter()
        .map(|p| (p.text.as_str(), p.part))
        .collect();
    assert_eq!(
        texts,
        vec![
            ("Neo", Part::Body),
            ("Mã số: QT.ISO.02", Part::TextBox),
            ("Sau", Part::Body),
        ]
    );
}

#[test]
fn vml_only_text_box_is_read() {
    let body = format!(
        "<w:p><w:r><w:pict><v:shape><v:textbox><w:txbxContent>{}</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>",
        para("Ký hiệu: TT-PTH-KPPN/01")
    );
    let doc = read(&docx(&body));
    assert_eq!(doc.body_text(), "Ký hiệu: TT-PTH-KPPN/01\n");
}

#[test]
fn fields_show_their_results_not_instructions() {
    let body = concat!(
        "<w:p><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> HYPERLINK \"http://x\" </w:instrText></w:r>",
        "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>Quyết định 19/2014</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>",
        "<w:p><w:fldSimple w:instr=\" DATE \"><w:r><w:t>12/07/2021</w:t></w:r></w:fldSimple></w:p>",
        "<w:p><w:r><w:t>A</w:t><w:tab/><w:t>B</w:t><w:br/><w:t>C</w:t><w:softHyphen/><w:t>D</w:t></w:r></w:p>",
        "<w:p><w:r><w:sym w:font=\"Wingdings\" w:char=\"F0FC\"/><w:t xml:space=\"preserve\"> Đạt</w:t></w:r></w:p>",
    );
    let doc = read(&docx(body));
    assert_eq!(
        doc.body_text(),
        "Quyết định 19/2014\n12/07/2021\nA\tB\nCD\n✓ Đạt\n"
    );
}

#[test]
fn tracked_changes_keep_insertions_and_drop_deletions() {
    let body = "<w:p><w:r><w:t xml:space=\"preserve\">TCVN ISO 9001:</w:t></w:r><w:del w:id=\"1\"><w:r><w:delText>2008</w:delText></w:r></w:del><w:ins w:id=\"2\"><w:r><w:t>2015</w:t></w:r></w:ins></w:p>";
    assert_eq!(read(&docx(body)).body_text(), "TCVN ISO 9001:2015\n");
}

#[test]
fn tcvn3_run_is_decoded_by_font() {
    let body = "<w:p><w:r><w:rPr><w:rFonts w:ascii=\".VnTime\" w:hAnsi=\".VnTime\"/></w:rPr><w:t>Qu\u{B6}n lý ch\u{CA}t l\u{AD}\u{EE}ng</w:t></w:r></w:p>";
    let doc = read(&docx(body));
    assert_eq!(doc.body_text(), "Quản lý chất lượng\n");
    assert_eq!(doc.encodings, vec![LegacyEncoding::Tcvn3]);
    assert_eq!(doc.fonts, vec![".VnTime".to_string()]);
}

#[test]
fn vni_run_is_decoded_by_font() {
    let body = "<w:p><w:r><w:rPr><w:rFonts w:ascii=\"VNI-Times\" w:hAnsi=\"VNI-Times\"/></w:rPr><w:t>Xin chaøo</w:t></w:r></w:p>";
    let doc = read(&docx(body));
    assert_eq!(doc.body_text(), "Xin chào\n");
    assert_eq!(doc.encodings, vec![LegacyEncoding::Vni]);
}

#[test]
fn legacy_font_inherited_from_paragraph_style() {
    let body =
        "<w:p><w:pPr><w:pStyle w:val=\"CuABC\"/></w:pPr><w:r><w:t>Qu\u{B6}n lý</w:t></w:r></w:p>";
    let bytes = docx_with(
        body,
        &[("word/styles.xml", STYLES.to_string())],
        &[("rId1", "styles", "styles.xml")],
    );
    let doc = read(&bytes);
    assert_eq!(doc.body_text(), "Quản lý\n");
    // The complex-script font still comes from the document defaults.
    assert_eq!(
        doc.fonts,
        vec![".VnTime".to_string(), "Times New Roman".to_string()]
    );
    assert_eq!(doc.encodings, vec![LegacyEncoding::Tcvn3]);
}

#[test]
fn nfd_text_becomes_nfc() {
    let nfd = "Quy tri\u{300}nh kie\u{302}\u{309}m soa\u{301}t";
    let doc = read(&docx(&para(nfd)));
    assert_eq!(doc.body_text(), "Quy trình kiểm soát\n");
}

#[test]
fn non_breaking_hyphen_in_code() {
    let body = "<w:p><w:r><w:t>QT</w:t><w:noBreakHyphen/><w:t>01</w:t></w:r></w:p>";
    assert_eq!(read(&docx(body)).body_text(), "QT-01\n");
}

#[test]
fn strict_ooxml_and_unusual_main_part() {
    let strict_w = "http://purl.oclc.org/ooxml/wordprocessingml/main";
    let doc_xml = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{strict_w}" w:conformance="strict"><w:body><w:p><w:pPr><w:outlineLvl w:val="1"/></w:pPr><w:r><w:rPr><w:b w:val="true"/></w:rPr><w:t>2. Phạm vi áp dụng</w:t></w:r></w:p></w:body></w:document>"#
    );
    let rels = r#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument" Target="/content/main.xml"/></Relationships>"#;
    let bytes = zip_parts(&[
        ("_rels/.rels", rels.as_bytes()),
        ("content/main.xml", doc_xml.as_bytes()),
    ]);
    let doc = read(&bytes);
    let p = paragraphs(&doc)[0];
    assert_eq!(p.text, "2. Phạm vi áp dụng");
    assert_eq!(p.heading_level, Some(2));
    assert!(p.bold);
}

#[test]
fn bom_and_missing_package_rels_fall_back_to_word_document() {
    let mut doc_xml = b"\xEF\xBB\xBF".to_vec();
    doc_xml.extend_from_slice(document(&para("Sổ tay chất lượng")).as_bytes());
    let bytes = zip_parts(&[("word/document.xml", &doc_xml)]);
    assert_eq!(read(&bytes).body_text(), "Sổ tay chất lượng\n");
}

#[test]
fn nested_table_is_flattened_into_its_cell() {
    let inner = format!(
        "<w:tbl><w:tr><w:tc>{}</w:tc><w:tc>{}</w:tc></w:tr></w:tbl>",
        para("Họ tên"),
        para("Chữ ký")
    );
    let body = format!(
        "<w:tbl><w:tr><w:tc>{}</w:tc><w:tc>{}{inner}</w:tc></w:tr></w:tbl>",
        para("Soạn thảo"),
        para("Phê duyệt")
    );
    let doc = read(&docx(&body));
    let Block::Table(table) = &doc.blocks[0] else {
        panic!("table expected");
    };
    assert_eq!(
        table.rows,
        vec![vec![
            "Soạn thảo".to_string(),
            "Phê duyệt\nHọ tên | Chữ ký".to_string()
        ]]
    );
}

#[test]
fn missing_header_part_is_a_warning() {
    let body = format!(
        "{}<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rId7\"/></w:sectPr>",
        para("Nội dung")
    );
    let bytes = docx_with(&body, &[], &[("rId7", "header", "header1.xml")]);
    let doc = read(&bytes);
    assert_eq!(doc.body_text(), "Nội dung\n");
    assert_eq!(doc.warnings.len(), 1);
    assert!(
        doc.warnings[0].contains("word/header1.xml"),
        "{:?}",
        doc.warnings
    );
}

#[test]
fn external_entities_are_not_resolved() {
    let doc_xml = format!(
        r#"<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>a&xxe;b &amp; c</w:t></w:r></w:p></w:body></w:document>"#
    );
    let bytes = zip_parts(&[("word/document.xml", doc_xml.as_bytes())]);
    assert_eq!(read(&bytes).body_text(), "ab & c\n");
}

#[test]
fn text_over_the_limit_is_truncated_with_a_warning() {
    let body = para("Mục tiêu chất lượng năm 2019").repeat(10);
    let limits = Limits {
        max_text_chars: 40,
        ..Limits::default()
    };
    let doc = read_docx(&docx(&body), &limits).unwrap();
    assert_eq!(doc.body_text().chars().filter(|c| *c != '\n').count(), 40);
    assert!(doc.warnings.iter().any(|w| w.contains("cut at 40")));
}

#[test]
fn zip_bomb_is_refused() {
    let zeros = vec![b' '; 4 * 1024 * 1024];
    let doc_xml = [document(&para("x")).as_bytes(), &zeros].concat();
    let bytes = zip_parts(&[("word/document.xml", &doc_xml)]);
    let small = Limits {
        max_entry_bytes: 2 * 1024 * 1024,
        ..Limits::default()
    };
    assert!(matches!(read_docx(&bytes, &small), Err(ReadError::Bomb(_))));
    let low_ratio = Limits {
        max_ratio: 20,
        ..Limits::default()
    };
    assert!(matches!(
        read_docx(&bytes, &low_ratio),
        Err(ReadError::Bomb(_))
    ));
    let generous = Limits {
        max_ratio: 100_000,
        ..Limits::default()
    };
    assert!(read_docx(&bytes, &generous).is_ok());
}

#[test]
fn deep_nesting_is_refused_without_overflow() {
    let depth = 100_000;
    let body = format!(
        "{}{}{}",
        "<w:sdt><w:sdtContent>".repeat(depth / 2),
        para("x"),
        "</w:sdtContent></w:sdt>".repeat(depth / 2)
    );
    assert!(matches!(
        read_docx(&docx(&body), &Limits::default()),
        Err(ReadError::TooDeep(_))
    ));
}

#[test]
fn compound_files_are_encrypted_or_legacy_word() {
    let mut cfb = super::CFB_MAGIC.to_vec();
    cfb.extend_from_slice(&[0u8; 600]);
    let legacy = read_docx(&cfb, &Limits::default()).unwrap_err();
    assert!(matches!(&legacy, ReadError::Unsupported(m) if m.contains("Word 97-2003")));
    for unit in "EncryptedPackage".encode_utf16() {
        cfb.extend_from_slice(&unit.to_le_bytes());
    }
    assert_eq!(
        read_docx(&cfb, &Limits::default()),
        Err(ReadError::Encrypted)
    );
}

#[test]
fn corrupt_empty_and_foreign_files() {
    assert_eq!(read_docx(b"", &Limits::default()), Err(ReadError::Empty));
    let corrupt = read_docx(b"PK\x03\x04 this is not a zip", &Limits::default()).unwrap_err();
    assert!(matches!(&corrupt, ReadError::CorruptDocx(m) if m.contains("corrupt zip")));
    let good = docx(&para("Nội dung"));
    let truncated = read_docx(&good[..good.len() / 2], &Limits::default()).unwrap_err();
    assert!(matches!(truncated, ReadError::CorruptDocx(_)));
    let no_body = zip_parts(&[("word/styles.xml", STYLES.as_bytes())]);
    let missing = read_docx(&no_body, &Limits::default()).unwrap_err();
    assert!(matches!(&missing, ReadError::CorruptDocx(m) if m.contains("no document body")));
    let rtf = read_docx(b"{\\rtf1\\ansi Quy trinh}", &Limits::default()).unwrap_err();
    assert!(matches!(&rtf, ReadError::Unsupported(m) if m.contains("RTF")));
}

#[test]
fn damaged_xml_keeps_the_text_before_the_damage() {
    let doc_xml = format!(
        r#"<w:document xmlns:w="{W}"><w:body>{}<w:p><w:r><w:t>broken</w:t></w:r></w:p><w:p <<<"#,
        para("Phần đọc được")
    );
    let bytes = zip_parts(&[("word/document.xml", doc_xml.as_bytes())]);
    let doc = read(&bytes);
    assert!(doc.body_text().starts_with("Phần đọc được\n"));
    assert!(!doc.warnings.is_empty());
}

/// Every DOCX of the shared real-world corpus gives text or a typed error, never a panic.
#[test]
fn realworld_corpus_reads_without_panics() {
    let corpus =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/corpus/realworld");
    let Ok(listing) = std::fs::read_dir(&corpus) else {
        println!("skipped: {} does not exist", corpus.display());
        return;
    };
    let mut names: Vec<_> = listing
        .flatten()
        .map(|e| e.path())
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.to_lowercase().contains(".docx"))
        })
        .collect();
    names.sort();
    let (mut n_text, mut n_empty, mut n_errors) = (0, 0, 0);
    for path in &names {
        let bytes = std::fs::read(path).unwrap();
        match read_docx(&bytes, &Limits::default()) {
            Ok(doc) if doc.is_empty() => n_empty += 1,
            Ok(_) => n_text += 1,
            Err(e) => {
                n_errors += 1;
                println!("{}: {e}", path.display());
            }
        }
    }
    println!(
        "realworld DOCX: {} files, {n_text} with text, {n_empty} empty, {n_errors} errors",
        names.len()
    );
    assert!(names.is_empty() || n_text > 0);
}
