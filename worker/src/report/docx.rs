//! `report.docx`: the gap report as a Word document for printing at training sessions: A4,
//! Times New Roman 13 pt (the Vietnamese administrative convention), tables that fit the page.

use std::io::{Cursor, Read, Write};
use std::sync::LazyLock;

use docx_rs::{
    AlignmentType, Docx, Footer, Header, HeightRule, LineSpacing, NumPages, PageMargin, PageNum,
    Paragraph, Run, RunFonts, Shading, ShdType, Style, StyleType, Table, TableCell,
    TableCellMargins, TableLayoutType, TableRow, VAlignType, WidthType,
};

use crate::read::Status;

use super::RenderError;
use super::counts::{DocumentCounts, SEVERITIES, STATUSES, SeverityCounts, StatusCounts};
use super::labels::{self, Words};
use super::model::{ClauseStatus, Lang, Report};
use super::{present, reasons};

/// A4 portrait in twentieths of a point.
const PAGE_W: u32 = 11906;
const PAGE_H: u32 = 16838;
/// Left margin wider for binding, as Vietnamese administrative documents do; ~2 cm elsewhere.
const MARGIN_LEFT: i32 = 1418;
const MARGIN_RIGHT: i32 = 1134;
const MARGIN_TOP: i32 = 1134;
const MARGIN_BOTTOM: i32 = 1134;
const CONTENT_W: usize = (PAGE_W as usize) - (MARGIN_LEFT as usize) - (MARGIN_RIGHT as usize);

/// Font sizes in half-points.
const BODY: usize = 26;
const TABLE: usize = 22;
const SMALL: usize = 20;
const FONT: &str = "Times New Roman";

/// The package dates: constants, so the same report gives the same bytes.
const FIXED_DATE: &str = "2000-01-01T00:00:00Z";

/// Builds the Word document. Output is byte-identical for the same report: docx-rs's paragraph
/// ids come from a thread-local counter and its zip entries carry times, so the package is
/// rewritten with sequential ids and fixed times (and compressed, which docx-rs does not do).
pub fn render(report: &Report) -> Result<Vec<u8>, RenderError> {
    let lang = report.lang;
    let w = labels::words(lang);
    let fonts = RunFonts::new()
        .ascii(FONT)
        .hi_ansi(FONT)
        .cs(FONT)
        .east_asia(FONT);

    let mut doc = Docx::new()
        .page_size(PAGE_W, PAGE_H)
        .page_margin(
            PageMargin::new()
                .top(MARGIN_TOP)
                .bottom(MARGIN_BOTTOM)
                .left(MARGIN_LEFT)
                .right(MARGIN_RIGHT)
                .header(567)
                .footer(567),
        )
        .default_fonts(fonts.clone())
        .default_size(BODY)
        .default_line_spacing(LineSpacing::new().after(100).line(264))
        .created_at(FIXED_DATE)
        .updated_at(FIXED_DATE)
        .add_style(heading_style("Heading1", "heading 1", 28, 0, &fonts))
        .add_style(heading_style("Heading2", "heading 2", 26, 1, &fonts))
        .header(
            Header::new().add_paragraph(
                Paragraph::new().align(AlignmentType::Right).add_run(
                    text(&format!("{} — {}", report.agency.name, w.report_title))
                        .size(SMALL)
                        .italic(),
                ),
            ),
        )
        .footer(
            Footer::new().add_paragraph(
                Paragraph::new()
                    .align(AlignmentType::Center)
                    .add_run(text(&format!("{} ", w.page)).size(SMALL))
                    .add_page_num(PageNum::new())
                    .add_run(text(" / ").size(SMALL))
                    .add_num_pages(NumPages::new()),
            ),
        );

    for p in title_block(report, w) {
        doc = doc.add_paragraph(p);
    }
    doc = doc.add_paragraph(heading(1, &format!("1. {}", w.summary)));
    doc = doc.add_table(summary_table(report, w));
    doc = doc.add_paragraph(heading(1, &format!("2. {}", w.clauses_heading)));
    doc = doc.add_table(clause_table(report, w));
    doc = doc.add_paragraph(heading(1, &format!("3. {}", w.plan_heading)));
    if let Some(p) = plan_overview(report, w) {
        doc = doc.add_paragraph(p);
    }
    match plan_table(report, w) {
        Some(t) => doc = doc.add_table(t),
        None => doc = doc.add_paragraph(Paragraph::new().add_run(text(w.no_documents).italic())),
    }
    doc = doc.add_paragraph(heading(1, &format!("4. {}", w.findings_heading)));
    for p in findings(report, w) {
        doc = doc.add_paragraph(p);
    }
    doc = doc.add_paragraph(heading(1, &format!("5. {}", w.unreadable_heading)));
    match unreadable_table(report, w) {
        Some(t) => doc = doc.add_table(t),
        None => doc = doc.add_paragraph(Paragraph::new().add_run(text(w.all_readable).italic())),
    }

    let mut raw = Cursor::new(Vec::new());
    doc.build()
        .pack(&mut raw)
        .map_err(|e| RenderError::Docx(e.to_string()))?;
    repack(raw.get_ref())
}

fn heading_style(id: &str, name: &str, size: usize, level: usize, fonts: &RunFonts) -> Style {
    Style::new(id, StyleType::Paragraph)
        .name(name)
        .based_on("Normal")
        .next("Normal")
        .q_format(true)
        .fonts(fonts.clone())
        .size(size)
        .bold()
        .outline_lvl(level)
        .line_spacing(LineSpacing::new().before(240).after(120))
}

/// Text as Word accepts it: characters XML 1.0 forbids (control characters from broken files)
/// become U+FFFD instead of making the package unreadable.
fn clean(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '\n' | '\r' => ' ',
            '\t' => c,
            '\u{FFFE}' | '\u{FFFF}' => '\u{FFFD}',
            c if c.is_control() => '\u{FFFD}',
            c => c,
        })
        .collect()
}

fn text(s: &str) -> Run {
    Run::new().add_text(clean(s))
}

fn heading(level: u8, s: &str) -> Paragraph {
    let style = if level == 1 { "Heading1" } else { "Heading2" };
    Paragraph::new()
        .style(style)
        .keep_next(true)
        .add_run(text(s))
}

/// A table paragraph: no space after, so rows stay compact.
fn cell_para(size: usize) -> Paragraph {
    Paragraph::new()
        .line_spacing(LineSpacing::new().before(0).after(0).line(240))
        .size(size)
}

fn cell_text(s: &str, size: usize) -> Paragraph {
    cell_para(size).add_run(text(s).size(size))
}

fn cell(width: usize, paragraphs: Vec<Paragraph>) -> TableCell {
    let mut c = TableCell::new()
        .width(width, WidthType::Dxa)
        .vertical_align(VAlignType::Top);
    for p in paragraphs {
        c = c.add_paragraph(p);
    }
    c
}

fn shaded(c: TableCell, fill: &str) -> TableCell {
    c.shading(
        Shading::new()
            .shd_type(ShdType::Clear)
            .color("auto")
            .fill(fill),
    )
}

/// The minimum height of a table's header row, in twentieths of a point. docx-rs cannot mark a
/// row as a header (`w:tblHeader`), so header rows carry this height and [`repack`] adds the
/// mark after the `w:trHeight` element with exactly this value: Word and LibreOffice then repeat
/// the header on every page a long table runs onto.
const HEADER_ROW_HEIGHT: u32 = 397;
const HEADER_ROW_MARK: &str = "<w:trHeight w:val=\"397\" w:hRule=\"atLeast\" />";

fn header_row(heads: &[&str], widths: &[usize], size: usize) -> TableRow {
    let cells = heads
        .iter()
        .zip(widths)
        .map(|(h, w)| {
            shaded(
                cell(*w, vec![cell_para(size).add_run(text(h).size(size).bold())]),
                "D9D9D9",
            )
        })
        .collect();
    TableRow::new(cells)
        .cant_split()
        .row_height(HEADER_ROW_HEIGHT as f32)
        .height_rule(HeightRule::AtLeast)
}

fn table(rows: Vec<TableRow>, widths: &[usize]) -> Table {
    Table::new(rows)
        .set_grid(widths.to_vec())
        .width(widths.iter().sum(), WidthType::Dxa)
        .layout(TableLayoutType::Fixed)
        .margins(TableCellMargins::new().margin(40, 80, 40, 80))
}

fn title_block(report: &Report, w: &Words) -> Vec<Paragraph> {
    let lang = report.lang;
    let center = |run: Run| Paragraph::new().align(AlignmentType::Center).add_run(run);
    let field = |label: &str, value: &str| {
        Paragraph::new()
            .add_run(text(&format!("{label}: ")))
            .add_run(text(value).bold())
    };
    vec![
        center(text(&report.agency.name.to_uppercase()).bold()),
        center(text(w.report_title).bold().size(32)),
        center(text(w.report_subtitle).italic()),
        Paragraph::new(),
        field(w.agency, &report.agency.name),
        field(w.level, &labels::level(&report.agency.level, lang)),
        field(w.agency_id, &report.agency.id),
        field(w.campaign_year, &report.year.to_string()),
    ]
}

fn summary_table(report: &Report, w: &Words) -> Table {
    let lang = report.lang;
    let widths = [6354, 3000];
    let docs = DocumentCounts::of(report);
    let st = StatusCounts::of(report);
    let sev = SeverityCounts::of(report);
    let mut rows = Vec::new();
    let row = |label: String, n: u32, fill: Option<&str>| {
        let value = cell(
            widths[1],
            vec![cell_text(&n.to_string(), BODY).align(AlignmentType::Center)],
        );
        let value = match fill {
            Some(f) => shaded(value, f),
            None => value,
        };
        TableRow::new(vec![cell(widths[0], vec![cell_text(&label, BODY)]), value]).cant_split()
    };
    for (label, n) in [
        (w.documents_read, docs.analysed),
        (w.documents_failed, docs.failed),
        (w.documents_unsupported, docs.unsupported),
        (w.documents_total, docs.total),
    ] {
        rows.push(row(label.to_string(), n, None));
    }
    for status in STATUSES {
        let (fill, _) = labels::status_colours(Some(status));
        let label = labels::clause_status_count(status, lang).to_string();
        rows.push(row(label, st.get(status), Some(fill)));
    }
    for severity in SEVERITIES {
        let label = labels::severity_heading(severity, lang).to_string();
        rows.push(row(label, sev.get(severity), None));
    }
    table(rows, &widths)
}

fn status_text(status: Option<ClauseStatus>, lang: Lang) -> &'static str {
    match status {
        Some(s) => labels::clause_status(s, lang),
        None => labels::words(lang).unknown,
    }
}

/// A clause row with more documents than this may break across pages; shorter rows are kept
/// whole so a clause and its status are never separated from their explanation.
const UNSPLIT_EVIDENCE: usize = 12;

fn clause_table(report: &Report, w: &Words) -> Table {
    let lang = report.lang;
    let widths = [800, 2700, 1250, CONTENT_W - 800 - 2700 - 1250];
    let mut rows = vec![header_row(
        &[w.clause, w.title, w.status, w.assessment],
        &widths,
        TABLE,
    )];
    for c in labels::clause_rows(report) {
        let (fill, colour) = labels::status_colours(c.status);
        let status = shaded(
            cell(
                widths[2],
                vec![
                    cell_para(TABLE).align(AlignmentType::Center).add_run(
                        text(status_text(c.status, lang))
                            .size(TABLE)
                            .bold()
                            .color(colour),
                    ),
                ],
            ),
            fill,
        );
        // The explanation first: it is what the class discusses; the documents back it up.
        let mut body = Vec::new();
        if let Some(note) = c.note.filter(|n| !n.trim().is_empty()) {
            body.push(cell_text(note, TABLE));
        }
        let docs = if c.evidence.is_empty() {
            cell_para(SMALL).add_run(text(w.no_evidence).size(SMALL).italic())
        } else {
            cell_para(SMALL)
                .add_run(
                    text(&format!(
                        "{} ({}): ",
                        w.documents_involved,
                        c.evidence.len()
                    ))
                    .size(SMALL)
                    .italic(),
                )
                .add_run(text(&present::short_names(report, c.evidence)).size(SMALL))
        };
        body.push(docs);
        let row = TableRow::new(vec![
            cell(
                widths[0],
                vec![cell_text(c.clause, TABLE).align(AlignmentType::Center)],
            ),
            cell(widths[1], vec![cell_text(c.title, TABLE)]),
            status,
            cell(widths[3], body),
        ]);
        rows.push(if c.evidence.len() <= UNSPLIT_EVIDENCE {
            row.cant_split()
        } else {
            row
        });
    }
    table(rows, &widths)
}

fn plan_table(report: &Report, w: &Words) -> Option<Table> {
    let lang = report.lang;
    let analysed: Vec<_> = report
        .documents
        .iter()
        .filter(|d| d.status == Status::Analysed)
        .collect();
    if analysed.is_empty() {
        return None;
    }
    let widths = [550, 3300, 1600, 0, 850];
    let rest = CONTENT_W - widths.iter().sum::<usize>();
    let widths = [widths[0], widths[1], widths[2], rest, widths[4]];
    let mut rows = vec![header_row(
        &[w.number, w.document, w.kind, w.action, w.clauses_2015],
        &widths,
        SMALL,
    )];
    for (i, d) in analysed.into_iter().enumerate() {
        let mut doc_cell = Vec::new();
        if let Some(title) = d.title.as_deref().filter(|t| !t.trim().is_empty()) {
            doc_cell.push(cell_para(SMALL).add_run(text(title).size(SMALL).bold()));
        }
        let mut facts = Vec::new();
        if let Some(code) = d.code.as_deref().filter(|c| !c.trim().is_empty()) {
            facts.push(format!("{}: {code}", w.code));
        }
        facts.push(format!(
            "{}: {}",
            w.edition,
            labels::edition(d.edition, lang)
        ));
        doc_cell.push(cell_text(&facts.join(" · "), SMALL));
        doc_cell.push(cell_para(SMALL).add_run(text(&d.path).size(16).italic().color("595959")));
        let mut action_cell =
            vec![cell_para(SMALL).add_run(text(&present::action_text(d, lang)).size(SMALL).bold())];
        if let Some(why) = d.rationale.as_deref().filter(|r| !r.trim().is_empty()) {
            action_cell.push(cell_para(SMALL).add_run(text(why).size(18).color("404040")));
        }
        rows.push(
            TableRow::new(vec![
                cell(
                    widths[0],
                    vec![cell_text(&(i + 1).to_string(), SMALL).align(AlignmentType::Center)],
                ),
                cell(widths[1], doc_cell),
                cell(
                    widths[2],
                    vec![cell_text(labels::kind(d.kind, lang), SMALL)],
                ),
                cell(widths[3], action_cell),
                cell(
                    widths[4],
                    vec![cell_text(&d.clauses_2015.join(", "), SMALL).align(AlignmentType::Center)],
                ),
            ])
            .cant_split(),
        );
    }
    Some(table(rows, &widths))
}

/// One line above the plan: how many documents each action touches, so a class sees the size
/// of the job before the detail.
fn plan_overview(report: &Report, w: &Words) -> Option<Paragraph> {
    let parts = present::action_counts(report);
    (!parts.is_empty()).then(|| {
        Paragraph::new()
            .keep_next(true)
            .add_run(text(&format!("{}: ", w.documents_per_action)).bold())
            .add_run(text(&parts.join(" · ")))
    })
}

fn findings(report: &Report, w: &Words) -> Vec<Paragraph> {
    let lang = report.lang;
    let mut out = Vec::new();
    if report.findings.is_empty() {
        out.push(Paragraph::new().add_run(text(w.no_findings).italic()));
        return out;
    }
    for (severity, group) in present::findings_by_severity(report) {
        out.push(heading(
            2,
            &format!(
                "{} ({})",
                labels::severity_heading(severity, lang),
                group.len()
            ),
        ));
        for (i, f) in group.into_iter().enumerate() {
            out.push(
                Paragraph::new()
                    .keep_next(true)
                    .add_run(text(&format!("{}. {} {}: ", i + 1, w.clause, f.clause)).bold())
                    .add_run(text(&f.message)),
            );
            out.push(
                Paragraph::new()
                    .keep_next(true)
                    .indent(Some(567), None, None, None)
                    .add_run(text(&format!("{}: ", w.recommendation)).bold().italic())
                    .add_run(text(&f.recommendation)),
            );
            if !f.documents.is_empty() {
                out.push(
                    Paragraph::new()
                        .keep_next(true)
                        .indent(Some(567), None, None, None)
                        .add_run(
                            text(&format!("{}: ", w.documents_involved))
                                .size(SMALL)
                                .italic(),
                        )
                        .add_run(text(&present::short_names(report, &f.documents)).size(SMALL)),
                );
            }
            out.push(
                Paragraph::new()
                    .indent(Some(567), None, None, None)
                    .add_run(text(&format!("[{}]", f.id)).size(16).color("595959")),
            );
        }
    }
    out
}

fn unreadable_table(report: &Report, w: &Words) -> Option<Table> {
    let lang = report.lang;
    let bad: Vec<_> = report
        .documents
        .iter()
        .filter(|d| d.status != Status::Analysed)
        .collect();
    if bad.is_empty() {
        return None;
    }
    let widths = [3300, 850, 1500, CONTENT_W - 3300 - 850 - 1500];
    let mut rows = vec![header_row(
        &[w.file, w.format, w.status, w.reason],
        &widths,
        TABLE,
    )];
    for d in bad {
        rows.push(
            TableRow::new(vec![
                cell(widths[0], vec![cell_text(&d.path, SMALL)]),
                cell(widths[1], vec![cell_text(&present::file_type(d), SMALL)]),
                cell(
                    widths[2],
                    vec![cell_text(labels::doc_status(d.status, lang), SMALL)],
                ),
                cell(
                    widths[3],
                    vec![cell_text(
                        &d.error
                            .as_deref()
                            .map(|e| reasons::reason(e, lang))
                            .unwrap_or_else(|| w.unknown.to_string()),
                        SMALL,
                    )],
                ),
            ])
            .cant_split(),
        );
    }
    Some(table(rows, &widths))
}

static PARA_ID: LazyLock<regex::bytes::Regex> = LazyLock::new(|| {
    regex::bytes::Regex::new(r#"w14:paraId="[0-9A-Fa-f]{8}""#).expect("constant pattern compiles")
});

/// Adds `w:tblHeader` to the rows [`header_row`] built (see [`HEADER_ROW_MARK`]).
fn mark_header_rows(xml: &[u8]) -> Vec<u8> {
    let mark = HEADER_ROW_MARK.as_bytes();
    let mut out = Vec::with_capacity(xml.len() + 256);
    let mut rest = xml;
    while let Some(at) = rest.windows(mark.len()).position(|w| w == mark) {
        out.extend_from_slice(&rest[..at + mark.len()]);
        out.extend_from_slice(b"<w:tblHeader />");
        rest = &rest[at + mark.len()..];
    }
    out.extend_from_slice(rest);
    out
}

/// Rewrites the package docx-rs produced: entries in the same order, fixed times and modes,
/// deflate compression, directory entries dropped, paragraph ids renumbered from 1 in document
/// order (Word requires them unique and below 0x80000000, nothing more).
fn repack(raw: &[u8]) -> Result<Vec<u8>, RenderError> {
    let mut src = zip::ZipArchive::new(Cursor::new(raw))?;
    let mut out = zip::ZipWriter::new(Cursor::new(Vec::with_capacity(raw.len() / 3)));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .last_modified_time(zip::DateTime::default())
        .unix_permissions(0o644);
    let mut next_id: u32 = 1;
    let mut data = Vec::new();
    for i in 0..src.len() {
        let mut entry = src.by_index(i)?;
        if entry.is_dir() {
            continue;
        }
        let name = entry.name()?.into_owned();
        data.clear();
        entry.read_to_end(&mut data)?;
        let bytes = if name.starts_with("word/") && name.ends_with(".xml") {
            let data = mark_header_rows(&data);
            PARA_ID
                .replace_all(&data, |_: &regex::bytes::Captures<'_>| {
                    let id = format!("w14:paraId=\"{next_id:08X}\"");
                    next_id += 1;
                    id.into_bytes()
                })
                .into_owned()
        } else {
            data.clone()
        };
        out.start_file(name, options)?;
        out.write_all(&bytes)?;
    }
    Ok(out.finish()?.into_inner())
}

#[cfg(test)]
mod tests {
    use quick_xml::events::Event;

    use super::*;
    use crate::report::fixtures;

    use fixtures::package_part as part;

    /// The concatenated text of every `w:t`, after checking the part is well-formed XML.
    fn document_text(xml: &str) -> String {
        let mut reader = quick_xml::Reader::from_str(xml);
        reader.config_mut().check_end_names = true;
        let mut out = String::new();
        let mut in_t = false;
        loop {
            match reader.read_event().unwrap() {
                Event::Start(e) if e.name().as_ref() == b"w:t" => in_t = true,
                Event::End(e) if e.name().as_ref() == b"w:t" => {
                    in_t = false;
                    out.push('\n');
                }
                Event::Text(t) if in_t => out.push_str(&t.decode().unwrap()),
                Event::GeneralRef(r) if in_t => {
                    let name = r.decode().unwrap();
                    out.push_str(match name.as_ref() {
                        "amp" => "&",
                        "lt" => "<",
                        "gt" => ">",
                        "quot" => "\"",
                        "apos" => "'",
                        other => panic!("unexpected entity {other}"),
                    });
                }
                Event::Eof => break,
                _ => {}
            }
        }
        out
    }

    #[test]
    fn package_is_a_well_formed_document_with_every_clause() {
        let report = fixtures::department_2008();
        let bytes = render(&report).unwrap();
        let xml = part(&bytes, "word/document.xml");
        let text = document_text(&xml);
        assert!(text.contains("Sở Công Thương"));
        assert!(text.contains("SỞ CÔNG THƯƠNG"));
        for c in &report.clauses {
            assert!(
                text.lines().any(|l| l == c.clause),
                "clause {} missing",
                c.clause
            );
        }
        assert!(text.contains("Quy trình hành động phòng ngừa"));
        assert!(
            text.contains("thay bằng quản lý rủi ro và cơ hội (6.1)"),
            "rationale shown"
        );
        assert!(text.contains("scanned PDF without a text layer"));
        assert!(
            text.contains(fixtures::HOSTILE_PATH),
            "hostile path must survive as text"
        );
        assert!(xml.contains("w:w=\"11906\"") && xml.contains("w:h=\"16838\""));
        assert!(
            xml.contains("w:fill=\"F4B6B6\""),
            "missing clauses are shaded"
        );
        for name in [
            "word/styles.xml",
            "word/footer1.xml",
            "word/header1.xml",
            "[Content_Types].xml",
        ] {
            document_text(&part(&bytes, name));
        }
        assert!(part(&bytes, "word/styles.xml").contains("Times New Roman"));
        assert!(part(&bytes, "word/footer1.xml").contains("PAGE"));
    }

    #[test]
    fn output_is_byte_identical_across_runs_and_undated() {
        let report = fixtures::department_2008();
        let a = render(&report).unwrap();
        // Build something else in between: docx-rs counters must not leak into the next document.
        render(&fixtures::commune_2015()).unwrap();
        let b = render(&report).unwrap();
        assert_eq!(a, b);
        let core = part(&a, "docProps/core.xml");
        assert!(core.contains(FIXED_DATE), "{core}");
        let mut zip = zip::ZipArchive::new(Cursor::new(&a[..])).unwrap();
        for i in 0..zip.len() {
            let f = zip.by_index(i).unwrap();
            assert!(
                f.last_modified().unwrap_or_default().year() <= 1980,
                "{:?}",
                f.name()
            );
        }
        // Same in another thread, whose docx-rs counters start elsewhere.
        let c = std::thread::spawn(move || render(&report).unwrap())
            .join()
            .unwrap();
        assert_eq!(a, c);
    }

    #[test]
    fn paragraph_ids_are_unique() {
        let bytes = render(&fixtures::department_2008()).unwrap();
        let xml = part(&bytes, "word/document.xml");
        let ids: Vec<&str> = xml
            .match_indices("w14:paraId=\"")
            .map(|(i, _)| &xml[i + 12..i + 20])
            .collect();
        assert!(ids.len() > 50);
        let mut sorted = ids.clone();
        sorted.sort();
        sorted.dedup();
        assert_eq!(sorted.len(), ids.len());
    }

    #[test]
    fn english_and_empty_reports_render() {
        let mut report = fixtures::commune_2015();
        report.lang = Lang::En;
        let text = document_text(&part(&render(&report).unwrap(), "word/document.xml"));
        assert!(text.contains("GAP ASSESSMENT REPORT"));
        assert!(text.contains("Every file could be read."));

        report.documents.clear();
        report.clauses.clear();
        report.findings.clear();
        report.agency.name = "Bad\u{0}name".to_string();
        let text = document_text(&part(&render(&report).unwrap(), "word/document.xml"));
        assert!(text.contains("Bad\u{FFFD}name"));
        assert!(text.lines().any(|l| l == "10.3"));
    }

    #[test]
    fn long_tables_repeat_their_header_and_name_the_target() {
        let mut report = fixtures::department_2008();
        let scan = crate::read::ReadError::Scanned.to_string();
        if let Some(d) = report
            .documents
            .iter_mut()
            .find(|d| d.status == Status::Failed)
        {
            d.error = Some(scan);
        }
        let bytes = render(&report).unwrap();
        let xml = part(&bytes, "word/document.xml");
        // Summary has no header row; clauses, plan and unreadable files do.
        assert_eq!(xml.matches("<w:tblHeader />").count(), 3);
        assert_eq!(
            xml.matches(HEADER_ROW_MARK).count(),
            xml.matches("<w:tblHeader />").count()
        );
        let text = document_text(&xml);
        assert!(text.contains("Hợp nhất vào: "), "merge names its target");
        assert!(text.contains("PDF là bản quét"), "reason in Vietnamese");
        assert!(text.contains("Điều khoản chưa đáp ứng"));
        assert!(text.contains("Số tài liệu theo cách xử lý: "));
        assert!(!text.contains("Điều khoản — Thiếu"));
    }
}
