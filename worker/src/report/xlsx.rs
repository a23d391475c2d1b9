//! `campaign.xlsx`: the campaign overview as a spreadsheet: one row per agency, one column per
//! 2015 clause, coloured by status, plus the findings per agency and a machine-readable sheet.

use rust_xlsxwriter::{
    Color, DocProperties, ExcelDateTime, Format, FormatAlign, FormatBorder, Workbook, Worksheet,
    XlsxError,
};

use super::RenderError;
use super::campaign::CampaignSummary;
use super::counts::{SEVERITIES, STATUSES};
use super::labels;
use super::model::{ClauseStatus, Lang};
use super::present;

/// The creation date written into `docProps/core.xml`. A constant, so the same campaign gives
/// the same bytes; the run date belongs in the file system, not in the report.
const FIXED_DATE: (u16, u8, u8) = (2000, 1, 1);

/// Builds the workbook. Cell text is the status label in the report language; the `ids` sheet
/// repeats every cell with the JSON ids (`covered`/`partial`/`missing`) for scripts, which
/// should prefer `campaign.json` anyway.
pub fn render(summary: &CampaignSummary) -> Result<Vec<u8>, RenderError> {
    let w = labels::words(summary.lang);
    let mut workbook = Workbook::new();
    let (y, m, d) = FIXED_DATE;
    let properties = DocProperties::new()
        .set_title(w.campaign_title)
        .set_subject(summary.campaign.name.as_str())
        .set_creation_datetime(&ExcelDateTime::from_ymd(y, m, d)?);
    workbook.set_properties(&properties);

    let styles = Styles::new();
    overview_sheet(workbook.add_worksheet(), summary, &styles)?;
    findings_sheet(workbook.add_worksheet(), summary, &styles)?;
    ids_sheet(workbook.add_worksheet(), summary, &styles)?;
    Ok(workbook.save_to_buffer()?)
}

struct Styles {
    header: Format,
    text: Format,
    number: Format,
    total: Format,
    total_number: Format,
    status: [Format; 4],
}

fn colour(hex: &str) -> Color {
    Color::RGB(u32::from_str_radix(hex, 16).unwrap_or(0xFF_FF_FF))
}

impl Styles {
    fn new() -> Self {
        let base = Format::new()
            .set_font_name("Times New Roman")
            .set_font_size(11)
            .set_border(FormatBorder::Thin);
        let status = |s: Option<ClauseStatus>| {
            let (fill, text) = labels::status_colours(s);
            base.clone()
                .set_background_color(colour(fill))
                .set_font_color(colour(text))
                .set_align(FormatAlign::Center)
        };
        Styles {
            header: base
                .clone()
                .set_bold()
                .set_background_color(colour("D9D9D9"))
                .set_align(FormatAlign::Center)
                .set_text_wrap(),
            text: base.clone(),
            number: base.clone().set_align(FormatAlign::Right),
            total: base
                .clone()
                .set_bold()
                .set_background_color(colour("F2F2F2")),
            total_number: base
                .clone()
                .set_bold()
                .set_background_color(colour("F2F2F2"))
                .set_align(FormatAlign::Right),
            status: [
                status(Some(ClauseStatus::Covered)),
                status(Some(ClauseStatus::Partial)),
                status(Some(ClauseStatus::Missing)),
                status(None),
            ],
        }
    }

    fn status(&self, s: Option<ClauseStatus>) -> &Format {
        match s {
            Some(ClauseStatus::Covered) => &self.status[0],
            Some(ClauseStatus::Partial) => &self.status[1],
            Some(ClauseStatus::Missing) => &self.status[2],
            None => &self.status[3],
        }
    }
}

fn col(i: usize) -> Result<u16, RenderError> {
    u16::try_from(i).map_err(|_| RenderError::Xlsx(XlsxError::RowColumnLimitError))
}

fn row(i: usize) -> Result<u32, RenderError> {
    u32::try_from(i).map_err(|_| RenderError::Xlsx(XlsxError::RowColumnLimitError))
}

fn overview_sheet(ws: &mut Worksheet, s: &CampaignSummary, st: &Styles) -> Result<(), RenderError> {
    let lang = s.lang;
    let w = labels::words(lang);
    ws.set_name(w.overview_sheet)?;
    let first_clause = 3usize;
    let after_clauses = first_clause + s.clauses.len();

    // Header row.
    ws.write_string_with_format(0, 0, w.agency_id, &st.header)?;
    ws.write_string_with_format(0, 1, w.agency, &st.header)?;
    ws.write_string_with_format(0, 2, w.level, &st.header)?;
    for (i, c) in s.clauses.iter().enumerate() {
        ws.write_string_with_format(0, col(first_clause + i)?, c, &st.header)?;
        ws.set_column_width(col(first_clause + i)?, 9)?;
    }
    let mut extra: Vec<&str> = Vec::new();
    extra.extend(STATUSES.iter().map(|x| labels::clause_status(*x, lang)));
    extra.extend(SEVERITIES.iter().map(|x| labels::severity(*x, lang)));
    extra.extend([
        w.documents_read,
        w.documents_failed,
        w.documents_unsupported,
    ]);
    for (i, head) in extra.iter().enumerate() {
        ws.write_string_with_format(0, col(after_clauses + i)?, *head, &st.header)?;
        ws.set_column_width(col(after_clauses + i)?, 11)?;
    }
    ws.set_column_width(0, 20)?;
    ws.set_column_width(1, 32)?;
    ws.set_column_width(2, 11)?;
    ws.set_row_height(0, 32)?;

    // One row per agency.
    for (r, a) in s.agencies.iter().enumerate() {
        let r = row(r + 1)?;
        ws.write_string_with_format(r, 0, &a.id, &st.text)?;
        ws.write_string_with_format(r, 1, &a.name, &st.text)?;
        ws.write_string_with_format(r, 2, labels::level(&a.level, lang), &st.text)?;
        for (i, cell) in a.clauses.iter().enumerate() {
            let text = cell
                .status
                .map(|x| labels::clause_status(x, lang))
                .unwrap_or(w.unknown);
            ws.write_string_with_format(r, col(first_clause + i)?, text, st.status(cell.status))?;
        }
        let mut numbers: Vec<u32> = Vec::new();
        numbers.extend(STATUSES.iter().map(|x| a.clause_counts.get(*x)));
        numbers.extend(SEVERITIES.iter().map(|x| a.severities.get(*x)));
        numbers.extend([
            a.documents.analysed,
            a.documents.failed,
            a.documents.unsupported,
        ]);
        for (i, n) in numbers.into_iter().enumerate() {
            ws.write_number_with_format(r, col(after_clauses + i)?, f64::from(n), &st.number)?;
        }
    }

    // Totals: per status, the number of agencies in that status for each clause.
    let t = &s.totals;
    let base = s.agencies.len() + 1;
    for (k, status) in STATUSES.into_iter().enumerate() {
        let r = row(base + k)?;
        ws.write_string_with_format(r, 0, w.total, &st.total)?;
        ws.write_string_with_format(
            r,
            1,
            labels::clause_status(status, lang),
            st.status(Some(status)),
        )?;
        ws.write_string_with_format(r, 2, "", &st.total)?;
        for (i, c) in t.clauses.iter().enumerate() {
            ws.write_number_with_format(
                r,
                col(first_clause + i)?,
                f64::from(c.counts.get(status)),
                &st.total_number,
            )?;
        }
        if k == 0 {
            let mut numbers: Vec<u32> = Vec::new();
            numbers.extend(STATUSES.iter().map(|x| t.clause_counts.get(*x)));
            numbers.extend(SEVERITIES.iter().map(|x| t.severities.get(*x)));
            numbers.extend([
                t.documents.analysed,
                t.documents.failed,
                t.documents.unsupported,
            ]);
            for (i, n) in numbers.into_iter().enumerate() {
                ws.write_number_with_format(
                    r,
                    col(after_clauses + i)?,
                    f64::from(n),
                    &st.total_number,
                )?;
            }
        }
    }

    ws.set_freeze_panes(1, 3)?;
    if !s.agencies.is_empty() {
        ws.autofilter(
            0,
            0,
            row(s.agencies.len())?,
            col(after_clauses + extra.len() - 1)?,
        )?;
    }
    ws.set_landscape();
    ws.set_paper_size(9); // A4
    ws.set_repeat_rows(0, 0)?;
    // Printed, the grid runs over a few pages side by side: each keeps the agency id and name,
    // and the whole width fits on three pages instead of eleven.
    ws.set_repeat_columns(0, 1)?;
    ws.set_print_fit_to_pages(3, 0);
    ws.set_margins(0.4, 0.4, 0.5, 0.5, 0.3, 0.3);
    Ok(())
}

fn findings_sheet(ws: &mut Worksheet, s: &CampaignSummary, st: &Styles) -> Result<(), RenderError> {
    let lang = s.lang;
    let w = labels::words(lang);
    ws.set_name(w.findings_sheet)?;
    let heads = [
        w.agency_id,
        w.agency,
        w.findings,
        w.clause,
        w.severity,
        w.count,
        w.findings_text,
    ];
    for (i, head) in heads.iter().enumerate() {
        ws.write_string_with_format(0, col(i)?, *head, &st.header)?;
    }
    let mut r = 1usize;
    for a in &s.agencies {
        for f in &a.findings {
            let rr = row(r)?;
            ws.write_string_with_format(rr, 0, &a.id, &st.text)?;
            ws.write_string_with_format(rr, 1, &a.name, &st.text)?;
            ws.write_string_with_format(rr, 2, &f.id, &st.text)?;
            ws.write_string_with_format(rr, 3, &f.clause, &st.text)?;
            ws.write_string_with_format(rr, 4, labels::severity(f.severity, lang), &st.text)?;
            ws.write_number_with_format(rr, 5, f64::from(f.count), &st.number)?;
            let sentence = present::rule_sentence(&f.id, lang).unwrap_or_default();
            ws.write_string_with_format(rr, 6, sentence, &st.text)?;
            r += 1;
        }
    }
    for (i, width) in [20, 32, 40, 10, 12, 8, 90].into_iter().enumerate() {
        ws.set_column_width(col(i)?, width)?;
    }
    ws.set_freeze_panes(1, 0)?;
    if r > 1 {
        ws.autofilter(0, 0, row(r - 1)?, 6)?;
    }
    Ok(())
}

fn ids_sheet(ws: &mut Worksheet, s: &CampaignSummary, st: &Styles) -> Result<(), RenderError> {
    let w = labels::words(Lang::En);
    ws.set_name(w.ids_sheet)?;
    for (i, head) in ["agency_id", "clause", "status"].iter().enumerate() {
        ws.write_string_with_format(0, col(i)?, *head, &st.header)?;
    }
    let mut r = 1usize;
    for a in &s.agencies {
        for cell in &a.clauses {
            let rr = row(r)?;
            ws.write_string(rr, 0, &a.id)?;
            ws.write_string(rr, 1, &cell.clause)?;
            ws.write_string(rr, 2, cell.status.map(|x| x.id()).unwrap_or(""))?;
            r += 1;
        }
    }
    ws.set_column_width(0, 24)?;
    ws.set_freeze_panes(1, 0)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use std::io::Cursor;

    use super::*;
    use crate::report::campaign::summary;
    use crate::report::fixtures;
    use crate::report::model::CampaignInfo;

    use fixtures::package_part as part;

    fn campaign() -> CampaignSummary {
        let info = CampaignInfo {
            name: "Bến Tre 2024".to_string(),
            year: 2024,
            province: "Bến Tre".to_string(),
        };
        summary(
            &info,
            &[fixtures::department_2008(), fixtures::commune_2015()],
        )
    }

    #[test]
    fn workbook_has_three_sheets_with_the_grid() {
        let bytes = render(&campaign()).unwrap();
        let book = part(&bytes, "xl/workbook.xml");
        assert!(book.contains("name=\"Tổng hợp\""));
        assert!(book.contains("name=\"Phát hiện\""));
        assert!(book.contains("name=\"ids\""));
        let strings = part(&bytes, "xl/sharedStrings.xml");
        for needle in [
            "Sở Công Thương",
            "UBND xã Tân Phú",
            "Đạt",
            "Một phần",
            "Thiếu",
            "4.1",
            "10.3",
            "preventive-action-replaced-by-risk",
            "covered",
            "missing",
        ] {
            assert!(strings.contains(needle), "{needle}");
        }
        let sheet1 = part(&bytes, "xl/worksheets/sheet1.xml");
        assert!(
            sheet1.contains("<pane xSplit=\"3\" ySplit=\"1\""),
            "frozen header"
        );
        // 2 agencies + header + 3 totals rows.
        assert!(sheet1.contains("<row r=\"6\""));
        let styles = part(&bytes, "xl/styles.xml");
        assert!(
            styles.contains("FFC6EFCE")
                && styles.contains("FFF4B6B6")
                && styles.contains("FFFFE699")
        );
    }

    #[test]
    fn workbook_is_byte_identical_and_undated() {
        let s = campaign();
        let a = render(&s).unwrap();
        let b = render(&s.clone()).unwrap();
        assert_eq!(a, b);
        let core = part(&a, "docProps/core.xml");
        assert!(core.contains("2000-01-01T00:00:00Z"), "{core}");
        let mut zip = zip::ZipArchive::new(Cursor::new(&a[..])).unwrap();
        for i in 0..zip.len() {
            let f = zip.by_index(i).unwrap();
            let t = f.last_modified().unwrap_or_default();
            assert!(t.year() <= 2000, "{:?} dated {t:?}", f.name());
        }
    }

    #[test]
    fn empty_campaign_gives_a_valid_workbook() {
        let s = summary(&CampaignInfo::default(), &[]);
        let bytes = render(&s).unwrap();
        assert!(part(&bytes, "xl/workbook.xml").contains("Tổng hợp"));
    }

    #[test]
    fn overview_prints_on_few_pages_and_findings_are_explained() {
        let bytes = render(&campaign()).unwrap();
        let sheet1 = part(&bytes, "xl/worksheets/sheet1.xml");
        assert!(sheet1.contains("fitToWidth=\"3\""), "{sheet1}");
        assert!(sheet1.contains("orientation=\"landscape\""));
        assert!(part(&bytes, "xl/workbook.xml").contains("Print_Titles"));
        let strings = part(&bytes, "xl/sharedStrings.xml");
        assert!(strings.contains("Nội dung"));
        assert!(strings.contains("Cơ quan còn duy trì hành động phòng ngừa"));
    }
}
